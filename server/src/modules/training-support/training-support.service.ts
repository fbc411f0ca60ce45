import {
  TRAINING_SUPPORT_TYPES,
  type TrainingSupportApplicationT,
  type TrainingSupportAssessmentBodyT,
  type TrainingSupportAssessmentT,
  type TrainingSupportPaymentBodyT,
  type TrainingSupportRecoveryT,
  type TrainingSupportResultBodyT,
} from '@lmis/contracts';
import { inArray } from 'drizzle-orm';
import {
  actsOnStep,
  dossierTypes,
  type HookDecision,
  type HookDossier,
  payloadProblems,
  stepOf,
} from '../../platform/approvals/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import type { DocumentBlock } from '../../platform/documents/official-document.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize, can } from '../../platform/policy/index.ts';
import {
  applicantEmployer,
  type DossierRow,
  dossierResource,
  machineActor,
  updateDossierIfVersion,
  versionOf,
  visibleDossier,
} from '../dossiers/index.ts';
import { employerResource, selectEmployerById } from '../employers/index.ts';
import { findUnit } from '../geo/index.ts';
import { selectInstitutionById } from '../institutions/index.ts';
import { personTable, registerMembers } from '../people/index.ts';
import { decodeCenturySex } from '../workers/person-id.ts';
import { courseHalfMonths, eligibilityChecks, recovery, supportPerWorker, type TrainingRate } from './rules.ts';
import {
  type FundsRow,
  insertPayment,
  type PaymentRow,
  replaceTrainees,
  selectFunds,
  selectOverlaps,
  selectPayments,
  selectRates,
  selectTrainees,
  type TraineeRow,
  updateFunds,
  updateTrainee,
  upsertFunds,
} from './training-support.queries.ts';

export interface TrainingSupportDeps {
  db: Db;
  dataDir: string;
}

const viDate = (iso: string) => iso.split('-').reverse().join('/');
const vnd = (n: number) => n.toLocaleString('vi-VN');
const isTrainingType = (code: string) => (TRAINING_SUPPORT_TYPES as readonly string[]).includes(code);

/** The neutral words for an overlap in a dossier the reader may not see (its number stays untold). */
const OTHER_PLAN = {
  vi: 'đã được hỗ trợ trong một phương án khác trùng thời gian',
  en: 'is already supported by another plan over the same period',
};

const notFound = () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy hồ sơ', en: 'No such dossier' });

/** A training-support dossier the actor may read; any other answers like one that does not exist. */
async function trainingDossier(db: DbOrTx, actor: Actor, id: number): Promise<DossierRow> {
  const d = await visibleDossier(db, actor, id);
  if (!isTrainingType(d.typeCode)) throw notFound();
  return d;
}

type Overlap = { dossierId: number | null; startDate: string; endDate: string };

