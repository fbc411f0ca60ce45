import Type, { type Static } from 'typebox';
import { IsoDate, ListPaging, LiteralUnion, Wording } from './common.ts';
import { Id, MultilineText, PlainText, Version } from './formats.ts';

const Str = Type.Union([Type.String(), Type.Null()]);

/** What can happen to a dossier; which of them a type allows at which step is declared in its data file. */
export const DOSSIER_ACTIONS = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  resubmit: { vi: 'Nộp hồ sơ đã bổ sung', en: 'Resubmit with additions' },
  accept: { vi: 'Chấp nhận, chuyển bước tiếp theo', en: 'Accept and pass on' },
  request_additions: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request additions' },
  return: { vi: 'Trả lại hồ sơ', en: 'Return the dossier' },
  refuse: { vi: 'Từ chối (nêu rõ lý do)', en: 'Refuse with reasons' },
  approve: { vi: 'Phê duyệt, ban hành quyết định', en: 'Approve with a decision' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  cancel: { vi: 'Hủy hồ sơ', en: 'Cancel' },
  recover: { vi: 'Ban hành quyết định thu hồi', en: 'Issue a recovery decision' },
} as const satisfies Record<string, { vi: string; en: string }>;
export type DossierAction = keyof typeof DOSSIER_ACTIONS;
export const DossierActionSchema = Type.Union(Object.keys(DOSSIER_ACTIONS).map((a) => Type.Literal(a)));

export const DOSSIER_STATUSES = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  in_progress: { vi: 'Đang giải quyết', en: 'In progress' },
  awaiting_additions: { vi: 'Chờ bổ sung hồ sơ', en: 'Awaiting additions' },
  returned: { vi: 'Đã trả lại', en: 'Returned' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  refused: { vi: 'Bị từ chối', en: 'Refused' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  recovered: { vi: 'Đã thu hồi kinh phí', en: 'Funds recovered' },
} as const satisfies Record<string, { vi: string; en: string }>;
export type DossierStatus = keyof typeof DOSSIER_STATUSES;

export const DossierCreate = Type.Object({
  typeCode: Type.String({ pattern: '^[a-z0-9_]{1,60}$' }),
  /** The applicant's unit: a province, or a commune (the province follows from it). */
  unitCode: Type.String({ pattern: '^\\d{2}(\\d{3})?$' }),
  applicantName: PlainText({ minLength: 1, maxLength: 300 }),
  /** The type's application content; the type's schema hook validates it. */
  payload: Type.Record(Type.String(), Type.Unknown()),
});
export type DossierCreateT = Static<typeof DossierCreate>;

/** A draft's new content, sent with the version read (409 when someone saved it in between). */
export const DossierUpdate = Type.Object({
  version: Version(),
  unitCode: DossierCreate.properties.unitCode,
  applicantName: DossierCreate.properties.applicantName,
  payload: DossierCreate.properties.payload,
});
export type DossierUpdateT = Static<typeof DossierUpdate>;

export const DossierTransitionBody = Type.Object({
  version: Version(),
  comment: Type.Optional(MultilineText({ maxLength: 4000 })),
  /** The day the act took place (a paper dossier received earlier); today when absent, never in the future. */
  on: Type.Optional(IsoDate),
  /** For a decision (approve, recover): who signs it and in which position. */
  signerName: Type.Optional(PlainText({ minLength: 1, maxLength: 200 })),
  signerPosition: Type.Optional(PlainText({ minLength: 1, maxLength: 200 })),
});
export type DossierTransitionBodyT = Static<typeof DossierTransitionBody>;

export const DossierStepView = Type.Object({
  code: Type.String(),
  name: Wording,
  level: Type.String(),
  outsideAgency: Type.Union([Wording, Type.Null()]),
  startedOn: Type.String(),
  dueOn: Str,
  dueProvisional: Type.Boolean(),
  /** The time limit: so many working or calendar days; null when the step has none of its own. */
  limit: Type.Union([Type.Object({ days: Type.Integer(), unit: Type.String() }), Type.Null()]),
  completedOn: Str,
  outcome: Str,
  running: Type.Boolean(),
  daysUsed: Type.Integer(),
  daysLeft: Type.Union([Type.Integer(), Type.Null()]),
  late: Type.Boolean(),
});

export const DossierDecisionView = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  /** The number in the official form, e.g. 125/QĐ-SNV. */
  number: Type.String(),
  decidedOn: Type.String(),
  signerName: Type.String(),
  signerPosition: Type.String(),
});

export const DossierDocumentView = Type.Object({
  stepCode: Type.String(),
  code: Type.String(),
  name: Wording,
  required: Type.Boolean(),
  attachmentIds: Type.Array(Type.Integer()),
});

