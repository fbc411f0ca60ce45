import {
  DOSSIER_ACTIONS,
  type DossierAction,
  type DossierCreateT,
  type DossierEventT,
  type DossierListQueryT,
  type DossierQueueQueryT,
  type DossierSlaQueryT,
  type DossierT,
  type DossierUpdateT,
} from '@lmis/contracts';
import {
  actsOnStep,
  decisionNumber,
  dossierTypes,
  payloadProblems,
  receiptNumber,
} from '../../platform/approvals/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor, scopeOf } from '../../platform/auth/actor.ts';
import { addWorkingDays, loadWorkingCalendar, type WorkingCalendar } from '../../platform/calendar/index.ts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize, authorizeUnit, can, listScope } from '../../platform/policy/index.ts';
import { employerResource, selectEmployerById } from '../employers/index.ts';
import { findUnit } from '../geo/index.ts';
import { presentDossier, presentListItem, versionOf } from './dossier-view.ts';
import { dossierResource } from './dossiers.policy.ts';
import {
  type DossierRow,
  insertDossier,
  selectApplicantQueue,
  selectAttachments,
  selectDecisions,
  selectDossier,
  selectDossierList,
  selectEvents,
  selectPeople,
  selectQueue,
  selectSla,
  selectSteps,
  updateDossierIfVersion,
} from './dossiers.queries.ts';

export interface DossiersDeps {
  db: Db;
  /** The private data folder; attachments live in its uploads/dossiers (0700, files 0600). */
  dataDir: string;
}

/** The unit a dossier is filed in (a province, or a commune of it), checked to exist and to be the actor's to file in. */
async function filingPlace(db: DbOrTx, actor: Actor, unitCode: string, today: string) {
  const unit = await findUnit(db, unitCode, today);
  if (!unit) {
    throw new AppError('VALIDATION', {
      vi: `Đơn vị mã ${unitCode} không tồn tại`,
      en: `No unit ${unitCode}`,
      details: [{ field: 'unitCode', message: 'không tồn tại', messageEn: 'unknown unit' }],
    });
  }
  const place = {
    provinceCode: unit.level === 'province' ? unit.code : unit.provinceCode,
    communeCode: unit.level === 'commune' ? unit.code : null,
  };
  authorizeUnit(actor, 'file', dossierResource, place);
  return place;
}

/** A dossier the actor may read; a nonexistent one and one outside the scope answer alike (404, same body). */
export async function visibleDossier(db: DbOrTx, actor: Actor, id: number): Promise<DossierRow> {
  authorize(actor, 'read', dossierResource);
  const d = await selectDossier(db, id);
  if (!d || !can(actor, 'read', dossierResource, d)) {
    throw new AppError('NOT_FOUND', {
      vi: 'Không tìm thấy hồ sơ',
      en: 'No such dossier',
      ...(d && { refusal: 'dossier out of scope' }),
    });
  }
  return d;
}

export async function dossierView(db: DbOrTx, actor: Actor, d: DossierRow, given?: WorkingCalendar): Promise<DossierT> {
  // One after another: inside a transaction the queries share one connection.
  const steps = await selectSteps(db, d.id);
  const decisions = await selectDecisions(db, d.id);
  const attachments = await selectAttachments(db, d.id);
  // Loaded outside a transaction by the caller (its two queries run side by side).
  const creator = (await selectPeople(db, [d.createdBy])).get(d.createdBy);
  const calendar = given ?? (await loadWorkingCalendar(db));
  return presentDossier(d, { actor, steps, decisions, attachments, calendar, today: todayInVietnam(), creator });
}

export function listDossierTypes(input: { ctx: RequestContext }) {
  authorize(requireActor(input.ctx), 'read', dossierResource);
  return [...dossierTypes().types.values()].map((t) => ({
    code: t.code,
    name: t.name,
    versions: t.versions.map((v) => ({
      validFrom: v.validFrom,
      validTo: v.validTo,
      legalSource: v.legalSource,
      steps: v.steps.map((s) => ({
        code: s.code,
        name: s.name,
        level: s.actor.level,
        grade: s.grade,
        // Grade B and C items are shown "chưa xác minh" until an administrator confirms them.
        verified: s.grade === 'A',
      })),
    })),
  }));
}

const employerNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không tìm thấy người sử dụng lao động', en: 'No such employer' });

/**
 * The applicant employer named by the application (`employerId`), read in the actor's scope: one the actor may not
 * read answers exactly like one that does not exist, and an employer account files only for its own employer.
 */