/** Each person's overlapping periods in other standing dossiers; the other dossier is named only in the reader's scope. */
async function overlapsOf(
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

function overlapText(o: Overlap) {
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

const rowIssue = (i: number, field: string, message: string, messageEn: string) => ({
  field: `payload.trainees.${i}.${field}`,
  row: i + 1,
  message,
  messageEn,
});

/**
 * On submission and resubmission, inside the transition: the application against its schema, the employer in the
 * actor's scope, the institution, each trainee linked to the person registry (someone unknown registered in the
 * given residence commune through the registry's own rules, or refused without it), no trainee in another standing
 * plan of the same period, and the trainee rows written with their months and amounts.
 */
async function recordApplication(tx: DbOrTx, d: HookDossier, actor: Actor, on: string): Promise<void> {
  const problems = payloadProblems(d.typeCode, d.payload);
  if (problems.length > 0) throw new AppError('VALIDATION', { details: problems });
  const app = d.payload as TrainingSupportApplicationT;
  const employer = await selectEmployerById(tx, app.employerId);
  if (
    !employer ||
    !can(actor, 'read', employerResource, employer) ||
    (actor.role === 'employer' && actor.employerId !== employer.id)
  ) {
    throw new AppError('NOT_FOUND', { vi: 'Không tìm thấy người sử dụng lao động', en: 'No such employer' });
  }
  if (app.plan.institutionId !== null && !(await selectInstitutionById(tx, app.plan.institutionId))) {
    throw new AppError('VALIDATION', {
      vi: 'Cơ sở đào tạo không có trong danh mục',
      en: 'No such training institution',
      details: [{ field: 'payload.plan.institutionId', message: 'không có trong danh mục', messageEn: 'unknown' }],
    });
  }
  if (app.plan.endDate < app.plan.startDate) {
    throw new AppError('VALIDATION', {
      vi: 'Ngày kết thúc đào tạo trước ngày bắt đầu',
      en: 'Training ends before it starts',
      details: [{ field: 'payload.plan.endDate', message: 'trước ngày bắt đầu', messageEn: 'before the start' }],
    });
  }
  const issues: ReturnType<typeof rowIssue>[] = [];
  const firstRow = new Map<string, number>();
  app.trainees.forEach((t, i) => {
    const first = firstRow.get(t.personId);
    if (first !== undefined) {
      issues.push(rowIssue(i, 'personId', `trùng với dòng ${first + 1}`, `repeats row ${first + 1}`));
    } else firstRow.set(t.personId, i);
  });
  const ids = [...firstRow.keys()];
  const known = new Set(
    (
      await tx.select({ personId: personTable.personId }).from(personTable).where(inArray(personTable.personId, ids))
    ).map((p) => p.personId),
  );
  const today = todayInVietnam();
  const groups = new Map<
    string,
    {
      unit: { provinceCode: string; communeCode: string };
      members: Parameters<typeof registerMembers>[1][number]['members'];
    }
  >();
  for (const [personId, i] of firstRow) {
    if (known.has(personId)) continue;
    const t = app.trainees[i] as TrainingSupportApplicationT['trainees'][number];
    if (!t.communeCode) {
      issues.push(
        rowIssue(
          i,
          'communeCode',
          'chưa có trong sổ đăng ký, cần nơi thường trú',
          'not in the register: the residence commune is needed',
        ),
      );
      continue;
    }
    const unit = await findUnit(tx, t.communeCode, today);
    if (unit?.level !== 'commune') {
      issues.push(rowIssue(i, 'communeCode', `mã xã ${t.communeCode} không tồn tại`, `no commune ${t.communeCode}`));
      continue;
    }
    const group = groups.get(unit.code) ?? {
      unit: { provinceCode: unit.provinceCode as string, communeCode: unit.code },
      members: [],
    };
    // The registry's rules: identity from the application, sex from the ID's 4th digit (TT 07/2016/TT-BCA Art. 7).
    group.members.push({
      personId,
      fullName: t.fullName,
      birthDate: t.birthDate,
      sex: decodeCenturySex(Number(personId[3])).sex,
    });
    groups.set(unit.code, group);
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', {
      vi: `Danh sách người lao động có ${issues.length} dòng chưa hợp lệ`,
      en: `${issues.length} rows of the trainee list are not valid`,
      details: issues,
    });
  }
  if (groups.size > 0) await registerMembers(tx, [...groups.values()]);
  // Two plans with the same worker filed at once: the second waits for the first to commit, then sees its rows.
  await tx
    .select({ personId: personTable.personId })
    .from(personTable)
    .where(inArray(personTable.personId, ids))
    .for('update');
  const overlaps = await overlapsOf(tx, actor, app, d.id);
  if (overlaps.size > 0) {
    const clashes = [...firstRow].flatMap(([personId, i]) => {
      const o = overlaps.get(personId)?.[0];
      return o ? [rowIssue(i, 'personId', overlapText(o).vi, overlapText(o).en)] : [];
    });
    throw new AppError('VALIDATION', {
      vi: `${clashes.length} người lao động đã được hỗ trợ trong phương án khác trùng thời gian đào tạo`,
      en: `${clashes.length} workers are already in another plan over the same period`,
      details: clashes,
    });
  }
  const rates = await selectRates(tx);
  const { rate } = eligibilityChecks(app, { typeCode: d.typeCode, on: d.submittedOn ?? on, rates });
  const halves = rate ? courseHalfMonths(app.plan.startDate, app.plan.endDate, rate.maxMonths) : 0;
  const amount = rate ? supportPerWorker(rate.monthlyCapVnd, halves, app.plan.costPerWorker) : 0;
  await replaceTrainees(
    tx,
    d.id,
    [...firstRow.values()].map((i) => {
      const t = app.trainees[i] as TrainingSupportApplicationT['trainees'][number];
      return {
        dossierId: d.id,
        personId: t.personId,
        fullName: t.fullName,
        trade: t.trade,
        startDate: app.plan.startDate,
        endDate: app.plan.endDate,
        halfMonths: halves,
        amount,
      };
    }),
  );
}

