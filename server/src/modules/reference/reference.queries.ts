import type { CatalogueItemT } from '@lmis/contracts';
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { catalogueItem } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

export async function selectCatalogueSummaries(db: DbOrTx) {
  return db
    .select({
      catalogue: catalogueItem.catalogue,
      items: sql<number>`count(*)::int`,
      unverified: sql<number>`(count(*) FILTER (WHERE NOT ${catalogueItem.verified}))::int`,
    })
    .from(catalogueItem)
    .groupBy(catalogueItem.catalogue)
    .orderBy(asc(catalogueItem.catalogue));
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