export async function applicantEmployer(db: DbOrTx, actor: Actor, payload: Record<string, unknown>) {
  const id = payload.employerId;
  if (typeof id !== 'number' || !Number.isInteger(id)) {
    if (actor.role === 'employer' && actor.employerId != null) return actor.employerId;
    return null;
  }
  const e = await selectEmployerById(db, id);
  if (!e || !can(actor, 'read', employerResource, e)) throw employerNotFound();
  if (actor.role === 'employer' && actor.employerId !== e.id) throw employerNotFound();
  return e.id;
}

/**
 * A new draft in the applicant's unit. Its content is the type's application (opaque here), checked by the schema
 * the owning module registered for the type.
 */
export async function createDossier(input: { ctx: RequestContext; body: DossierCreateT }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const { body } = input;
  const type = dossierTypes().types.get(body.typeCode);
  if (!type) {
    throw new AppError('VALIDATION', {
      vi: `Không có loại hồ sơ ${body.typeCode}`,
      en: `No dossier type ${body.typeCode}`,
      details: [{ field: 'typeCode', message: 'không có loại hồ sơ này', messageEn: 'unknown type' }],
    });
  }
  const today = todayInVietnam();
  const place = await filingPlace(deps.db, actor, body.unitCode, today);
  if (!type.applicantRoles.includes(actor.role as never)) throw new AppError('FORBIDDEN');
  const problems = payloadProblems(type.code, body.payload);
  if (problems.length > 0) throw new AppError('VALIDATION', { details: problems });
  const employerId = await applicantEmployer(deps.db, actor, body.payload);
  const calendar = await loadWorkingCalendar(deps.db);
  return deps.db.transaction(async (tx) => {
    const d = await insertDossier(tx, {
      typeCode: type.code,
      status: 'draft',
      ...place,
      applicantName: body.applicantName.trim(),
      employerId,
      payload: body.payload,
      createdBy: actor.id,
      createdByName: actor.fullName,
    });
    await writeAudit(tx, input.ctx, {
      action: 'dossier_create',
      entityType: 'dossier',
      entityId: d.id,
      unitCode: d.communeCode ?? d.provinceCode,
      provinceCode: d.provinceCode,
      after: { typeCode: d.typeCode, applicantName: d.applicantName, status: d.status },
    });
    return dossierView(tx, actor, d, calendar);
  });
}

/**
 * Saves a draft's new content: only while it is a draft, only by whoever may file it (the applicant's side, or an
 * officer of a filing role in the unit), its content checked by the type's schema as on creation; a version read
 * before someone else's save answers 409 with nothing changed.
 */
export async function updateDraft(
  input: { ctx: RequestContext; id: number; body: DossierUpdateT },
  deps: DossiersDeps,
) {
  const actor = requireActor(input.ctx);
  const before = await visibleDossier(deps.db, actor, input.id);
  authorize(actor, 'file', dossierResource, before);
  const type = dossierTypes().types.get(before.typeCode);
  if (!type?.applicantRoles.includes(actor.role as never)) throw new AppError('FORBIDDEN');
  if (before.status !== 'draft') {
    throw new AppError('CONFLICT', {
      vi: 'Chỉ sửa được hồ sơ đang soạn; hồ sơ này đã được nộp',
      en: 'Only a draft can be edited; this dossier has been submitted',
      details: { current: { status: before.status, stepCode: before.stepCode, version: before.version } },
    });
  }
  const { body } = input;
  const place = await filingPlace(deps.db, actor, body.unitCode, todayInVietnam());
  const problems = payloadProblems(type.code, body.payload);
  if (problems.length > 0) throw new AppError('VALIDATION', { details: problems });
  const employerId = await applicantEmployer(deps.db, actor, body.payload);
  const calendar = await loadWorkingCalendar(deps.db);
  return deps.db.transaction(async (tx) => {
    const d = await updateDossierIfVersion(tx, before.id, body.version, {
      ...place,
      applicantName: body.applicantName.trim(),
      employerId,
      payload: body.payload,
    });
    if (!d) {
      const current = await selectDossier(tx, before.id);
      throw new AppError('CONFLICT', {
        vi: 'Bản nháp vừa được lưu hoặc nộp ở nơi khác; vui lòng tải lại',
        en: 'The draft was saved or submitted elsewhere in the meantime; reload it',
        details: {
          current: current && { status: current.status, stepCode: current.stepCode, version: current.version },
        },
      });
    }
    await writeAudit(tx, input.ctx, {
      action: 'dossier_update',
      entityType: 'dossier',
      entityId: d.id,
      unitCode: d.communeCode ?? d.provinceCode,
      provinceCode: d.provinceCode,
      before: {
        applicantName: before.applicantName,
        unitCode: before.communeCode ?? before.provinceCode,
        version: before.version,
      },
      after: { applicantName: d.applicantName, unitCode: d.communeCode ?? d.provinceCode, version: d.version },
    });
    return dossierView(tx, actor, d, calendar);
  });
}