/**
 * On approval, inside the transition: the amounts are frozen with the rate in force on the submission date
 * (QĐ 23/2021 Art. 10; NĐ 28/2015 Art. 4; NĐ 374/2025 Art. 23), so later changes of the rate data leave the
 * decision as issued.
 */
async function freezeAmounts(tx: DbOrTx, d: HookDossier, on: string): Promise<void> {
  const app = d.payload as TrainingSupportApplicationT;
  const rates = await selectRates(tx);
  const { rate } = eligibilityChecks(app, { typeCode: d.typeCode, on: d.submittedOn ?? on, rates });
  if (!rate) {
    throw new AppError('BAD_REQUEST', {
      vi: `Không có mức hỗ trợ áp dụng ngày ${viDate(d.submittedOn ?? on)}`,
      en: `No support rate applies on ${d.submittedOn ?? on}`,
    });
  }
  const trainees = await selectTrainees(tx, d.id);
  let total = 0;
  for (const t of trainees) {
    const halves = courseHalfMonths(t.startDate, t.endDate, rate.maxMonths);
    const amount = supportPerWorker(rate.monthlyCapVnd, halves, app.plan.costPerWorker);
    total += amount;
    if (halves !== t.halfMonths || amount !== t.amount) await updateTrainee(tx, t.id, { halfMonths: halves, amount });
  }
  await upsertFunds(tx, {
    dossierId: d.id,
    monthlyCapVnd: rate.monthlyCapVnd,
    maxMonths: rate.maxMonths,
    rateSource: rate.source,
    rateGrade: rate.grade,
    approvedAmount: total,
    approvedOn: on,
  });
}

async function recoveryOf(db: DbOrTx, d: DossierRow | HookDossier): Promise<TrainingSupportRecoveryT> {
  const funds = await selectFunds(db, d.id);
  const payments = await selectPayments(db, d.id);
  const trainees = await selectTrainees(db, d.id);
  const paid = payments.reduce((s, p) => s + p.amount, 0);
  const r = recovery({ paid, actualCost: funds?.actualCost ?? null, trainees });
  return {
    dossierId: d.id,
    approvedAmount: funds?.approvedAmount ?? null,
    paidAmount: paid,
    payments: payments.map(presentPayment),
    actualCost: funds?.actualCost ?? null,
    resultReportedOn: funds?.resultReportedOn ?? null,
    trainees: trainees.map((t, i) => {
      const w = r.perWorker[i] as (typeof r.perWorker)[number];
      return {
        personId: t.personId,
        fullName: t.fullName,
        amount: t.amount,
        completed: t.completed,
        certificateNo: t.certificateNo,
        kept: t.kept,
        recoverAmount: w.amount,
        reason:
          w.reason === 'not_completed'
            ? { vi: 'Không hoàn thành khóa đào tạo', en: 'Did not complete the training' }
            : w.reason === 'not_kept'
              ? { vi: 'Không được bố trí việc làm', en: 'Not kept in work' }
              : null,
      };
    }),
    traineeRecovery: r.traineeRecovery,
    unspentFunds: r.unspentFunds,
    totalRecovery: funds?.recoveredAmount ?? r.totalRecovery,
    recoveredAmount: funds?.recoveredAmount ?? null,
    legalSource: 'QĐ 23/2021/QĐ-TTg Điều 12 khoản 6; Mẫu số 02 mục 5 điểm b',
  };
}

