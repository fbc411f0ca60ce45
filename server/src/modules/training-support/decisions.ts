import type { TrainingSupportApplicationT } from '@lmis/contracts';
import { inArray } from 'drizzle-orm';
import {
  agencyOn,
  type DecisionHeading,
  decisionNumber,
  dossierTypes,
  type HookDecision,
  type HookDossier,
} from '../../platform/approvals/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { decisionHeading, selectDecisions, versionOf } from '../dossiers/index.ts';
import { selectEmployerById } from '../employers/index.ts';
import { findUnit } from '../geo/index.ts';
import { selectInstitutionById } from '../institutions/index.ts';
import { personTable } from '../people/index.ts';
import {
  type DecisionDocumentInput,
  recoveryDecisionDocx,
  supportDecisionDocx,
  traineeListXlsx,
} from './decision-documents.ts';
import type { Scheme } from './decision-schemes.ts';
import { type TrainingSupportDeps, trainingDossier } from './shared.ts';
import { selectFunds, selectTrainees } from './training-support.queries.ts';
import { recoveryOf } from './training-support.service.ts';

/** The texts a decision is worded from: QĐ 23/2021 for the Covid type; NĐ 28/2015 or, from 2026, Law 74/2025. */
function schemeOf(typeCode: string, versionFrom: string | null): Scheme {
  if (typeCode === 'training_support_covid') return 'qd23_2021';
  return versionFrom !== null && versionFrom >= '2026-01-01' ? 'law74_2025' : 'nd28_2015';
}

/** "Phó Giám đốc" signs for the head: "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC" (NĐ 30/2020 Phụ lục I, mục II.8). */
function signerOf(heading: DecisionHeading) {
  const position = heading.signer.position.toLocaleUpperCase('vi-VN');
  const deputy = position.startsWith('PHÓ ');
  return { name: heading.signer.name, position, authority: deputy ? `KT. ${heading.headPosition}` : undefined };
}

/**
 * The document input of a support or recovery decision from what the dossier holds: the frozen amounts and trainees,
 * the employer and institution of the register, the heading the engine resolved. What the system does not hold (the
 * proposing division, the bank accounts, the day to return money by) is a dotted line in the renderer.
 */
async function decisionInput(
  db: DbOrTx,
  d: HookDossier,
  heading: DecisionHeading,
): Promise<DecisionDocumentInput | null> {
  const funds = await selectFunds(db, d.id);
  if (!funds) return null;
  const app = d.payload as TrainingSupportApplicationT;
  const trainees = await selectTrainees(db, d.id);
  const births = new Map(
    trainees.length === 0
      ? []
      : (
          await db
            .select({ personId: personTable.personId, birthDate: personTable.birthDate })
            .from(personTable)
            .where(
              inArray(
                personTable.personId,
                trainees.map((t) => t.personId),
              ),
            )
        ).map((p) => [p.personId, p.birthDate]),
  );
  const employer = await selectEmployerById(db, app.employerId);
  const commune = employer ? await findUnit(db, employer.communeCode, heading.date) : undefined;
  const institution =
    app.plan.institutionId === null ? null : ((await selectInstitutionById(db, app.plan.institutionId))?.name ?? null);
  const version = versionOf(d, heading.date);
  // The payer is the outside agency of the type's payment step (QĐ 23/2021 Art. 12(4); NĐ 28/2015 Art. 27).
  const payer = version?.steps.find((s) => s.code === 'si_payment' || s.code === 'si_advance')?.outsideAgency?.vi;
  const socialInsurance = `${(payer ?? 'Bảo hiểm xã hội tỉnh').replace(/\s+tỉnh$/u, '')} ${heading.provinceName}`;
  const department = agencyOn(dossierTypes(), 'labour_department', heading.date);
  return {
    agency: {
      parent: heading.parentAgency,
      name: heading.issuer,
      authority: heading.authority,
      office: heading.department
        ? ['Chánh Văn phòng Sở']
        : ['Chánh Văn phòng Ủy ban nhân dân tỉnh', ...(department ? [`Giám đốc ${department.title}`] : [])],
    },
    scheme: schemeOf(d.typeCode, heading.versionFrom),
    place: heading.place,
    number: heading.number,
    date: heading.date,
    signer: signerOf(heading),
    applicationDate: d.submittedOn ?? heading.date,
    employer: {
      name: employer?.name ?? d.applicantName,
      taxCode: employer?.taxCode ?? '',
      address: [employer?.address, commune?.name].filter(Boolean).join(', '),
    },
    institution,
    plan: { trades: app.plan.trades, startDate: app.plan.startDate, endDate: app.plan.endDate },
    trainees: trainees.map((t) => ({
      personId: t.personId,
      fullName: t.fullName,
      birthDate: births.get(t.personId) ?? '',
      trade: t.trade,
      startDate: t.startDate,
      endDate: t.endDate,
      months: t.halfMonths / 2,
      amount: t.amount,
    })),
    total: funds.approvedAmount,
    socialInsurance,
    reportTo: department?.title ?? heading.issuer,
    subject: heading.subject || undefined,
  };
}

