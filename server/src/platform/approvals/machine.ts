import { DOSSIER_ACTIONS, DOSSIER_STATUSES, type DossierAction, type DossierStatus } from '@lmis/contracts';
import type { StepDeclT, VersionDeclT } from './declaration.ts';

/**
 * The approval engine's state machine, pure: given a type version, a dossier's state and an action by an actor,
 * the next state and what the transition does to the step clocks and decisions — or a refusal with a message that
 * says why in Vietnamese and English. No I/O; the dossiers service applies the outcome in one transaction.
 *
 * States: draft → (submit) in_progress at the first step → each step's actions → completed, or refused, returned
 * (the applicant corrects and submits again, a new receipt), awaiting_additions (the clock stops until the applicant
 * resubmits), withdrawn, cancelled, recovered (a recovery decision after payment).
 */
export interface MachineState {
  status: DossierStatus;
  stepCode: string | null;
  /** Whether a decision (approve) has been issued: the applicant can no longer withdraw. */
  decided: boolean;
}

/** Who acts, as the machine needs it; the service derives it from the account and the dossier. */
export interface MachineActor {
  role: string;
  /** The unit level the account works at. */
  level: 'national' | 'province' | 'commune';
  /** The applicant's side: the account that filed the dossier, or an officer who files for applicants. */
  applicantParty: boolean;
}

export interface MachineInput {
  comment?: string | null;
  signerName?: string | null;
  signerPosition?: string | null;
}

export type ClockEffect =
  /** Close the current step (with the action as outcome) and open `openStep`, if any. */
  | { kind: 'advance'; closeStep: string | null; openStep: string | null }
  /** Stop the current step's clock (request for additions). */
  | { kind: 'pause'; step: string }
  /** Start the current step's clock again (resubmission). */
  | { kind: 'resume'; step: string }
  | { kind: 'none' };

export type MachineResult =
  | {
      ok: true;
      next: MachineState;
      clock: ClockEffect;
      /** A decision to number and record (approve: support; recover: recovery). */
      decision: 'approve' | 'recover' | null;
    }
  | { ok: false; code: 'NOT_ALLOWED' | 'WRONG_ACTOR' | 'MISSING_INPUT'; vi: string; en: string };

const TERMINAL: readonly DossierStatus[] = ['completed', 'refused', 'withdrawn', 'cancelled', 'recovered'];
const APPLICANT_ACTIONS: readonly DossierAction[] = ['submit', 'resubmit', 'withdraw', 'cancel'];
/** Actions that must say why: a refusal states its reasons (QĐ 23/2021/QĐ-TTg Art. 12(3)); a return or a request
 * for additions says what is wrong or missing, once and completely (NĐ 61/2018/NĐ-CP Art. 19). */
const NEEDS_COMMENT: readonly DossierAction[] = ['refuse', 'return', 'request_additions'];
const DECISIONS: readonly DossierAction[] = ['approve', 'recover'];

const refuse = (code: 'NOT_ALLOWED' | 'WRONG_ACTOR' | 'MISSING_INPUT', vi: string, en: string): MachineResult => ({
  ok: false,
  code,
  vi,
  en,
});

function notInState(action: DossierAction, state: MachineState, step?: StepDeclT): MachineResult {
  const a = DOSSIER_ACTIONS[action];
  const s = DOSSIER_STATUSES[state.status];
  const where = step ? ` ở bước «${step.name.vi}»` : '';
  const whereEn = step ? ` at step "${step.name.en}"` : '';
  return refuse(
    'NOT_ALLOWED',
    `Không thể «${a.vi.toLowerCase()}» khi hồ sơ ${s.vi.toLowerCase()}${where}`,
    `Cannot "${a.en.toLowerCase()}" a dossier that is ${s.en.toLowerCase()}${whereEn}`,
  );
}

const LEVEL_VI = { province: 'cán bộ cấp tỉnh', commune: 'cán bộ cấp xã', applicant: 'người nộp hồ sơ' } as const;
const LEVEL_EN = { province: 'a province officer', commune: 'a commune officer', applicant: 'the applicant' } as const;

/** Whether the actor is the one the step names: its role at its level, or the applicant's side. */
export function actsOnStep(step: StepDeclT, who: MachineActor): boolean {
  if (step.actor.level === 'applicant') return who.applicantParty && step.actor.roles.includes(who.role as never);
  return step.actor.roles.includes(who.role as never) && who.level === step.actor.level;
}

function missingInput(action: DossierAction, input: MachineInput): MachineResult | null {
  if (NEEDS_COMMENT.includes(action) && !input.comment?.trim()) {
    return refuse('MISSING_INPUT', 'Cần nêu rõ lý do hoặc nội dung cần bổ sung', 'State the reasons or what to add');
  }
  if (DECISIONS.includes(action) && (!input.signerName?.trim() || !input.signerPosition?.trim())) {
    return refuse(
      'MISSING_INPUT',
      'Quyết định cần họ tên và chức vụ người ký',
      'A decision needs the signer and position',
    );
  }
  return null;
}

