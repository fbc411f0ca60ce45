import type { TrainingSupportApplicationT } from '@lmis/contracts';
import { inArray } from 'drizzle-orm';
import { type HookDecision, type HookDossier, payloadProblems } from '../../platform/approvals/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { can } from '../../platform/policy/index.ts';
import { employerResource, selectEmployerById } from '../employers/index.ts';
import { findUnit } from '../geo/index.ts';
import { selectInstitutionById } from '../institutions/index.ts';
import { personTable, registerMembers } from '../people/index.ts';
import { decodeCenturySex } from '../workers/person-id.ts';
import { overlapsOf, overlapText } from './assessment.ts';
import { courseHalfMonths, eligibilityChecks, supportPerWorker } from './rules.ts';
import { viDate } from './shared.ts';
import {
  replaceTrainees,
  selectFunds,
  selectRates,
  selectTrainees,
  updateFunds,
  updateTrainee,
  upsertFunds,
} from './training-support.queries.ts';
import { recoveryOf } from './training-support.service.ts';

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
      en: `Rows of the trainee list that are not valid: ${issues.length}`,
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
      en: `Workers already in another plan over the same period: ${clashes.length}`,
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
