import type { DossierAction, DossierT, DossierTransitionBodyT } from '@lmis/contracts';
import {
  agencyOn,
  type ClockInterval,
  daysUsed,
  dossierHooks,
  dossierTypes,
  dueAfter,
  type HookDecision,
  limitStart,
  pauseClock,
  resumeClock,
  type StepDeclT,
  stepOf,
  takeDecisionNumber,
  takeReceiptNumber,
  transition,
  type VersionDeclT,
} from '../../platform/approvals/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { CalendarNotCovered, loadWorkingCalendar, type WorkingCalendar } from '../../platform/calendar/index.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/policy/index.ts';
import { capabilityFor, machineActor, requireVersion, stateOf, versionOf } from './dossier-view.ts';
import { dossierResource } from './dossiers.policy.ts';
import {
  type DossierRow,
  type DossierStepRow,
  insertDecision,
  insertEvent,
  insertStep,
  selectAttachments,
  selectDecisions,
  selectDossier,
  selectEvents,
  selectSteps,
  updateDossier,
  updateDossierIfVersion,
  updateStep,
} from './dossiers.queries.ts';
import { type DossiersDeps, dossierView, visibleDossier } from './dossiers.service.ts';

/** Thrown inside the transaction when the row moved since it was read; answered 409 with the current state. */
class StaleVersion extends Error {}

const viDate = (iso: string) => iso.split('-').reverse().join('/');

async function conflict(db: DbOrTx, id: number): Promise<AppError> {
  const current = await selectDossier(db, id);
  return new AppError('CONFLICT', {
    vi: 'Hồ sơ vừa được người khác xử lý; trạng thái hiện tại được gửi kèm, vui lòng tải lại',
    en: 'Someone else has just acted on the dossier; its current state is attached',
    details: { current: current && { status: current.status, stepCode: current.stepCode, version: current.version } },
  });
}

function calendarGuard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarNotCovered) {
      throw new AppError('BAD_REQUEST', {
        vi: `Lịch ngày làm việc năm ${error.year} chưa có trong hệ thống; quản trị viên cần bổ sung`,
        en: `The working calendar of ${error.year} is not in the system yet`,
      });
    }
    throw error;
  }
}

/** Required documents of the step without an attachment: the step cannot be passed until they are ticked off. */
async function missingDocuments(db: DbOrTx, d: DossierRow, step: StepDeclT) {
  const required = step.documents.filter((doc) => doc.required);
  if (required.length === 0) return [];
  const have = new Set((await selectAttachments(db, d.id)).map((a) => a.documentCode));
  return required.filter((doc) => !have.has(doc.code));
}

/** The day each step's limit may count from: the start of its latest counted run. */
function stepStarts(steps: DossierStepRow[]): Map<string, string> {
  const starts = new Map<string, string>();
  for (const s of steps) {
    const counted = (s.intervals as ClockInterval[]).find((i) => i.counted);
    starts.set(s.stepCode, counted?.from ?? s.startedOn);
  }
  return starts;
}

interface Applied {
  dueOn: string | null;
  receipt: boolean;
}