/**
 * The recovery part of Mẫu số 04b from the module's arithmetic (`recoveryOf`, rules.ts `recovery`): each worker's
 * recovered amount with its reason, the unspent funds beyond them, and the total, which add up.
 */
async function recoveryInput(db: DbOrTx, d: HookDossier, heading: DecisionHeading) {
  const r = await recoveryOf(db, d);
  const approval = (await selectDecisions(db, d.id)).find((x) => x.kind === 'approve');
  if (!approval) return null;
  const approvalHeading = await decisionHeading({ db }, d, approval);
  const recovered = r.trainees.filter((t) => t.recoverAmount > 0);
  const count = (vi: string) => recovered.filter((t) => t.reason?.vi === vi).length;
  const reasons = [
    ...['Không hoàn thành khóa đào tạo', 'Không được bố trí việc làm'].flatMap((vi) =>
      count(vi) > 0 ? [`${count(vi)} người lao động ${vi.toLocaleLowerCase('vi-VN')}`] : [],
    ),
    ...(r.unspentRecovery > 0 ? ['kinh phí đã chuyển còn dư so với chi phí đào tạo thực tế'] : []),
  ].join('; ');
  return {
    supportDecision: {
      number: decisionNumber(approval.number, approval.symbol),
      date: approval.decidedOn,
      issuedBy:
        approvalHeading && approvalHeading.authority !== heading.authority ? approvalHeading.authority : undefined,
    },
    reportDate: r.resultReportedOn ?? heading.date,
    reason: reasons ? `${reasons.charAt(0).toLocaleUpperCase('vi-VN')}${reasons.slice(1)}` : 'Kinh phí hỗ trợ còn dư',
    trainees: recovered.map((t) => ({ personId: t.personId, amount: t.recoverAmount, reason: t.reason?.vi ?? '' })),
    unspent: r.unspentRecovery,
    total: r.totalRecovery,
  };
}

/** The engine's hook: a support decision is Mẫu số 04a, a recovery decision Mẫu số 04b, with their annexes. */
export async function trainingSupportDecisionDocument(
  db: DbOrTx,
  ctx: { dossier: HookDossier; decision: HookDecision; heading: DecisionHeading },
): Promise<Buffer | null> {
  const input = await decisionInput(db, ctx.dossier, ctx.heading);
  if (!input) return null;
  if (ctx.decision.kind === 'approve') return supportDecisionDocx(input);
  const recovery = await recoveryInput(db, ctx.dossier, ctx.heading);
  return recovery ? recoveryDecisionDocx({ ...input, recovery }) : null;
}

/**
 * GET /api/training-support/dossiers/:id/trainees.xlsx: the list of the workers supported, sent with the support
 * decision to the provincial social-insurance agency (QĐ 23/2021 Art. 12(3); NĐ 28/2015 Art. 27), with the decision's
 * number and date. Only after approval; audited and logged as an export of personal data.
 */
export async function traineeListFile(input: { ctx: RequestContext; id: number }, deps: TrainingSupportDeps) {
  const actor = requireActor(input.ctx);
  const d = await trainingDossier(deps.db, actor, input.id);
  const approval = (await selectDecisions(deps.db, d.id)).find((x) => x.kind === 'approve');
  const heading = approval ? await decisionHeading(deps, d, approval) : null;
  const doc = heading ? await decisionInput(deps.db, d, heading) : null;
  if (!doc) {
    throw new AppError('BAD_REQUEST', {
      vi: 'Hồ sơ chưa có quyết định hỗ trợ: danh sách người lao động gửi cơ quan bảo hiểm xã hội chỉ lập sau khi phê duyệt',
      en: 'The dossier has no support decision yet: the trainee list is drawn up after approval',
    });
  }
  const buffer = await traineeListXlsx(doc);
  await deps.db.transaction((tx) =>
    writeAudit(tx, input.ctx, {
      action: 'export',
      entityType: 'dossier',
      entityId: d.id,
      unitCode: d.communeCode ?? d.provinceCode,
      provinceCode: d.provinceCode,
      after: { file: 'trainees.xlsx', decision: doc.number, rows: doc.trainees.length },
    }),
  );
  await recordSecurityEvent(deps.db, input.ctx, {
    kind: 'export',
    outcome: 'success',
    target: `training_support_trainees dossier ${d.id}`,
  });
  return { fileName: `danh-sach-nguoi-lao-dong-${doc.number.replaceAll('/', '-')}.xlsx`, buffer };
}