/** On the recovery decision, inside the transition: the amount to recover is frozen (QĐ 23/2021 Art. 12(6)). */
async function freezeRecovery(tx: DbOrTx, d: HookDossier, on: string): Promise<void> {
  const funds = await selectFunds(tx, d.id);
  if (!funds?.resultReportedOn) {
    throw new AppError('BAD_REQUEST', {
      vi: 'Chưa có báo cáo kết quả đào tạo và quyết toán của người sử dụng lao động (Điều 12 khoản 5–6 QĐ 23/2021/QĐ-TTg)',
      en: 'The employer has not reported the training result and settlement yet',
    });
  }
  const r = await recoveryOf(tx, d);
  const trainees = await selectTrainees(tx, d.id);
  for (const [i, t] of trainees.entries()) {
    await updateTrainee(tx, t.id, { recoveredAmount: r.trainees[i]?.recoverAmount ?? 0 });
  }
  await updateFunds(tx, d.id, { recoveredAmount: r.totalRecovery, recoveredOn: on });
}

/** The engine's hook for both training-support types. */
export async function trainingSupportBeforeCommit(
  tx: DbOrTx,
  ctx: { dossier: HookDossier; action: string; on: string; actor: Actor; decision: HookDecision | null },
): Promise<void> {
  if (ctx.action === 'submit' || ctx.action === 'resubmit') await recordApplication(tx, ctx.dossier, ctx.actor, ctx.on);
  if (ctx.action === 'approve') await freezeAmounts(tx, ctx.dossier, ctx.on);
  if (ctx.action === 'recover') await freezeRecovery(tx, ctx.dossier, ctx.on);
}

/** The articles of the support (Mẫu 04a) and recovery (Mẫu 04b) decisions, with the workers' annex as a table. */
export async function trainingSupportDecisionArticles(
  db: DbOrTx,
  ctx: { dossier: HookDossier; decision: HookDecision },
): Promise<DocumentBlock[] | null> {
  const d = ctx.dossier;
  const funds = await selectFunds(db, d.id);
  if (!funds) return null;
  const trainees = await selectTrainees(db, d.id);
  if (ctx.decision.kind === 'approve') {
    return [
      {
        type: 'article',
        label: 'Điều 1.',
        text:
          `Hỗ trợ kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho ${trainees.length} người lao động ` +
          `của ${d.applicantName}, tổng số tiền ${vnd(funds.approvedAmount)} đồng (mức tối đa ${vnd(funds.monthlyCapVnd)} đồng/người/tháng, ` +
          `không quá ${funds.maxMonths} tháng), theo danh sách kèm theo.`,
      },
      {
        type: 'table',
        headers: [
          'STT',
          'Họ và tên',
          'Số định danh cá nhân',
          'Nghề đào tạo',
          'Thời gian đào tạo',
          'Số tháng',
          'Số tiền (đồng)',
        ],
        rows: trainees.map((t, i) => [
          i + 1,
          t.fullName,
          t.personId,
          t.trade,
          `${viDate(t.startDate)} – ${viDate(t.endDate)}`,
          (t.halfMonths / 2).toLocaleString('vi-VN'),
          vnd(t.amount),
        ]),
      },
      {
        type: 'article',
        label: 'Điều 2.',
        text: 'Bảo hiểm xã hội tỉnh chuyển kinh phí hỗ trợ cho người sử dụng lao động; người sử dụng lao động chuyển kinh phí cho cơ sở đào tạo, sử dụng đúng mục đích, quyết toán và báo cáo kết quả trong 45 ngày kể từ ngày kết thúc đào tạo.',
      },
      { type: 'article', label: 'Điều 3.', text: 'Quyết định có hiệu lực kể từ ngày ký.' },
    ];
  }
  const r = await recoveryOf(db, d);
  const recovered = r.trainees.filter((t) => t.recoverAmount > 0);
  return [
    {
      type: 'article',
      label: 'Điều 1.',
      text:
        `Thu hồi ${vnd(r.totalRecovery)} đồng kinh phí hỗ trợ đào tạo đã cấp cho ${d.applicantName} ` +
        `(kinh phí còn dư ${vnd(r.unspentFunds)} đồng; người lao động không hoàn thành đào tạo hoặc không được bố trí việc làm ${vnd(r.traineeRecovery)} đồng).`,
    },
    ...(recovered.length > 0
      ? [
          {
            type: 'table' as const,
            headers: ['STT', 'Họ và tên', 'Số định danh cá nhân', 'Lý do', 'Số tiền thu hồi (đồng)'],
            rows: recovered.map((t, i) => [i + 1, t.fullName, t.personId, t.reason?.vi ?? '', vnd(t.recoverAmount)]),
          },
        ]
      : []),
    {
      type: 'article',
      label: 'Điều 2.',
      text: 'Người sử dụng lao động hoàn trả kinh phí vào Quỹ bảo hiểm thất nghiệp theo quy định.',
    },
    { type: 'article', label: 'Điều 3.', text: 'Quyết định có hiệu lực kể từ ngày ký.' },
  ];
}