/** Applies the machine's clock effect to the step rows, on the day of the act. */
async function applyClock(
  tx: DbOrTx,
  ctx: {
    d: DossierRow;
    /** The step the dossier was at before this transition. */
    fromStep: string | null;
    version: VersionDeclT;
    calendar: WorkingCalendar;
    on: string;
    action: DossierAction;
  },
  effect: ReturnType<typeof transition> & { ok: true },
): Promise<Applied> {
  const { d, fromStep, version, calendar, on, action } = ctx;
  const steps = await selectSteps(tx, d.id);
  const open = [...steps].reverse().find((s) => s.completedOn === null && s.stepCode === fromStep);
  const clock = effect.clock;
  if (clock.kind === 'pause' && open) {
    await updateStep(tx, open.id, { intervals: pauseClock(open.intervals as ClockInterval[], on) });
    return { dueOn: null, receipt: false };
  }
  if (clock.kind === 'resume' && open) {
    const decl = stepOf(version, open.stepCode);
    const resumed = calendarGuard(() =>
      resumeClock(calendar, decl?.limit ?? null, open.intervals as ClockInterval[], on, version.clockOnAdditions),
    );
    await updateStep(tx, open.id, {
      intervals: resumed.intervals,
      dueOn: resumed.due?.date ?? null,
      dueProvisional: resumed.due?.provisional ?? false,
    });
    return { dueOn: resumed.due?.date ?? null, receipt: Boolean(decl?.receipt) };
  }
  if (clock.kind !== 'advance') return { dueOn: d.dueOn, receipt: false };
  if (open) {
    const decl = stepOf(version, open.stepCode);
    const intervals = (open.intervals as ClockInterval[]).map((i) => (i.to === null ? { ...i, to: on } : i));
    await updateStep(tx, open.id, {
      intervals,
      completedOn: on,
      outcome: action,
      daysUsed: daysUsed(calendar, decl?.limit ?? null, intervals, on, { countedOnly: true }),
      late: open.dueOn !== null && on > open.dueOn,
    });
  }
  const next = clock.openStep ? stepOf(version, clock.openStep) : undefined;
  if (!next) return { dueOn: null, receipt: false };
  const start = next.limit
    ? limitStart(next.limit, on, { stepStarts: stepStarts(steps), payload: d.payload as Record<string, unknown> })
    : on;
  const due = next.limit
    ? calendarGuard(() => dueAfter(calendar, next.limit as NonNullable<StepDeclT['limit']>, start))
    : null;
  await insertStep(tx, {
    dossierId: d.id,
    provinceCode: d.provinceCode,
    communeCode: d.communeCode,
    stepCode: next.code,
    startedOn: on,
    dueOn: due?.date ?? null,
    dueProvisional: due?.provisional ?? false,
    intervals: [{ from: on, to: null, counted: true }],
  });
  return { dueOn: due?.date ?? null, receipt: Boolean(next.receipt) };
}

/**
 * One action on a dossier by the signed-in user: the capability (policy), then the engine (state, the step's role
 * and level, the required input), then one transaction that moves the row only if its version is still the one the
 * user saw, closes and opens step clocks, numbers a decision or receipt, and writes the event and the audit entry.
 */
