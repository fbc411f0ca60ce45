import type {
  TrainingSupportApplicationT,
  TrainingSupportAssessmentBodyT,
  TrainingSupportAssessmentT,
} from '@lmis/contracts';
import { payloadProblems } from '../../platform/approvals/index.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize, can } from '../../platform/policy/index.ts';
import { applicantEmployer, dossierResource } from '../dossiers/index.ts';
import { courseHalfMonths, eligibilityChecks, supportPerWorker, type TrainingRate } from './rules.ts';
import { type TrainingSupportDeps, trainingDossier, viDate } from './shared.ts';
import {
  type FundsRow,
  selectFunds,
  selectOverlaps,
  selectRates,
  selectTrainees,
  type TraineeRow,
} from './training-support.queries.ts';

/** The neutral words for an overlap in a dossier the reader may not see (its number stays untold). */
const OTHER_PLAN = {
  vi: 'đã được hỗ trợ trong một phương án khác trùng thời gian',
  en: 'is already supported by another plan over the same period',
};

type Overlap = { dossierId: number | null; startDate: string; endDate: string };

/** Each person's overlapping periods in other standing dossiers; the other dossier is named only in the reader's scope. */
export async function overlapsOf(
  db: DbOrTx,
  actor: Actor,
  app: Pick<TrainingSupportApplicationT, 'plan' | 'trainees'>,
  exceptDossierId: number | null,
): Promise<Map<string, Overlap[]>> {
  const rows = await selectOverlaps(db, {
    personIds: app.trainees.map((t) => t.personId),
    startDate: app.plan.startDate,
    endDate: app.plan.endDate,
    exceptDossierId,
  });
  const byPerson = new Map<string, Overlap[]>();
  for (const r of rows) {
    const visible = can(actor, 'read', dossierResource, r);
    const list = byPerson.get(r.personId) ?? [];
    list.push({ dossierId: visible ? r.dossierId : null, startDate: r.startDate, endDate: r.endDate });
    byPerson.set(r.personId, list);
  }
  return byPerson;
}

export function overlapText(o: Overlap) {
  return o.dossierId === null
    ? OTHER_PLAN
    : {
        vi: `đã được hỗ trợ trong phương án của hồ sơ số ${o.dossierId} (từ ${viDate(o.startDate)} đến ${viDate(o.endDate)})`,
        en: `is already supported by the plan of dossier ${o.dossierId} (${o.startDate} to ${o.endDate})`,
      };
}

/**
 * The assessment of an application on its filing day: the conditions point by point, the rate, each worker's months
 * and amount with the overlapping plans, and the total. A frozen dossier (approved) shows the amounts it was
 * approved with.
 */
