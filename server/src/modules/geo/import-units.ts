import type { Scope } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { selectUnit, selectUnits } from './geo.queries.ts';

/** The tabular import pipeline's dependencies with units found as of today (platform/imports holds no reference data). */
export const withUnitsOfToday = <D extends { db: DbOrTx }>(deps: D) => ({
  ...deps,
  findUnit: (code: string) => selectUnit(deps.db, code, todayInVietnam()),
});

/** The commune an import template's example row names: the user's own, or the first of the user's province. */
export async function exampleCommune(db: DbOrTx, scope: Scope) {
  const today = todayInVietnam();
  if (scope.kind === 'commune') return selectUnit(db, scope.communeCode, today);
  if (scope.kind === 'province')
    return (await selectUnits(db, { asOf: today, parent: scope.provinceCode, limit: 1 }))[0];
  return undefined;
}