export const Dossier = Type.Object({
  id: Type.Integer(),
  typeCode: Type.String(),
  typeName: Wording,
  typeVersion: Str,
  legalSource: Str,
  status: Type.String(),
  statusLabel: Wording,
  step: Type.Union([
    Type.Object({
      code: Type.String(),
      name: Wording,
      level: Type.String(),
      dueOn: Str,
      daysLeft: Type.Union([Type.Integer(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  provinceCode: Type.String(),
  communeCode: Str,
  applicantName: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  submittedOn: Str,
  receivedOn: Str,
  receiptNo: Str,
  steps: Type.Array(DossierStepView),
  decisions: Type.Array(DossierDecisionView),
  documents: Type.Array(DossierDocumentView),
  /** What the signed-in user may do now (the server still decides every request). */
  allowedActions: Type.Array(Type.String()),
  version: Type.Integer(),
  /** Who filed it: full name, and the account's username (two people may share a name). */
  createdByName: Type.String(),
  createdByUsername: Str,
  createdAt: Type.String(),
});
export type DossierT = Static<typeof Dossier>;

export const DossierEvent = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actedOn: Type.String(),
  /** The person's full name; their username tells two of the same name apart. */
  actorName: Type.String(),
  actorUsername: Str,
  action: Type.String(),
  actionLabel: Wording,
  fromStatus: Type.String(),
  fromStep: Str,
  toStatus: Type.String(),
  toStep: Str,
  comment: Str,
  decisionNumber: Str,
});
export type DossierEventT = Static<typeof DossierEvent>;

export const DossierAttachment = Type.Object({
  id: Type.Integer(),
  stepCode: Str,
  documentCode: Str,
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedByName: Type.String(),
  uploadedAt: Type.String(),
});
export type DossierAttachmentT = Static<typeof DossierAttachment>;

export const DossierQueueQuery = Type.Object({
  /** mine: the steps my role and unit act on; overdue: past due; due_soon: due within `days` working days. */
  view: Type.Union([Type.Literal('mine'), Type.Literal('overdue'), Type.Literal('due_soon')], { default: 'mine' }),
  days: Type.Integer({ minimum: 0, maximum: 60, default: 2 }),
  unitCode: Type.Optional(Type.String({ pattern: '^\\d{2}(\\d{3})?$' })),
  stepCode: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,60}$' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
export type DossierQueueQueryT = Static<typeof DossierQueueQuery>;

/** What a list of dossiers shows of each: receipt, applicant, type, status, current step and its clock. */
const listItemProperties = {
  id: Type.Integer(),
  typeCode: Type.String(),
  typeName: Wording,
  applicantName: Type.String(),
  provinceCode: Type.String(),
  communeCode: Str,
  receiptNo: Str,
  status: Type.String(),
  statusLabel: Wording,
  /** The current step and the level that acts on it; null for a draft or a closed dossier. */
  step: Type.Union([Type.Object({ code: Type.String(), name: Wording, level: Type.String() }), Type.Null()]),
  dueOn: Str,
  /** Working (or calendar, per the step's limit) days to the due date; negative once late; null without a clock. */
  daysLeft: Type.Union([Type.Integer(), Type.Null()]),
  late: Type.Boolean(),
  submittedOn: Str,
  receivedOn: Str,
  createdAt: Type.String(),
  version: Type.Integer(),
};
export const DossierListItem = Type.Object(listItemProperties);
export type DossierListItemT = Static<typeof DossierListItem>;

export const DossierListQuery = Type.Object({
  typeCode: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,60}$' })),
  status: Type.Optional(LiteralUnion(Object.keys(DOSSIER_STATUSES) as [DossierStatus, ...DossierStatus[]])),
  stepCode: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,60}$' })),
  unitCode: Type.Optional(Type.String({ pattern: '^\\d{2}(\\d{3})?$' })),
  q: Type.Optional(PlainText({ maxLength: 100, description: 'Applicant name, diacritics optional' })),
  submittedFrom: Type.Optional(IsoDate),
  submittedTo: Type.Optional(IsoDate),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
export type DossierListQueryT = Static<typeof DossierListQuery>;

export const DossierQueueItem = Type.Object({
  ...listItemProperties,
  stepCode: Type.String(),
  stepName: Wording,
  level: Type.String(),
  overdue: Type.Boolean(),
});

export const DossierSlaQuery = Type.Object({
  from: IsoDate,
  to: IsoDate,
  unitCode: Type.Optional(Type.String({ pattern: '^\\d{2}(\\d{3})?$' })),
});
export type DossierSlaQueryT = Static<typeof DossierSlaQuery>;

export const DossierSlaRow = Type.Object({
  provinceCode: Type.String(),
  communeCode: Str,
  typeCode: Type.String(),
  stepCode: Type.String(),
  stepName: Wording,
  /** Steps started in the period. */
  received: Type.Integer(),
  completed: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Integer(),
  open: Type.Integer(),
  /** Average days used by the steps completed in the period (working or calendar days, per the step's limit). */
  averageDays: Type.Union([Type.Number(), Type.Null()]),
});

export const DossierReceipt = Type.Object({
  dossierId: Type.Integer(),
  receiptNo: Type.String(),
  receivedOn: Type.String(),
  dueOn: Str,
  dueProvisional: Type.Boolean(),
  stepCode: Type.String(),
});

export const DossierTypeView = Type.Object({
  code: Type.String(),
  name: Wording,
  versions: Type.Array(
    Type.Object({
      validFrom: Type.String(),
      validTo: Str,
      legalSource: Type.String(),
      steps: Type.Array(
        Type.Object({
          code: Type.String(),
          name: Wording,
          level: Type.String(),
          grade: Type.String(),
          verified: Type.Boolean(),
        }),
      ),
    }),
  ),
});

export const DossierIdParams = Type.Object({ id: Id() });
export const DossierActionParams = Type.Object({ id: Id(), action: DossierActionSchema });
export const DossierDecisionParams = Type.Object({ id: Id(), decisionId: Id() });
export const DossierAttachmentParams = Type.Object({ id: Id(), attachmentId: Id() });
