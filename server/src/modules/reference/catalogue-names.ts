import type { FieldDeclaration } from '@lmis/contracts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { selectCatalogue } from './reference.queries.ts';

/** For each field bound to a catalogue: its entries' Vietnamese names by code, valid on `asOf` (exports, templates). */
export async function loadCatalogueNames(
  db: DbOrTx,
  fields: readonly FieldDeclaration[],
  asOf: string,
): Promise<Map<string, Map<string, string>>> {
  const names = new Map<string, Map<string, string>>();
  for (const field of fields) {
    if (field.type !== 'catalogue' || !field.catalogue) continue;
    const items = await selectCatalogue(db, field.catalogue, asOf);
    names.set(field.key, new Map(items.map((i) => [i.code, i.nameVi])));
  }
  return names;
}