/** A unit filter of a dossier list: inside the actor's scope, or 403 (units are public reference data). */
async function unitScope(db: DbOrTx, actor: Actor, unitCode: string) {
  const unit = unitCode.length === 2 ? undefined : await findUnit(db, unitCode, todayInVietnam());
  const place =
    unitCode.length === 2
      ? { provinceCode: unitCode, communeCode: null }
      : { provinceCode: unit?.provinceCode ?? '--', communeCode: unitCode };
  authorizeUnit(actor, 'read', dossierResource, place);
  return place.communeCode
    ? ({ kind: 'commune', provinceCode: place.provinceCode, communeCode: place.communeCode } as const)
    : ({ kind: 'province', provinceCode: place.provinceCode } as const);
}

/**
 * The plain list of dossiers, newest first: officers and leaders those of their unit scope (dossiers.policy.ts)
 * without the applicants' unsubmitted drafts, an employer account every dossier of its employer, drafts included
 * (one not linked to the register: those it filed).
 */
export async function listDossiers(input: { ctx: RequestContext; query: DossierListQueryT }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const q = input.query;
  let owner: Parameters<typeof selectDossierList>[1]['owner'];
  if (actor.role === 'employer') {
    authorize(actor, 'read', dossierResource);
    owner = actor.employerId != null ? { employerId: actor.employerId } : { createdBy: actor.id };
  } else {
    const scope = listScope(actor, 'read', dossierResource);
    owner = { scope: q.unitCode ? await unitScope(deps.db, actor, q.unitCode) : scope, reader: actor.id };
  }
  const text = q.q ? searchText(q.q) : '';
  const { rows, count, ...cursors } = await selectDossierList(deps.db, {
    owner,
    typeCode: q.typeCode,
    status: q.status,
    stepCode: q.stepCode,
    q: text || undefined,
    submittedFrom: q.submittedFrom,
    submittedTo: q.submittedTo,
    exact: q.count === 'exact',
    page: q.page,
    pageSize: q.pageSize,
    cursor: q.cursor,
  });
  const today = todayInVietnam();
  const calendar = await loadWorkingCalendar(deps.db);
  return { items: rows.map((r) => presentListItem(r.dossier, calendar, today)), ...pageBody(q, count, cursors) };
}

export async function getDossier(input: { ctx: RequestContext; id: number }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  return dossierView(deps.db, actor, await visibleDossier(deps.db, actor, input.id));
}

export async function dossierHistory(input: { ctx: RequestContext; id: number }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  const rows = await selectEvents(deps.db, d.id);
  return rows.map(
    ({ event: e, decision, person }): DossierEventT => ({
      id: e.id,
      at: e.at.toISOString(),
      actedOn: e.actedOn,
      actorName: person?.fullName ?? e.actorName,
      actorUsername: person?.username ?? null,
      action: e.action,
      actionLabel: DOSSIER_ACTIONS[e.action as DossierAction] ?? { vi: e.action, en: e.action },
      fromStatus: e.fromStatus,
      fromStep: e.fromStep,
      toStatus: e.toStatus,
      toStep: e.toStep,
      comment: e.comment,
      decisionNumber: decision ? decisionNumber(decision.number, decision.symbol) : null,
    }),
  );
}

/** The one-stop desk's receipt: number, day received and the day the result is due (the decision step's due date). */
export async function dossierReceipt(input: { ctx: RequestContext; id: number }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  const version = versionOf(d, todayInVietnam());
  const receiptStep = version?.steps.find((s) => s.receipt);
  if (!version || !receiptStep || !d.receiptNo || !d.receivedOn) {
    throw new AppError('NOT_FOUND', { vi: 'Hồ sơ chưa được tiếp nhận', en: 'The dossier has not been received yet' });
  }
  const steps = await selectSteps(deps.db, d.id);
  // The result is due when the first decision step after the receipt is due (its limit counts from the receipt).
  const decisionStep = version.steps.find((s) => s.decisions?.approve) ?? receiptStep;
  const due =
    [...steps].reverse().find((s) => s.stepCode === decisionStep.code) ??
    [...steps].reverse().find((s) => s.stepCode === receiptStep.code);
  return {
    dossierId: d.id,
    receiptNo: receiptNumber(d.receiptNo, Number(d.receivedOn.slice(0, 4))),
    receivedOn: d.receivedOn,
    dueOn: due?.dueOn ?? null,
    dueProvisional: due?.dueProvisional ?? false,
    stepCode: receiptStep.code,
  };
}

