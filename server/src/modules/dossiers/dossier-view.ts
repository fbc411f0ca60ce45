import {
  DOSSIER_STATUSES,
  type DossierAction,
  type DossierListItemT,
  type DossierStatus,
  type DossierT,
} from '@lmis/contracts';
import {
  allowedActions,
  type ClockInterval,
  type DossierTypeDeclT,
  daysLeft,
  daysUsed,
  decisionNumber,
  dossierTypes,
  type MachineActor,
  receiptNumber,
  type StepDeclT,
  stepOf,
  type VersionDeclT,
  versionFrom,
  versionOn,
} from '../../platform/approvals/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { WorkingCalendar } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors.ts';
import { can } from '../../platform/policy/index.ts';
import { dossierResource } from './dossiers.policy.ts';
import type { DossierAttachmentRow, DossierDecisionRow, DossierRow, DossierStepRow } from './dossiers.queries.ts';

/** The capability each action needs, before the type's step rules (role and level) are asked. */
export const CAPABILITY_OF: Record<DossierAction, 'file' | 'act' | 'decide'> = {
  submit: 'file',
  resubmit: 'file',
  withdraw: 'file',
  cancel: 'file',
  accept: 'act',
  request_additions: 'act',
  return: 'act',
  approve: 'decide',
  refuse: 'decide',
  recover: 'decide',
};

/** An applicant's own step (paying the institution, reporting) is passed with the filing right, not the officers'. */
export function capabilityFor(action: DossierAction, step: StepDeclT | undefined): 'file' | 'act' | 'decide' {
  return step?.actor.level === 'applicant' && action === 'accept' ? 'file' : CAPABILITY_OF[action];
}

export function typeOf(code: string): DossierTypeDeclT {
  const type = dossierTypes().types.get(code);
  if (!type) throw new Error(`dossier type ${code} is not declared`);
  return type;
}

/** The version a dossier is judged by: fixed at submission; a draft follows the version valid today. */
export function versionOf(d: DossierRow, today: string): VersionDeclT | undefined {
  const type = typeOf(d.typeCode);
  // A draft of a scheme no longer in force (a paper dossier entered late) shows its last version until submitted.
  return versionFrom(type, d.typeVersion) ?? versionOn(type, today) ?? type.versions.at(-1);
}

export function requireVersion(d: DossierRow, day: string): VersionDeclT {
  const version = versionFrom(typeOf(d.typeCode), d.typeVersion) ?? versionOn(typeOf(d.typeCode), day);
  if (!version) {
    throw new AppError('BAD_REQUEST', {
      vi: `Ngày ${day.split('-').reverse().join('/')} không có văn bản nào quy định thủ tục này còn hiệu lực`,
      en: `No version of this procedure is in force on ${day}`,
    });
  }
  return version;
}

export function machineActor(actor: Actor, d: DossierRow): MachineActor {
  const type = typeOf(d.typeCode);
  const level = actor.unitCode?.length === 2 ? 'province' : actor.unitCode?.length === 5 ? 'commune' : 'national';
  // The applicant's side: the account that filed it, an account of the applicant employer, or an officer of a filing
  // role acting for an applicant on paper.
  const applicantParty =
    actor.id === d.createdBy ||
    (actor.role === 'employer' && actor.employerId != null && actor.employerId === d.employerId) ||
    (actor.role !== 'employer' && type.applicantRoles.includes(actor.role as never));
  return { role: actor.role, level, applicantParty };
}

export const stateOf = (d: DossierRow, decisions: readonly DossierDecisionRow[]) => ({
  status: d.status as DossierStatus,
  stepCode: d.stepCode,
  decided: decisions.some((x) => x.kind === 'approve'),
});

