import type { HomeQueryT, HomeSummaryT } from '@lmis/contracts';
import { type RequestContext, requireActor, type Scope, scopeCovers, scopeOf } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { countPendingImports } from '../../platform/imports/index.ts';
import { capabilitiesOf } from '../../platform/policy/index.ts';
import { findUnit, levelOfCode } from '../geo/index.ts';
import { findLatestReviewYear, getPovertyRates } from '../households/index.ts';
import { countPendingTransfersToDecide, countUnitReview } from '../people/index.ts';
import { workerStats } from '../workers/index.ts';

export interface HomeDeps {
  db: Db;
}

/** The unit the page is about: the reader's own, or one they chose inside their scope (OUT_OF_SCOPE otherwise). */
async function resolveHomeUnit(db: Db, actor: ReturnType<typeof requireActor>, unitCode: string | null) {
  if (!unitCode) {
    if (scopeOf(actor).kind !== 'national') throw new AppError('OUT_OF_SCOPE');
    return { code: null, name: 'Toàn quốc', level: 'national' as const, scope: { kind: 'national' } as Scope };
  }
  const unit = await findUnit(db, unitCode, todayInVietnam());
  if (!unit) {
    throw new AppError('VALIDATION', {
      vi: `Mã đơn vị ${unitCode} không tồn tại (theo danh mục hiện hành)`,
      en: `Unit ${unitCode} does not exist today`,
      details: [{ field: 'unitCode', message: 'Đơn vị không tồn tại', messageEn: 'No such unit' }],
    });
  }
  const isCommune = levelOfCode(unitCode) === 'commune';
  // Units are public reference data: naming one outside the scope reveals nothing, so it is refused openly.
  if (!scopeCovers(scopeOf(actor), { provinceCode: unit.provinceCode, communeCode: isCommune ? unitCode : null })) {
    throw new AppError('OUT_OF_SCOPE');
  }
  const scope: Scope = isCommune
    ? { kind: 'commune', provinceCode: unit.provinceCode, communeCode: unitCode }
    : { kind: 'province', provinceCode: unit.provinceCode };
  return { code: unitCode, name: unit.name, level: isCommune ? ('commune' as const) : ('province' as const), scope };
}

/**
 * The reader's starting point: their unit's key figures, read from the statistics the register and the poverty
 * reviews keep (worker_stat, poverty_review_unit_idx), and the work waiting on them — each part only when their
 * capabilities cover it. Every figure goes through the owning module's service, which applies its own policy.
 */
export async function homeSummary(input: { ctx: RequestContext } & HomeQueryT, deps: HomeDeps): Promise<HomeSummaryT> {
  const actor = requireActor(input.ctx);
  const can = new Set<string>(capabilitiesOf(actor));
  const unit = await resolveHomeUnit(deps.db, actor, input.unitCode ?? actor.unitCode);
  const unitCode = unit.code ?? undefined;

  const labour = can.has('worker:read')
    ? await workerStats({ ctx: input.ctx, unitCode }, deps).then((s) => ({
        roundYear: s.roundYear,
        people: s.totals.total,
        labourForce: s.totals.labourForce,
        employed: s.totals.employed,
        unemployed: s.totals.unemployed,
        unemploymentRate: s.totals.unemploymentRate,
        trainedShare: s.totals.trainedShare,
        certifiedShare: s.totals.certifiedShare,
      }))
    : null;

  let poverty: HomeSummaryT['poverty'] = null;
  if (can.has('household:read') && unit.scope.kind !== 'national') {
    const year = await findLatestReviewYear(deps.db, {
      provinceCode: unit.scope.provinceCode,
      communeCode: unit.scope.kind === 'commune' ? unit.scope.communeCode : undefined,
    });
    if (year !== null && unitCode) {
      const r = await getPovertyRates({ ctx: input.ctx, unitCode, year }, deps);
      poverty = {
        year,
        households: r.households,
        poorRate: r.poorRate,
        nearPoorRate: r.nearPoorRate,
        changePoorPp: r.changePoorPp,
        changeNearPoorPp: r.changeNearPoorPp,
      };
    }
  }

  const [imports, unitReview, transfers] = await Promise.all([
    can.has('worker_import:create') ? countPendingImports(deps.db, unit.scope) : null,
    can.has('worker:update') ? countUnitReview(deps.db, unit.scope) : null,
    can.has('person_transfer:decide') ? countPendingTransfersToDecide(deps.db, unit.scope) : null,
  ]);
  return {
    unit: { code: unit.code, name: unit.name, level: unit.level },
    labour,
    poverty,
    pending: { imports, unitReview, transfers },
  };
}