const presentPayment = (p: PaymentRow) => ({
  id: p.id,
  stepCode: p.stepCode,
  paidOn: p.paidOn,
  amount: p.amount,
  reference: p.reference,
  recordedByName: p.recordedByName,
  recordedAt: p.recordedAt.toISOString(),
});

/** The dossier at one of these steps, with the actor acting on it under the type's declaration. */
function requireStep(actor: Actor, d: DossierRow, steps: readonly string[]) {
  const version = versionOf(d, todayInVietnam());
  const step = version && stepOf(version, d.stepCode);
  if (d.status !== 'in_progress' || !step || !steps.includes(step.code)) {
    throw new AppError('BAD_REQUEST', {
      vi: 'Hồ sơ không ở bước này',
      en: 'The dossier is not at this step',
      details: { status: d.status, stepCode: d.stepCode, version: d.version },
    });
  }
  if (!actsOnStep(step, machineActor(actor, d))) throw new AppError('FORBIDDEN');
  return step;
}

async function moveVersion(tx: DbOrTx, d: DossierRow, version: number) {
  const moved = await updateDossierIfVersion(tx, d.id, version, {});
  if (!moved) {
    throw new AppError('CONFLICT', {
      vi: 'Hồ sơ vừa được người khác xử lý; vui lòng tải lại',
      en: 'Someone else has just changed the dossier; reload it',
    });
  }
}

/**
 * POST /api/training-support/dossiers/:id/payment: the provincial social insurance's transfer (QĐ 23/2021 Art. 12(4))
 * or advance (NĐ 28/2015 Art. 27: 50 %), recorded at its step; never more than the approved amount in total.
 */