export function presentDossier(
  d: DossierRow,
  parts: {
    actor: Actor;
    steps: DossierStepRow[];
    decisions: DossierDecisionRow[];
    attachments: DossierAttachmentRow[];
    calendar: WorkingCalendar;
    today: string;
    /** The account that filed it (full name, username), when it still exists. */
    creator?: { fullName: string; username: string };
  },
): DossierT {
  const { actor, calendar, today } = parts;
  const type = typeOf(d.typeCode);
  const version = versionOf(d, today);
  const stepViews = parts.steps.map((s) => {
    const decl = version ? stepOf(version, s.stepCode) : undefined;
    const limit = decl?.limit ?? null;
    const intervals = s.intervals as ClockInterval[];
    const running = intervals.some((i) => i.to === null);
    const end = s.completedOn ?? today;
    return {
      code: s.stepCode,
      name: decl?.name ?? { vi: s.stepCode, en: s.stepCode },
      level: decl?.actor.level ?? '',
      outsideAgency: decl?.outsideAgency ?? null,
      startedOn: s.startedOn,
      dueOn: s.dueOn,
      dueProvisional: s.dueProvisional,
      limit: limit ? { days: limit.days, unit: limit.unit } : null,
      completedOn: s.completedOn,
      outcome: s.outcome,
      running,
      daysUsed: s.daysUsed ?? daysUsed(calendar, limit, intervals, end),
      daysLeft: limit && s.dueOn && !s.completedOn ? daysLeft(calendar, limit, s.dueOn, today) : null,
      late: s.late ?? (s.dueOn !== null && !s.completedOn && running && today > s.dueOn),
    };
  });
  const current = version ? stepOf(version, d.stepCode) : undefined;
  const currentView = [...stepViews].reverse().find((s) => s.code === d.stepCode && !s.completedOn);
  const who = machineActor(actor, d);
  const state = stateOf(d, parts.decisions);
  const actions = version
    ? allowedActions(version, state, who).filter((a) => can(actor, capabilityFor(a, current), dossierResource, d))
    : [];
  return {
    id: d.id,
    typeCode: d.typeCode,
    typeName: type.name,
    typeVersion: d.typeVersion,
    legalSource: version?.legalSource ?? null,
    status: d.status,
    statusLabel: DOSSIER_STATUSES[d.status as DossierStatus],
    step: current
      ? {
          code: current.code,
          name: current.name,
          level: current.actor.level,
          dueOn: d.dueOn,
          daysLeft: currentView?.daysLeft ?? null,
        }
      : null,
    provinceCode: d.provinceCode,
    communeCode: d.communeCode,
    applicantName: d.applicantName,
    payload: d.payload as Record<string, unknown>,
    submittedOn: d.submittedOn,
    receivedOn: d.receivedOn,
    receiptNo: d.receiptNo && d.receivedOn ? receiptNumber(d.receiptNo, Number(d.receivedOn.slice(0, 4))) : null,
    steps: stepViews,
    decisions: parts.decisions.map((x) => ({
      id: x.id,
      kind: x.kind,
      number: decisionNumber(x.number, x.symbol),
      decidedOn: x.decidedOn,
      signerName: x.signerName,
      signerPosition: x.signerPosition,
    })),
    documents: (version?.steps ?? []).flatMap((s) =>
      s.documents.map((doc) => ({
        stepCode: s.code,
        code: doc.code,
        name: doc.name,
        required: doc.required,
        attachmentIds: parts.attachments.filter((a) => a.documentCode === doc.code).map((a) => a.id),
      })),
    ),
    allowedActions: actions,
    version: d.version,
    createdByName: parts.creator?.fullName ?? d.createdByName,
    createdByUsername: parts.creator?.username ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

/**
 * A dossier as a list row: receipt, status, the current step and its clock. Days left count working days on the
 * dated calendar (or calendar days, per the step's declared limit: QĐ 23/2021/QĐ-TTg Art. 12, NĐ 374/2025/NĐ-CP);
 * late once today is past the due date of a step whose clock runs (a dossier waiting for additions has none).
 */
export function presentListItem(d: DossierRow, calendar: WorkingCalendar, today: string): DossierListItemT {
  const type = typeOf(d.typeCode);
  const version = versionOf(d, today);
  const step = version ? stepOf(version, d.stepCode) : undefined;
  const limit = step?.limit;
  const running = d.status === 'in_progress' && d.dueOn !== null;
  return {
    id: d.id,
    typeCode: d.typeCode,
    typeName: type.name,
    applicantName: d.applicantName,
    provinceCode: d.provinceCode,
    communeCode: d.communeCode,
    receiptNo: d.receiptNo && d.receivedOn ? receiptNumber(d.receiptNo, Number(d.receivedOn.slice(0, 4))) : null,
    status: d.status,
    statusLabel: DOSSIER_STATUSES[d.status as DossierStatus],
    step: step ? { code: step.code, name: step.name, level: step.actor.level } : null,
    dueOn: d.dueOn,
    daysLeft: running && limit && d.dueOn ? daysLeft(calendar, limit, d.dueOn, today) : null,
    late: running && d.dueOn !== null && today > d.dueOn,
    submittedOn: d.submittedOn,
    receivedOn: d.receivedOn,
    createdAt: d.createdAt.toISOString(),
    version: d.version,
  };
}