/** The (type, step) pairs whose steps the actor's role acts on at the actor's unit level. */
function stepsActedOnBy(actor: Actor): string[] {
  const level = actor.unitCode?.length === 2 ? 'province' : actor.unitCode?.length === 5 ? 'commune' : 'national';
  const who = { role: actor.role, level, applicantParty: false } as const;
  const pairs = new Set<string>();
  for (const type of dossierTypes().types.values()) {
    for (const version of type.versions) {
      for (const step of version.steps) if (actsOnStep(step, who)) pairs.add(`${type.code}:${step.code}`);
    }
  }
  return [...pairs];
}

/**
 * Work queues: "mine" — dossiers waiting at the steps my role and unit level act on (for an applicant: its dossiers
 * waiting for additions or at a step it performs); "overdue" and "due_soon" — by the current step's due date.
 */
export async function dossierQueue(input: { ctx: RequestContext; query: DossierQueueQueryT }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  let scope = listScope(actor, 'read', dossierResource);
  const q = input.query;
  if (q.unitCode) scope = await unitScope(deps.db, actor, q.unitCode);
  const today = todayInVietnam();
  const calendar = await loadWorkingCalendar(deps.db);
  let rows: DossierRow[];
  if (actor.role === 'employer') {
    const applicant = actor.employerId != null ? { employerId: actor.employerId } : { createdBy: actor.id };
    rows = await selectApplicantQueue(deps.db, applicant, q.limit);
  } else if (q.view === 'mine') {
    const level = scopeOf(actor).kind === 'commune' ? 'commune' : 'province';
    rows = await selectQueue(deps.db, {
      scope,
      level,
      pairs: stepsActedOnBy(actor),
      stepCode: q.stepCode,
      limit: q.limit,
    });
  } else if (q.view === 'overdue') {
    rows = await selectQueue(deps.db, { scope, dueBefore: today, stepCode: q.stepCode, limit: q.limit });
  } else {
    const until = addWorkingDays(calendar, today, q.days).date;
    rows = await selectQueue(deps.db, { scope, dueFrom: today, dueTo: until, stepCode: q.stepCode, limit: q.limit });
  }
  return {
    items: rows.map((d) => {
      const item = presentListItem(d, calendar, today);
      return {
        ...item,
        stepCode: d.stepCode ?? '',
        stepName: item.step?.name ?? item.statusLabel,
        level: item.step?.level ?? '',
        overdue: d.dueOn !== null && d.dueOn < today,
      };
    }),
  };
}

/** The SLA summary of a period per unit, type and step. */
export async function dossierSla(input: { ctx: RequestContext; query: DossierSlaQueryT }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  let scope = listScope(actor, 'sla', dossierResource);
  const { from, to, unitCode } = input.query;
  if (from > to) {
    throw new AppError('VALIDATION', {
      details: [{ field: 'to', message: 'trước ngày bắt đầu', messageEn: 'before from' }],
    });
  }
  if (unitCode) {
    const unit = unitCode.length === 5 ? await findUnit(deps.db, unitCode, todayInVietnam()) : undefined;
    const place = {
      provinceCode: unitCode.length === 2 ? unitCode : (unit?.provinceCode ?? '--'),
      communeCode: unitCode.length === 5 ? unitCode : null,
    };
    authorizeUnit(actor, 'sla', dossierResource, place);
    scope = place.communeCode
      ? { kind: 'commune', provinceCode: place.provinceCode, communeCode: place.communeCode }
      : { kind: 'province', provinceCode: place.provinceCode };
  }
  const rows = await selectSla(deps.db, { scope, from, to });
  return {
    items: rows.map((r) => {
      const type = dossierTypes().types.get(r.typeCode);
      const step = type?.versions.flatMap((v) => v.steps).find((s) => s.code === r.stepCode);
      return {
        ...r,
        stepName: step?.name ?? { vi: r.stepCode, en: r.stepCode },
        averageDays: r.averageDays === null ? null : Number(r.averageDays),
      };
    }),
  };
}