const stepIndex = (version: VersionDeclT, code: string | null) => version.steps.findIndex((s) => s.code === code);

function applicantAction(
  version: VersionDeclT,
  state: MachineState,
  action: DossierAction,
  who: MachineActor,
): MachineResult {
  if (!who.applicantParty) {
    return refuse(
      'WRONG_ACTOR',
      'Chỉ người nộp hồ sơ mới thực hiện được thao tác này',
      'Only the applicant may do this',
    );
  }
  const first = version.steps[0] as StepDeclT;
  const current = stepIndex(version, state.stepCode);
  const withdrawable = !state.decided && current >= 0 && current <= stepIndex(version, version.withdrawBefore);
  switch (action) {
    case 'submit':
      if (state.status !== 'draft' && state.status !== 'returned') return notInState(action, state);
      return {
        ok: true,
        next: { status: 'in_progress', stepCode: first.code, decided: false },
        clock: { kind: 'advance', closeStep: null, openStep: first.code },
        decision: null,
      };
    case 'cancel':
      if (state.status !== 'draft' && state.status !== 'returned') return notInState(action, state);
      return {
        ok: true,
        next: { ...state, status: 'cancelled', stepCode: null },
        clock: { kind: 'none' },
        decision: null,
      };
    case 'resubmit':
      if (state.status !== 'awaiting_additions' || !state.stepCode) return notInState(action, state);
      return {
        ok: true,
        next: { ...state, status: 'in_progress' },
        clock: { kind: 'resume', step: state.stepCode },
        decision: null,
      };
    default: {
      // withdraw
      if ((state.status !== 'in_progress' && state.status !== 'awaiting_additions') || !withdrawable) {
        return notInState(action, state, version.steps[current]);
      }
      return {
        ok: true,
        next: { ...state, status: 'withdrawn', stepCode: null },
        clock: { kind: 'advance', closeStep: state.stepCode, openStep: null },
        decision: null,
      };
    }
  }
}

/** The next state for an action, or why not. */
export function transition(
  version: VersionDeclT,
  state: MachineState,
  action: DossierAction,
  who: MachineActor,
  input: MachineInput = {},
): MachineResult {
  if (TERMINAL.includes(state.status)) return notInState(action, state);
  const missing = missingInput(action, input);
  if (APPLICANT_ACTIONS.includes(action)) return missing ?? applicantAction(version, state, action, who);
  const index = stepIndex(version, state.stepCode);
  const step = version.steps[index];
  if (state.status !== 'in_progress' || !step) return notInState(action, state, step);
  if (!step.actions.includes(action as never)) return notInState(action, state, step);
  if (!actsOnStep(step, who)) {
    const level = step.actor.level;
    return refuse(
      'WRONG_ACTOR',
      `Bước «${step.name.vi}» do ${LEVEL_VI[level]} thực hiện`,
      `Step "${step.name.en}" is performed by ${LEVEL_EN[level]}`,
    );
  }
  if (missing) return missing;
  const following = version.steps[index + 1];
  switch (action) {
    case 'accept':
    case 'approve':
      return {
        ok: true,
        next: following
          ? { status: 'in_progress', stepCode: following.code, decided: state.decided || action === 'approve' }
          : { status: 'completed', stepCode: null, decided: state.decided || action === 'approve' },
        clock: { kind: 'advance', closeStep: step.code, openStep: following?.code ?? null },
        decision: action === 'approve' ? 'approve' : null,
      };
    case 'request_additions':
      return {
        ok: true,
        next: { ...state, status: 'awaiting_additions' },
        clock: { kind: 'pause', step: step.code },
        decision: null,
      };
    case 'return':
      return {
        ok: true,
        next: { status: 'returned', stepCode: null, decided: state.decided },
        clock: { kind: 'advance', closeStep: step.code, openStep: null },
        decision: null,
      };
    case 'refuse':
      return {
        ok: true,
        next: { ...state, status: 'refused', stepCode: null },
        clock: { kind: 'advance', closeStep: step.code, openStep: null },
        decision: null,
      };
    default:
      // recover
      return {
        ok: true,
        next: { ...state, status: 'recovered', stepCode: null },
        clock: { kind: 'advance', closeStep: step.code, openStep: null },
        decision: 'recover',
      };
  }
}

/** The actions the actor could take now (for the client's buttons; the server still decides each request). */
export function allowedActions(version: VersionDeclT, state: MachineState, who: MachineActor): DossierAction[] {
  const input = { comment: 'x', signerName: 'x', signerPosition: 'x' };
  return (Object.keys(DOSSIER_ACTIONS) as DossierAction[]).filter((a) => transition(version, state, a, who, input).ok);
}
