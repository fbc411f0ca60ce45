import type {
  TrainingSupportPaymentBodyT,
  TrainingSupportRecoveryT,
  TrainingSupportResultBodyT,
} from '@lmis/contracts';
import { actsOnStep, type HookDossier, stepOf } from '../../platform/approvals/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/policy/index.ts';
import {
  type DossierRow,
  dossierResource,
  machineActor,
  updateDossierIfVersion,
  versionOf,
} from '../dossiers/index.ts';
import { recovery } from './rules.ts';
import { type TrainingSupportDeps, trainingDossier, viDate, vnd } from './shared.ts';
import {
  insertPayment,
  type PaymentRow,
  selectFunds,
  selectPayments,
  selectTrainees,
  updateFunds,
  updateTrainee,
} from './training-support.queries.ts';

export type { TrainingSupportDeps };

export async function recoveryOf(db: DbOrTx, d: DossierRow | HookDossier): Promise<TrainingSupportRecoveryT> {
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
    unspentRecovery: r.unspentRecovery,
    totalRecovery: funds?.recoveredAmount ?? r.totalRecovery,
    recoveredAmount: funds?.recoveredAmount ?? null,
    legalSource: 'QĐ 23/2021/QĐ-TTg Điều 12 khoản 6; Mẫu số 02 mục 5 điểm b',
  };
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
    const reportedOn = body.reportedOn ?? today;
    if (reportedOn > today || reportedOn < funds.approvedOn) {
      throw new AppError('VALIDATION', {
        details: [
          reportedOn > today
            ? { field: 'reportedOn', message: 'sau hôm nay', messageEn: 'in the future' }
            : {
                field: 'reportedOn',
                message: `trước ngày phê duyệt (${viDate(funds.approvedOn)})`,
                messageEn: `before the approval (${funds.approvedOn})`,
              },
        ],
      });
    }
    await updateFunds(tx, d.id, { actualCost: body.actualCost, resultReportedOn: reportedOn });
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
