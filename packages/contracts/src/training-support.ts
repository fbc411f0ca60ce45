import Type, { type Static } from 'typebox';
import { IsoDate, LiteralUnion, Wording } from './common.ts';
import { Id, MultilineText, PlainText, Version } from './formats.ts';

/**
 * Employer training support to keep jobs: the application held in a dossier's payload (QĐ 23/2021/QĐ-TTg Mẫu số 03
 * and the plan of Mẫu số 02; NĐ 28/2015 Art. 3–4 as amended by NĐ 61/2020; Luật Việc làm 74/2025 Art. 42 with
 * NĐ 374/2025 Art. 23), its assessment, the trainee list read from a file, and the payment, result and recovery.
 */

/** An amount in đồng (VND), whole. */
const Vnd = (opts: { minimum?: number; maximum?: number } = {}) =>
  Type.Integer({ minimum: 0, maximum: 1_000_000_000_000, ...opts });

export const TRAINING_SUPPORT_TYPES = ['training_support_covid', 'training_support_ui'] as const;
export type TrainingSupportTypeCode = (typeof TRAINING_SUPPORT_TYPES)[number];

/** One worker of the plan (Mẫu 02 Phụ lục I), by personal ID; communeCode (residence) only to register someone unknown. */
export const TrainingSupportTrainee = Type.Object({
  personId: Type.String({ pattern: '^\\d{12}$', description: 'Số định danh cá nhân (12 chữ số)' }),
  fullName: PlainText({ minLength: 1, maxLength: 200 }),
  birthDate: IsoDate,
  contractType: PlainText({ minLength: 1, maxLength: 200 }),
  contractStartDate: IsoDate,
  siBookNo: PlainText({ minLength: 1, maxLength: 20 }),
  trade: PlainText({ minLength: 1, maxLength: 300 }),
  communeCode: Type.Union([Type.String({ pattern: '^\\d{5}$' }), Type.Null()]),
});
export type TrainingSupportTraineeT = Static<typeof TrainingSupportTrainee>;

export const TrainingSupportApplication = Type.Object({
  /** The applicant in the employers register. */
  employerId: Id(),
  /** The quarter before filing against the same quarter of 2019 or 2020 (QĐ 23/2021 Art. 9(3)); covid scheme only. */
  revenue: Type.Union([
    Type.Object({
      quarter: Type.String({ pattern: '^\\d{4}-Q[1-4]$', description: 'YYYY-Qn' }),
      amount: Vnd(),
      baseYear: Type.Union([Type.Literal(2019), Type.Literal(2020)]),
      baseAmount: Vnd({ minimum: 1 }),
    }),
    Type.Null(),
  ]),
  /** Months of unemployment-insurance contributions up to filing, with the social-insurance confirmation. */
  uiContribution: Type.Object({
    months: Type.Integer({ minimum: 0, maximum: 600 }),
    confirmationNo: PlainText({ minLength: 1, maxLength: 100 }),
    confirmationDate: IsoDate,
  }),
  /** The change of structure or technology (Labour Code 2019 Art. 42(1)). */
  structureChange: MultilineText({ minLength: 1, maxLength: 8000 }),
  plan: Type.Object({
    /** null: the employer trains its workers itself (QĐ 23/2021 Art. 9(4)). */
    institutionId: Type.Union([Id(), Type.Null()]),
    trades: Type.Array(PlainText({ minLength: 1, maxLength: 300 }), { minItems: 1, maxItems: 50 }),
    startDate: IsoDate,
    endDate: IsoDate,
    /** Actual tuition per worker for the whole course. */
    costPerWorker: Vnd(),
  }),
  trainees: Type.Array(TrainingSupportTrainee, { minItems: 1, maxItems: 5000 }),
});
export type TrainingSupportApplicationT = Static<typeof TrainingSupportApplication>;

/** POST /api/training-support/assessment: a draft application judged without writing anything. */
export const TrainingSupportAssessmentBody = Type.Intersect([
  TrainingSupportApplication,
  Type.Object({
    typeCode: LiteralUnion(TRAINING_SUPPORT_TYPES),
    /** The filing day the application is judged on (today when absent). */
    on: Type.Optional(IsoDate),
  }),
]);
export type TrainingSupportAssessmentBodyT = Static<typeof TrainingSupportAssessmentBody>;

export const TrainingSupportCheck = Type.Object({
  /** revenue_decline, ui_months, filing_window, plan, structure_change, overlap */
  code: Type.String(),
  passed: Type.Boolean(),
  label: Wording,
  detail: Wording,
  legalSource: Type.String(),
  /** A: verified; B/C: shown "chưa xác minh". */
  grade: Type.String(),
});

export const TrainingSupportRate = Type.Object({
  monthlyCap: Type.Integer(),
  maxMonths: Type.Integer(),
  legalSource: Type.String(),
  grade: Type.String(),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
});

export const TrainingSupportOverlap = Type.Object({
  /** Null when the other dossier lies outside the reader's scope (only the fact of the overlap is told). */
  dossierId: Type.Union([Type.Integer(), Type.Null()]),
  startDate: Type.String(),
  endDate: Type.String(),
});

export const TrainingSupportAssessedTrainee = Type.Object({
  personId: Type.String(),
  fullName: Type.String(),
  /** In halves of a month: 2.5. */
  months: Type.Number(),
  amount: Type.Integer(),
  overlaps: Type.Array(TrainingSupportOverlap),
});

