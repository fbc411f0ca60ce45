import type { AdminUnitDetailT, AdminUnitT, UnitListQueryT } from '@lmis/contracts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { notFound } from '../../platform/errors.ts';
import { countUnits, levelOfCode, selectBecame, selectCameFrom, selectUnit, selectUnits } from './geo.queries.ts';

export interface GeoDeps {
  db: Db;
}

/** Units valid on a date: the provinces, the children of one unit, or a diacritics-insensitive search. */
export async function listUnits(query: UnitListQueryT, deps: GeoDeps): Promise<AdminUnitT[]> {
  const q = query.q ? searchText(query.q) : undefined;
  return selectUnits(deps.db, {
    asOf: query.asOf ?? todayInVietnam(),
    parent: query.parent,
    level: query.level,
    q: q || undefined,
    limit: query.limit,
  });
}

/** One unit as of a date, with its ancestors and what it became / came from across the 2025 reform. */
export async function getUnitDetail(input: { code: string; asOf?: string }, deps: GeoDeps): Promise<AdminUnitDetailT> {
  const asOf = input.asOf ?? todayInVietnam();
  const unit = await selectUnit(deps.db, input.code, asOf);
  if (!unit) {
    throw notFound({
      vi: `Không có đơn vị hành chính mã ${input.code} vào ngày ${asOf.split('-').reverse().join('/')}`,
      en: `No administrative unit ${input.code} on ${asOf}`,
    });
  }
  const ancestors: AdminUnitT[] = [];
  for (let parent = unit.parentCode; parent; ) {
    const p = await selectUnit(deps.db, parent, asOf);
    if (!p) break;
    ancestors.unshift(p);
    parent = p.parentCode;
  }
  const isCommune = levelOfCode(unit.code) === 'commune';
  const preReform = unit.validTo !== null && unit.validTo < '2025-07-01';
  return {
    unit,
    ancestors,
    becameUnits: isCommune && preReform ? await selectBecame(deps.db, unit.code) : [],
    cameFromUnits: isCommune && !preReform ? await selectCameFrom(deps.db, unit.code) : [],
  };
}

/** How many provinces, districts and communes were valid on a date. */
export const unitCounts = (input: { asOf?: string }, deps: GeoDeps) =>
  countUnits(deps.db, input.asOf ?? todayInVietnam());
