import type { DbOrTx } from '../../platform/db/index.ts';
import { findUnits, loadScopedCommuneResolver } from '../geo/index.ts';
import { catalogueSynonyms, findCatalogue } from '../reference/index.ts';
import { foldText, WORKER_FIELDS } from './worker-fields.ts';
import type { CatalogueLookup, WorkerReference } from './worker-input.ts';

const CATALOGUES = [...new Set(WORKER_FIELDS.flatMap((f) => ('catalogue' in f ? [f.catalogue] : [])))];

/**
 * Everything needed to validate workers of one province: catalogues valid today, the provinces that register
 * births, and a resolver for communes named by today's code or name, or by a pre-reform code or name (with its
 * district or province) that the 2025 crosswalk maps (a partial merge is kept but flagged for a person to decide).
 *
 * Every row's commune comes from the row (geo `loadScopedCommuneResolver`).
 */
export async function loadWorkerReference(
  db: DbOrTx,
  opts: { provinceCode: string; fixedCommuneCode?: string | null; defaultCommuneCode?: string | null; today: string },
): Promise<WorkerReference> {
  const catalogues = new Map<string, CatalogueLookup>();
  for (const name of CATALOGUES) {
    const items = await findCatalogue(db, name, opts.today);
    catalogues.set(name, {
      byCode: new Map(items.map((i) => [i.code, i.code])),
      // The wordings officials use (reference data), then the titles, which win over a synonym.
      byName: new Map([
        ...[...catalogueSynonyms(name)].filter(([, code]) => items.some((i) => i.code === code)),
        ...items.flatMap((i) => [
          [foldText(i.nameVi), i.code] as [string, string],
          ...(i.nameEn ? [[foldText(i.nameEn), i.code] as [string, string]] : []),
        ]),
      ]),
    });
  }
  const provinces = [
    ...(await findUnits(db, { asOf: '2025-06-30', level: 'province', limit: 100 })),
    ...(await findUnits(db, { asOf: opts.today, level: 'province', limit: 100 })),
  ];
  const resolveCommune = await loadScopedCommuneResolver(db, opts);
  return {
    birthProvinceCodes: new Set(provinces.map((p) => p.code)),
    catalogues,
    resolveCommune,
  };
}

/** Qualification codes that count as trained labour and as holding a diploma/certificate (catalogue attributes). */
export async function loadQualificationClasses(db: DbOrTx, today: string) {
  const items = await findCatalogue(db, 'qualification-levels', today);
  return {
    trained: items.filter((i) => i.attributes.trained === true).map((i) => i.code),
    certified: items.filter((i) => i.attributes.certified === true).map((i) => i.code),
  };
}