export async function recordPayment(
  input: { ctx: RequestContext; id: number; body: TrainingSupportPaymentBodyT },
  deps: TrainingSupportDeps,
) {
  const actor = requireActor(input.ctx);
  const d = await trainingDossier(deps.db, actor, input.id);
  authorize(actor, 'act', dossierResource, d);
  const step = requireStep(actor, d, ['si_payment', 'si_advance']);
  const { body } = input;
  if (body.paidOn > todayInVietnam()) {
    throw new AppError('VALIDATION', {
      details: [{ field: 'paidOn', message: 'sau hôm nay', messageEn: 'in the future' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    await moveVersion(tx, d, body.version);
    const funds = await selectFunds(tx, d.id);
    const paid = (await selectPayments(tx, d.id)).reduce((s, p) => s + p.amount, 0);
    const approved = funds?.approvedAmount ?? 0;
    if (paid + body.amount > approved) {
      throw new AppError('VALIDATION', {
        vi: `Tổng số tiền chi trả vượt số được phê duyệt (${vnd(approved)} đồng, đã chi ${vnd(paid)} đồng)`,
        en: `Payments would exceed the approved amount (${approved} VND, ${paid} VND paid)`,
        details: [{ field: 'amount', message: 'vượt số được phê duyệt', messageEn: 'above the approved amount' }],
      });
    }
    const p = await insertPayment(tx, {
      dossierId: d.id,
      stepCode: step.code,
      paidOn: body.paidOn,
      amount: body.amount,
      reference: body.reference.trim(),
      recordedBy: actor.id,
      recordedByName: actor.username,
    });
    await writeAudit(tx, input.ctx, {
      action: 'training_support_payment',
      entityType: 'dossier',
      entityId: d.id,
      unitCode: d.communeCode ?? d.provinceCode,
      provinceCode: d.provinceCode,
      after: { paidOn: p.paidOn, amount: p.amount, reference: p.reference, stepCode: p.stepCode },
    });
    return presentPayment(p);
  });
}

/**
 * PUT /api/training-support/dossiers/:id/result: the employer's training-result and settlement report at the
 * settlement step (QĐ 23/2021 Art. 12(5)): who completed, their certificates, who was kept, and the actual cost.
 */
export async function reportResult(
  input: { ctx: RequestContext; id: number; body: TrainingSupportResultBodyT },
  deps: TrainingSupportDeps,
) {
  const actor = requireActor(input.ctx);
  const d = await trainingDossier(deps.db, actor, input.id);
  authorize(actor, 'file', dossierResource, d);
  requireStep(actor, d, ['settlement']);
  const { body } = input;
  return deps.db.transaction(async (tx) => {
    await moveVersion(tx, d, body.version);
    const trainees = await selectTrainees(tx, d.id);
    const byPerson = new Map(body.trainees.map((t, i) => [t.personId, { ...t, i }]));
    const issues = [
      ...body.trainees.flatMap((t, i) =>
        trainees.some((x) => x.personId === t.personId)
          ? []
          : [
              {
                field: `trainees.${i}.personId`,
                message: 'không có trong danh sách được hỗ trợ',
                messageEn: 'not a trainee of the dossier',
              },
            ],
      ),
      ...trainees.flatMap((t) =>
        byPerson.has(t.personId)
          ? []
          : [
              {
                field: 'trainees',
                message: `thiếu kết quả của ${t.fullName} (${t.personId})`,
                messageEn: `no result for ${t.personId}`,
              },
            ],
      ),
    ];
    if (issues.length > 0) throw new AppError('VALIDATION', { details: issues });
    for (const t of trainees) {
      const r = byPerson.get(t.personId) as TrainingSupportResultBodyT['trainees'][number];
      await updateTrainee(tx, t.id, {
        completed: r.completed,
        certificateNo: r.certificateNo?.trim() || null,
        kept: r.kept,
      });
    }
    const funds = await selectFunds(tx, d.id);
    if (!funds)
      throw new AppError('BAD_REQUEST', { vi: 'Hồ sơ chưa được phê duyệt', en: 'The dossier is not approved' });
    const today = todayInVietnam();
    await updateFunds(tx, d.id, { actualCost: body.actualCost, resultReportedOn: today });
    const result = await recoveryOf(tx, d);
    await writeAudit(tx, input.ctx, {
      action: 'training_support_result',
      entityType: 'dossier',
      entityId: d.id,
      unitCode: d.communeCode ?? d.provinceCode,
      provinceCode: d.provinceCode,
      before: { actualCost: funds.actualCost, resultReportedOn: funds.resultReportedOn },
      after: {
        actualCost: body.actualCost,
        completed: body.trainees.filter((t) => t.completed).length,
        kept: body.trainees.filter((t) => t.kept).length,
        totalRecovery: result.totalRecovery,
      },
    });
    return result;
  });
}

/** GET /api/training-support/dossiers/:id/recovery. */
export async function getRecovery(input: { ctx: RequestContext; id: number }, deps: TrainingSupportDeps) {
  const actor = requireActor(input.ctx);
  const d = await trainingDossier(deps.db, actor, input.id);
  return recoveryOf(deps.db, d);
}

/** The types this module owns (both declared in server/data/dossier-types). */
export function trainingSupportTypes() {
  return TRAINING_SUPPORT_TYPES.filter((c) => dossierTypes().types.has(c));
}
