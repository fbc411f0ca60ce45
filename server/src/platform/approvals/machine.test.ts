import { DOSSIER_ACTIONS, DOSSIER_STATUSES, type DossierAction, type DossierStatus } from '@lmis/contracts';
import { describe, expect, it } from 'vitest';
import type { VersionDeclT } from './declaration.ts';
import { type MachineActor, type MachineState, transition } from './machine.ts';
import { dossierTypes, loadDossierTypes, versionOn } from './registry.ts';

/** A small type with a commune step, a province step with a decision, and a recovery step. */
const VERSION: VersionDeclT = {
  validFrom: '2020-01-01',
  validTo: null,
  legalSource: 'test',
  grade: 'A',
  clockOnAdditions: 'restart',
  withdrawBefore: 'decide',
  notes: [],
  steps: [
    {
      code: 'receive',
      name: { vi: 'Tiếp nhận', en: 'Receive' },
      actor: { roles: ['commune_officer'], level: 'commune' },
      limit: { days: 2, unit: 'working' },
      documents: [],
      actions: ['accept', 'request_additions', 'return'],
      legalSource: 'x',
      grade: 'A',
    },
    {
      code: 'decide',
      name: { vi: 'Quyết định', en: 'Decide' },
      actor: { roles: ['province_officer'], level: 'province' },
      limit: { days: 7, unit: 'working' },
      documents: [],
      actions: ['approve', 'refuse', 'return'],
      decisions: { approve: { agency: 'labour_department', form: 'x', subject: { vi: 'x', en: 'x' } } },
      legalSource: 'x',
      grade: 'A',
    },
    {
      code: 'review',
      name: { vi: 'Thu hồi', en: 'Recovery' },
      actor: { roles: ['province_officer'], level: 'province' },
      limit: null,
      documents: [],
      actions: ['accept', 'recover'],
      decisions: { recover: { agency: 'labour_department', form: 'x', subject: { vi: 'x', en: 'x' } } },
      legalSource: 'x',
      grade: 'A',
    },
  ],
};

const applicant: MachineActor = { role: 'employer', level: 'province', applicantParty: true };
const commune: MachineActor = { role: 'commune_officer', level: 'commune', applicantParty: false };
const province: MachineActor = { role: 'province_officer', level: 'province', applicantParty: false };
const full = { comment: 'lý do', signerName: 'Nguyễn Văn A', signerPosition: 'Giám đốc' };

/** Every (state, action, actor) the machine allows; everything else must be refused. */
const ALLOWED: [DossierStatus, string | null, boolean, DossierAction, MachineActor, DossierStatus, string | null][] = [
  ['draft', null, false, 'submit', applicant, 'in_progress', 'receive'],
  ['draft', null, false, 'cancel', applicant, 'cancelled', null],
  ['returned', null, false, 'submit', applicant, 'in_progress', 'receive'],
  ['returned', null, false, 'cancel', applicant, 'cancelled', null],
  ['in_progress', 'receive', false, 'accept', commune, 'in_progress', 'decide'],
  ['in_progress', 'receive', false, 'request_additions', commune, 'awaiting_additions', 'receive'],
  ['in_progress', 'receive', false, 'return', commune, 'returned', null],
  ['in_progress', 'receive', false, 'withdraw', applicant, 'withdrawn', null],
  ['awaiting_additions', 'receive', false, 'resubmit', applicant, 'in_progress', 'receive'],
  ['awaiting_additions', 'receive', false, 'withdraw', applicant, 'withdrawn', null],
  ['in_progress', 'decide', false, 'approve', province, 'in_progress', 'review'],
  ['in_progress', 'decide', false, 'refuse', province, 'refused', null],
  ['in_progress', 'decide', false, 'return', province, 'returned', null],
  ['in_progress', 'decide', false, 'withdraw', applicant, 'withdrawn', null],
  ['in_progress', 'review', true, 'accept', province, 'completed', null],
  ['in_progress', 'review', true, 'recover', province, 'recovered', null],
];

const STATES: MachineState[] = [
  { status: 'draft', stepCode: null, decided: false },
  { status: 'returned', stepCode: null, decided: false },
  { status: 'in_progress', stepCode: 'receive', decided: false },
  { status: 'awaiting_additions', stepCode: 'receive', decided: false },
  { status: 'in_progress', stepCode: 'decide', decided: false },
  { status: 'in_progress', stepCode: 'review', decided: true },
  ...(['completed', 'refused', 'withdrawn', 'cancelled', 'recovered'] as const).map((status) => ({
    status,
    stepCode: null,
    decided: true,
  })),
];

