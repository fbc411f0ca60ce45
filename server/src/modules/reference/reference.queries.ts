import type { CatalogueItemT } from '@lmis/contracts';
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { catalogue, catalogueItem } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

/** Every catalogue with its title, in the order of its Vietnamese title. */
export async function selectCatalogueSummaries(db: DbOrTx) {
  const rows = await db
    .select({
      catalogue: catalogueItem.catalogue,
      titleVi: catalogue.titleVi,
      titleEn: catalogue.titleEn,
      items: sql<number>`count(*)::int`,
      unverified: sql<number>`(count(*) FILTER (WHERE NOT ${catalogueItem.verified}))::int`,
    })
    .from(catalogueItem)
    .innerJoin(catalogue, eq(catalogue.name, catalogueItem.catalogue))
    .groupBy(catalogueItem.catalogue, catalogue.titleVi, catalogue.titleEn)
    .orderBy(sql`vi_sort_key(${catalogue.titleVi})`);
  return rows.map(({ titleVi, titleEn, ...r }) => ({ ...r, title: { vi: titleVi, en: titleEn } }));
}

export async function selectCatalogue(db: DbOrTx, catalogue: string, asOf: string): Promise<CatalogueItemT[]> {
  return db
    .select({
      code: catalogueItem.code,
      nameVi: catalogueItem.nameVi,
      nameEn: catalogueItem.nameEn,
      parentCode: catalogueItem.parentCode,
      validFrom: catalogueItem.validFrom,
      validTo: catalogueItem.validTo,
      source: catalogueItem.source,
      verified: catalogueItem.verified,
      attributes: sql<Record<string, unknown>>`${catalogueItem.attributes}`,
    })
    .from(catalogueItem)
    .where(
      and(
        eq(catalogueItem.catalogue, catalogue),
        or(isNull(catalogueItem.validFrom), lte(catalogueItem.validFrom, asOf)),
        or(isNull(catalogueItem.validTo), gte(catalogueItem.validTo, asOf)),
      ),
    )
    .orderBy(asc(catalogueItem.sortOrder), asc(catalogueItem.code));
}