export const TrainingSupportAssessment = Type.Object({
  checks: Type.Array(TrainingSupportCheck),
  /** Null when no rate is valid on the day (the application lies outside every version). */
  rate: Type.Union([TrainingSupportRate, Type.Null()]),
  trainees: Type.Array(TrainingSupportAssessedTrainee),
  totalAmount: Type.Integer(),
  /** (base − amount) / base, one decimal; null without revenue figures. */
  revenueDeclinePct: Type.Union([Type.Number(), Type.Null()]),
  /** Frozen on approval: the amounts no longer follow later rate changes. */
  frozen: Type.Boolean(),
});
export type TrainingSupportAssessmentT = Static<typeof TrainingSupportAssessment>;

/** POST /api/training-support/trainee-list: the Mẫu 02 Phụ lục I list read from .xlsx/.xls/.csv. */
export const TraineeListRowError = Type.Object({
  /** The row number in the file (1-based, as the spreadsheet shows it). */
  row: Type.Integer(),
  field: Type.String(),
  message: Type.String(),
  messageEn: Type.String(),
});
export const TraineeListParse = Type.Object({
  rows: Type.Array(TrainingSupportTrainee),
  errors: Type.Array(TraineeListRowError),
});
export type TraineeListParseT = Static<typeof TraineeListParse>;

/** POST /api/training-support/dossiers/:id/payment, at the payment step (si_payment, si_advance). */
export const TrainingSupportPaymentBody = Type.Object({
  version: Version(),
  paidOn: IsoDate,
  amount: Vnd({ minimum: 1 }),
  reference: PlainText({ minLength: 1, maxLength: 200 }),
});
export type TrainingSupportPaymentBodyT = Static<typeof TrainingSupportPaymentBody>;

export const TrainingSupportPayment = Type.Object({
  id: Type.Integer(),
  stepCode: Type.String(),
  paidOn: Type.String(),
  amount: Type.Integer(),
  reference: Type.String(),
  recordedByName: Type.String(),
  recordedAt: Type.String(),
});
export type TrainingSupportPaymentT = Static<typeof TrainingSupportPayment>;

/** PUT /api/training-support/dossiers/:id/result: the employer's training-result report, at the settlement step. */
export const TrainingSupportResultBody = Type.Object({
  version: Version(),
  /** What the training actually cost in total. */
  actualCost: Vnd(),
  /**
   * The date of the employer's result report as written on it (QĐ 23/2021 Art. 12(6)); today when not given. It is
   * the date the recovery decision (Mẫu 04b) cites, so a report received on paper keeps its own date.
   */
  reportedOn: Type.Optional(IsoDate),
  trainees: Type.Array(
    Type.Object({
      personId: Type.String({ pattern: '^\\d{12}$' }),
      completed: Type.Boolean(),
      certificateNo: Type.Union([PlainText({ minLength: 1, maxLength: 100 }), Type.Null()]),
      /** Still employed after the training (kept the job). */
      kept: Type.Boolean(),
    }),
    { minItems: 1, maxItems: 5000 },
  ),
});
export type TrainingSupportResultBodyT = Static<typeof TrainingSupportResultBody>;

export const TrainingSupportRecoveryTrainee = Type.Object({
  personId: Type.String(),
  fullName: Type.String(),
  amount: Type.Integer(),
  completed: Type.Union([Type.Boolean(), Type.Null()]),
  certificateNo: Type.Union([Type.String(), Type.Null()]),
  kept: Type.Union([Type.Boolean(), Type.Null()]),
  /**
   * The whole amount when the worker did not complete or was not kept (Mẫu 02 item 5(b)), as far as it was paid;
   * else 0.
   */
  recoverAmount: Type.Integer(),
  reason: Type.Union([Wording, Type.Null()]),
});

/** GET /api/training-support/dossiers/:id/recovery and the answer of the result report. */
export const TrainingSupportRecovery = Type.Object({
  dossierId: Type.Integer(),
  /** The approved (frozen) total; null before approval. */
  approvedAmount: Type.Union([Type.Integer(), Type.Null()]),
  paidAmount: Type.Integer(),
  payments: Type.Array(TrainingSupportPayment),
  /** Null until the result is reported. */
  actualCost: Type.Union([Type.Integer(), Type.Null()]),
  resultReportedOn: Type.Union([Type.String(), Type.Null()]),
  trainees: Type.Array(TrainingSupportRecoveryTrainee),
  /** Sum of the workers' recoveries. */
  traineeRecovery: Type.Integer(),
  /** Paid − actual cost when positive (QĐ 23/2021 Art. 12(6)); it overlaps the workers' amounts. */
  unspentFunds: Type.Integer(),
  /** The unspent funds beyond the workers' amounts: totalRecovery − traineeRecovery (the two parts of Mẫu 04b). */
  unspentRecovery: Type.Integer(),
  /**
   * What is to be recovered: paid − what the employer keeps (the amounts of the workers who completed and were kept,
   * never more than the actual cost), so the same đồng is never claimed twice.
   */
  totalRecovery: Type.Integer(),
  /** Set by the recovery decision (`recover`): the amount frozen then. */
  recoveredAmount: Type.Union([Type.Integer(), Type.Null()]),
  legalSource: Type.String(),
});
export type TrainingSupportRecoveryT = Static<typeof TrainingSupportRecovery>;

export const TrainingSupportDossierParams = Type.Object({ id: Id() });
export const TrainingSupportDecisionParams = Type.Object({ id: Id(), decisionId: Id() });