function assess(
  app: TrainingSupportApplicationT,
  ctx: {
    typeCode: string;
    on: string;
    rates: readonly TrainingRate[];
    overlaps: Map<string, Overlap[]>;
    frozen?: { funds: FundsRow; trainees: TraineeRow[] };
  },
): TrainingSupportAssessmentT {
  const { checks, rate, revenueDeclinePct } = eligibilityChecks(app, ctx);
  const cap = ctx.frozen?.funds.monthlyCapVnd ?? rate?.monthlyCapVnd ?? 0;
  const maxMonths = ctx.frozen?.funds.maxMonths ?? rate?.maxMonths ?? 0;
  const frozenRows = new Map(ctx.frozen?.trainees.map((t) => [t.personId, t]));
  const trainees = app.trainees.map((t) => {
    const row = frozenRows.get(t.personId);
    const halves = row ? row.halfMonths : courseHalfMonths(app.plan.startDate, app.plan.endDate, maxMonths);
    const amount = row ? row.amount : rate ? supportPerWorker(cap, halves, app.plan.costPerWorker) : 0;
    return {
      personId: t.personId,
      fullName: t.fullName,
      months: halves / 2,
      amount,
      overlaps: ctx.overlaps.get(t.personId) ?? [],
    };
  });
  const clashing = trainees.filter((t) => t.overlaps.length > 0);
  // QĐ 23/2021 Art. 10(1)–(2): support follows a worker's actual study time, at most 6 months; a worker trained in
  // two supported plans over the same days would be paid twice for one period.
  checks.push({
    code: 'overlap',
    passed: clashing.length === 0,
    label: { vi: 'Người lao động không trùng phương án khác', en: 'No worker in another plan at the same time' },
    detail:
      clashing.length === 0
        ? { vi: 'Không có người lao động trùng thời gian đào tạo', en: 'No worker overlaps' }
        : {
            vi: clashing
              .map((t) => `${t.fullName} (${t.personId}) ${overlapText(t.overlaps[0] as Overlap).vi}`)
              .join('; '),
            en: clashing
              .map((t) => `${t.fullName} (${t.personId}) ${overlapText(t.overlaps[0] as Overlap).en}`)
              .join('; '),
          },
    legalSource: 'QĐ 23/2021/QĐ-TTg Điều 10 khoản 1–2 (hỗ trợ theo thời gian học thực tế, tối đa 06 tháng)',
    grade: 'A',
  });
  const shownRate = ctx.frozen
    ? {
        monthlyCap: ctx.frozen.funds.monthlyCapVnd,
        maxMonths: ctx.frozen.funds.maxMonths,
        legalSource: ctx.frozen.funds.rateSource,
        grade: ctx.frozen.funds.rateGrade,
        validFrom: rate?.validFrom ?? ctx.on,
        validTo: rate?.validTo ?? null,
      }
    : rate
      ? {
          monthlyCap: rate.monthlyCapVnd,
          maxMonths: rate.maxMonths,
          legalSource: rate.source,
          grade: rate.grade,
          validFrom: rate.validFrom,
          validTo: rate.validTo,
        }
      : null;
  return {
    checks,
    rate: shownRate,
    trainees,
    totalAmount: ctx.frozen ? ctx.frozen.funds.approvedAmount : trainees.reduce((s, t) => s + t.amount, 0),
    revenueDeclinePct,
    frozen: Boolean(ctx.frozen),
  };
}

/** POST /api/training-support/assessment: a draft judged without writing (the employer must be in the actor's scope). */
export async function assessDraft(
  input: { ctx: RequestContext; body: TrainingSupportAssessmentBodyT },
  deps: TrainingSupportDeps,
) {
  const actor = requireActor(input.ctx);
  authorize(actor, 'file', dossierResource);
  const { typeCode, on, ...app } = input.body;
  await applicantEmployer(deps.db, actor, app as unknown as Record<string, unknown>);
  const day = on ?? todayInVietnam();
  const [rates, overlaps] = [await selectRates(deps.db), await overlapsOf(deps.db, actor, app, null)];
  return assess(app, { typeCode, on: day, rates, overlaps });
}

/** GET /api/training-support/dossiers/:id/assessment. */
export async function assessDossier(input: { ctx: RequestContext; id: number }, deps: TrainingSupportDeps) {
  const actor = requireActor(input.ctx);
  const d = await trainingDossier(deps.db, actor, input.id);
  if (payloadProblems(d.typeCode, d.payload).length > 0) {
    throw new AppError('BAD_REQUEST', {
      vi: 'Hồ sơ chưa có đơn đề nghị hỗ trợ hợp lệ',
      en: 'The dossier holds no valid application',
    });
  }
  const app = d.payload as TrainingSupportApplicationT;
  const rates = await selectRates(deps.db);
  const overlaps = await overlapsOf(deps.db, actor, app, d.id);
  const funds = await selectFunds(deps.db, d.id);
  const frozen = funds ? { funds, trainees: await selectTrainees(deps.db, d.id) } : undefined;
  return assess(app, { typeCode: d.typeCode, on: d.submittedOn ?? todayInVietnam(), rates, overlaps, frozen });
}
