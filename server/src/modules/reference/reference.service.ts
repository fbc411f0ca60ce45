import type { CatalogueItemT } from '@lmis/contracts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { notFound } from '../../platform/errors.ts';
import { selectCatalogue, selectCatalogueSummaries } from './reference.queries.ts';

export interface ReferenceDeps {
  db: Db;
}

export const listCatalogues = (deps: ReferenceDeps) => selectCatalogueSummaries(deps.db);

/** The items of one catalogue valid on a date; unverified items are flagged for the UI ("chưa xác minh"). */
export async function getCatalogue(
  input: { name: string; asOf?: string },
  deps: ReferenceDeps,
): Promise<CatalogueItemT[]> {
  const items = await selectCatalogue(deps.db, input.name, input.asOf ?? todayInVietnam());
  if (items.length === 0)
    throw notFound({ vi: `Không có danh mục "${input.name}"`, en: `No catalogue "${input.name}"` });
  return items;
}
