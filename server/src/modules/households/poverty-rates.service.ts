import type { PovertyRatesQueryT, PovertyRatesT } from '@lmis/contracts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { authorize, authorizeUnit } from '../../platform/policy/index.ts';
import { findUnit, findUnits, levelOfCode } from '../geo/index.ts';
import { invalid, issue } from './household-input.ts';
import { householdResource } from './households.policy.ts';
import { type CommuneCounts, countHouseholdsByCommune } from './households.queries.ts';
import { povertyRates, type RateCounts } from './poverty-rules.ts';

export interface PovertyRatesDeps {
  db: Db;
}

const sum = (rows: CommuneCounts[], key: keyof Omit<CommuneCounts, 'communeCode'>) =>
  rows.reduce((total, r) => total + r[key], 0);

const totals = (rows: CommuneCounts[]): RateCounts => ({
  households: sum(rows, 'households'),
  poor: sum(rows, 'poor'),
  nearPoor: sum(rows, 'nearPoor'),
});

/**
 * Poor and near-poor household rates of a province or commune for one review year, against the previous year's
 * round (null when that round was not recorded), with the figures of each commune.
 */
export async function getPovertyRates(
  input: { ctx: RequestContext } & PovertyRatesQueryT,
  deps: PovertyRatesDeps,
): Promise<PovertyRatesT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'read', householdResource);
  const unitCode = input.unitCode ?? actor.unitCode;
  if (!unitCode) throw invalid([issue('unitCode', 'bắt buộc nhập', 'required')]);
  const today = todayInVietnam();
  const unit = await findUnit(deps.db, unitCode, today);
  if (!unit) {
    throw invalid([
      issue('unitCode', `mã đơn vị ${unitCode} không tồn tại (theo danh mục hiện hành)`, `no unit ${unitCode} today`),
    ]);
  }
  const isCommune = levelOfCode(unitCode) === 'commune';
  authorizeUnit(actor, 'read', householdResource, {
    provinceCode: unit.provinceCode,
    communeCode: isCommune ? unitCode : null,
  });

  const filter = { provinceCode: unit.provinceCode, communeCode: isCommune ? unitCode : undefined };
  const [current, previous, communes] = await Promise.all([
    countHouseholdsByCommune(deps.db, { ...filter, year: input.year }),
    countHouseholdsByCommune(deps.db, { ...filter, year: input.year - 1 }),
    isCommune ? [unit] : findUnits(deps.db, { asOf: today, parent: unitCode, level: 'commune', limit: 5000 }),
  ]);
  const previousRecorded = sum(previous, 'reviewed') > 0;
  const rates = povertyRates({ ...totals(current), previous: previousRecorded ? totals(previous) : null });

  // Every commune of the unit today, plus any commune code still carried by households (e.g. after a reform).
  const names = new Map(communes.map((c) => [c.code, c.name]));
  const byCode = new Map(current.map((r) => [r.communeCode, r]));
  const codes = [...new Set([...names.keys(), ...byCode.keys()])].sort();
  const empty: RateCounts = { households: 0, poor: 0, nearPoor: 0 };
  return {
    unitCode,
    unitName: unit.name,
    year: input.year,
    households: rates.households,
    poor: rates.poor,
    nearPoor: rates.nearPoor,
    poorRate: rates.poorRate,
    nearPoorRate: rates.nearPoorRate,
    previousYear: rates.previous ? { year: input.year - 1, ...rates.previous } : null,
    changePoorPp: rates.changePoorPp,
    changeNearPoorPp: rates.changeNearPoorPp,
    escapedPoverty: sum(current, 'escapedPoverty'),
    newlyPoor: sum(current, 'newlyPoor'),
    byCommune: codes.map((code) => {
      const r = povertyRates(byCode.get(code) ?? empty);
      return {
        communeCode: code,
        communeName: names.get(code) ?? code,
        households: r.households,
        poor: r.poor,
        nearPoor: r.nearPoor,
        poorRate: r.poorRate,
        nearPoorRate: r.nearPoorRate,
      };
    }),
  };
}