describe('approval state machine', () => {
  for (const [status, stepCode, decided, action, who, toStatus, toStep] of ALLOWED) {
    it(`allows ${action} by ${who.role} when ${status}${stepCode ? ` at ${stepCode}` : ''}`, () => {
      const result = transition(VERSION, { status, stepCode, decided }, action, who, full);
      expect(result).toMatchObject({ ok: true, next: { status: toStatus, stepCode: toStep } });
    });
  }

  it('refuses every other action, actor and state with a Vietnamese reason', () => {
    let refused = 0;
    for (const state of STATES) {
      for (const action of Object.keys(DOSSIER_ACTIONS) as DossierAction[]) {
        for (const who of [applicant, commune, province]) {
          const allowed = ALLOWED.some(
            (a) => a[0] === state.status && a[1] === state.stepCode && a[3] === action && a[4] === who,
          );
          const result = transition(VERSION, state, action, who, full);
          expect(result.ok, `${state.status}/${state.stepCode} ${action} by ${who.role}`).toBe(allowed);
          if (!result.ok) {
            refused += 1;
            expect(result.vi.length).toBeGreaterThan(10);
          }
        }
      }
    }
    expect(refused).toBe(STATES.length * Object.keys(DOSSIER_ACTIONS).length * 3 - ALLOWED.length);
  });

  it('refuses a commune officer on a province step, naming who acts there', () => {
    const result = transition(
      VERSION,
      { status: 'in_progress', stepCode: 'decide', decided: false },
      'approve',
      commune,
      full,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'WRONG_ACTOR',
      vi: 'Bước «Quyết định» do cán bộ cấp tỉnh thực hiện',
    });
  });

  it('refuses a refusal without reasons and a decision without its signer', () => {
    const at = { status: 'in_progress', stepCode: 'decide', decided: false } as const;
    expect(transition(VERSION, at, 'refuse', province, {})).toMatchObject({ ok: false, code: 'MISSING_INPUT' });
    expect(transition(VERSION, at, 'approve', province, { signerName: 'A' })).toMatchObject({
      ok: false,
      code: 'MISSING_INPUT',
    });
  });

  it('says which state refuses an action', () => {
    const result = transition(
      VERSION,
      { status: 'refused', stepCode: null, decided: false },
      'submit',
      applicant,
      full,
    );
    expect(result).toMatchObject({ ok: false, vi: 'Không thể «nộp hồ sơ» khi hồ sơ bị từ chối' });
  });

  it('numbers a decision on approve and on recover only', () => {
    const approve = transition(
      VERSION,
      { status: 'in_progress', stepCode: 'decide', decided: false },
      'approve',
      province,
      full,
    );
    expect(approve).toMatchObject({ ok: true, decision: 'approve', next: { decided: true } });
    const accept = transition(
      VERSION,
      { status: 'in_progress', stepCode: 'receive', decided: false },
      'accept',
      commune,
      full,
    );
    expect(accept).toMatchObject({ ok: true, decision: null });
  });

  it('covers every status the contracts declare', () => {
    expect(new Set(STATES.map((s) => s.status))).toEqual(new Set(Object.keys(DOSSIER_STATUSES)));
  });
});

describe('declared dossier types', () => {
  it('loads the three training-support schemes and judges a dossier by the version valid on its date', () => {
    const { types } = loadDossierTypes();
    const covid = types.get('training_support_covid');
    const ui = types.get('training_support_ui');
    expect(covid && versionOn(covid, '2022-06-30')?.validFrom).toBe('2021-07-07');
    expect(covid && versionOn(covid, '2022-07-01')).toBeUndefined();
    expect(ui && versionOn(ui, '2025-12-31')?.legalSource).toMatch(/NĐ 28\/2015/);
    expect(ui && versionOn(ui, '2026-01-01')?.legalSource).toMatch(/NĐ 374\/2025/);
  });

  it('declares the whole QĐ 23/2021 Art. 12 chain of time limits', () => {
    const covid = dossierTypes().types.get('training_support_covid');
    const limits = covid?.versions[0]?.steps.map((s) => [s.code, s.limit?.days ?? null, s.limit?.unit ?? null]);
    expect(limits).toEqual([
      ['si_confirmation', 2, 'working'],
      ['appraise', 7, 'working'],
      ['decide', 7, 'working'],
      ['si_payment', 3, 'working'],
      ['pay_institution', 2, 'working'],
      ['settlement', 45, 'calendar'],
      ['recovery_review', 5, 'working'],
    ]);
  });
});