export async function actOnDossier(
  input: { ctx: RequestContext; id: number; action: DossierAction; body: DossierTransitionBodyT },
  deps: DossiersDeps,
): Promise<DossierT> {
  const actor = requireActor(input.ctx);
  const { action, body } = input;
  const d = await visibleDossier(deps.db, actor, input.id);
  const seen = versionOf(d, todayInVietnam());
  authorize(actor, capabilityFor(action, seen && stepOf(seen, d.stepCode)), dossierResource, d);
  if (body.version !== d.version) throw await conflict(deps.db, d.id);
  const today = todayInVietnam();
  const on = body.on ?? today;
  if (on > today) {
    throw new AppError('VALIDATION', {
      vi: 'Ngày thực hiện không được sau hôm nay',
      en: 'The day of the act cannot be in the future',
      details: [{ field: 'on', message: 'sau hôm nay', messageEn: 'in the future' }],
    });
  }
  const [events, decisions] = await Promise.all([selectEvents(deps.db, d.id), selectDecisions(deps.db, d.id)]);
  const last = events.at(-1)?.event.actedOn;
  if (last && on < last) {
    throw new AppError('VALIDATION', {
      vi: `Ngày thực hiện không được trước ngày của bước trước (${viDate(last)})`,
      en: `The day of the act cannot precede the previous act (${last})`,
      details: [{ field: 'on', message: 'trước bước trước', messageEn: 'before the previous act' }],
    });
  }
  // A dossier is judged by the version of its type in force on its submission date.
  const version = requireVersion(d, d.submittedOn ?? on);
  const result = transition(version, stateOf(d, decisions), action, machineActor(actor, d), {
    comment: body.comment,
    signerName: body.signerName,
    signerPosition: body.signerPosition,
  });
  if (!result.ok) {
    throw new AppError(result.code === 'WRONG_ACTOR' ? 'FORBIDDEN' : 'BAD_REQUEST', {
      vi: result.vi,
      en: result.en,
      details: { status: d.status, stepCode: d.stepCode, version: d.version },
    });
  }
  const step = stepOf(version, d.stepCode);
  if (step && (action === 'accept' || action === 'approve' || action === 'recover')) {
    const missing = await missingDocuments(deps.db, d, step);
    if (missing.length > 0) {
      throw new AppError('VALIDATION', {
        vi: `Còn thiếu giấy tờ: ${missing.map((m) => m.name.vi).join('; ')}`,
        en: `Documents missing: ${missing.map((m) => m.name.en).join('; ')}`,
        details: missing.map((m) => ({ field: `documents.${m.code}`, message: 'chưa có tệp', messageEn: 'no file' })),
      });
    }
  }
  const calendar = await loadWorkingCalendar(deps.db);
  try {
    return await deps.db.transaction(async (tx) => {
      const next = result.next;
      const submitting = action === 'submit';
      const moved = await updateDossierIfVersion(tx, d.id, d.version, {
        status: next.status,
        stepCode: next.stepCode,
        actLevel: next.stepCode ? (stepOf(version, next.stepCode)?.actor.level ?? null) : null,
        ...(submitting && { submittedOn: on, typeVersion: version.validFrom }),
      });
      if (!moved) throw new StaleVersion();
      const applied = await applyClock(tx, { d: moved, fromStep: d.stepCode, version, calendar, on, action }, result);
      const extra: Partial<DossierRow> = { dueOn: next.status === 'in_progress' ? applied.dueOn : null };
      if (applied.receipt) {
        extra.receivedOn = on;
        extra.receiptNo = moved.receiptNo ?? (await takeReceiptNumber(tx, d.provinceCode, Number(on.slice(0, 4))));
      }
      let decisionId: number | null = null;
      let decisionText: string | null = null;
      let decisionRow: HookDecision | null = null;
      if (result.decision && step) {
        const decl = step.decisions?.[result.decision];
        const agency = decl && agencyOn(dossierTypes(), decl.agency, on);
        if (!decl || !agency) throw new Error(`dossier ${d.id}: no issuing agency for ${result.decision} on ${on}`);
        const year = Number(on.slice(0, 4));
        const issuerCode = `${d.provinceCode}/${agency.abbreviation}`;
        const number = await takeDecisionNumber(tx, issuerCode, year);
        const decision = await insertDecision(tx, {
          dossierId: d.id,
          kind: result.decision,
          issuerCode,
          year,
          number,
          symbol: `QĐ-${agency.abbreviation}`,
          decidedOn: on,
          signerName: (body.signerName ?? '').trim(),
          signerPosition: (body.signerPosition ?? '').trim(),
        });
        decisionId = decision.id;
        decisionRow = decision;
        decisionText = `${String(number).padStart(2, '0')}/${decision.symbol}`;
      }
      const final = await updateDossier(tx, d.id, extra);
      // The owning module's check and writes (training support: the application on submission, amounts frozen on
      // approval and recovery); its refusal rolls the whole transition back.
      const hook = dossierHooks(d.typeCode).beforeCommit;
      if (hook) await hook(tx, { dossier: final, action, on, actor, decision: decisionRow });
      const comment = body.comment?.trim() || null;
      await insertEvent(tx, {
        dossierId: d.id,
        actedOn: on,
        actorId: actor.id,
        actorName: actor.fullName,
        action,
        fromStatus: d.status,
        fromStep: d.stepCode,
        toStatus: next.status,
        toStep: next.stepCode,
        comment,
        decisionId,
      });
      await writeAudit(tx, input.ctx, {
        action: `dossier_${action}`,
        entityType: 'dossier',
        entityId: d.id,
        unitCode: d.communeCode ?? d.provinceCode,
        provinceCode: d.provinceCode,
        before: { status: d.status, stepCode: d.stepCode, version: d.version },
        after: { status: final.status, stepCode: final.stepCode, version: final.version, decision: decisionText },
        note: comment,
      });
      return dossierView(tx, actor, final, calendar);
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw await conflict(deps.db, d.id);
    throw error;
  }
}
