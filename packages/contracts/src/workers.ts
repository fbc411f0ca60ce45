import Type, { type Static } from 'typebox';
import { ListPaging } from './common.ts';
import { inputProperties, outputProperties } from './fields.ts';
import { Id, PlainText, Version } from './formats.ts';
import { WORKER_FIELDS } from './worker.fields.ts';

const Str = Type.Union([Type.String({ maxLength: 500 }), Type.Null()]);

/** A worker as entered through the API, built from the field declarations; codes from the catalogues (names are
 *  accepted too). */
export const WorkerInput = Type.Object({
  ...inputProperties(WORKER_FIELDS),
  roundYear: Type.Optional(Type.Integer({ minimum: 2015, maximum: 2100 })),
});
export type WorkerInputT = Static<typeof WorkerInput>;

export const WorkerUpdate = Type.Intersect([WorkerInput, Type.Object({ version: Version() })]);
export type WorkerUpdateT = Static<typeof WorkerUpdate>;

/** A stored worker: its declared fields, then what the register adds (household link, unit, round, source). */
export const Worker = Type.Object({
  ...outputProperties(WORKER_FIELDS),
  householdId: Type.Union([Type.Integer(), Type.Null()]),
  provinceCode: Type.String(),
  communeName: Type.Optional(Str),
  unitNeedsReview: Type.Boolean(),
  sourceUnit: Str,
  roundYear: Type.Integer(),
  sourceImportId: Type.Union([Type.Integer(), Type.Null()]),
  sourceRow: Type.Union([Type.Integer(), Type.Null()]),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type WorkerT = Static<typeof Worker>;

export const AGE_BANDS = { 1: '15–24', 2: '25–34', 3: '35–44', 4: '45–54', 5: '55–64', 6: '65+' } as const;

export const WorkerListQuery = Type.Object({
  unitCode: Type.Optional(
    Type.String({ pattern: '^\\d{2}(\\d{3})?$', description: 'Province (2 digits) or commune (5)' }),
  ),
  q: Type.Optional(PlainText({ maxLength: 100, description: 'Name without diacritics, or the start of an ID' })),
  employmentStatus: Type.Optional(PlainText({ maxLength: 5 })),
  qualificationCode: Type.Optional(PlainText({ maxLength: 5 })),
  sex: Type.Optional(Type.Union([Type.Literal('male'), Type.Literal('female')])),
  ethnicityCode: Type.Optional(PlainText({ maxLength: 2 })),
  ageBand: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
  need: Type.Optional(Type.Union([Type.Literal('training'), Type.Literal('job'), Type.Literal('abroad')])),
  unitNeedsReview: Type.Optional(Type.Boolean()),
  sort: Type.Union([Type.Literal('name'), Type.Literal('birthDate'), Type.Literal('updated')], { default: 'name' }),
  page: Id({ default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  ...ListPaging,
});
export type WorkerListQueryT = Static<typeof WorkerListQuery>;

const Measures = Type.Object({
  total: Type.Integer(),
  employed: Type.Integer(),
  unemployed: Type.Integer(),
  inactive: Type.Integer(),
  unknownStatus: Type.Integer(),
  labourForce: Type.Integer(),
  trained: Type.Integer(),
  certified: Type.Integer(),
  trainedShare: Type.Union([Type.Number(), Type.Null()]),
  certifiedShare: Type.Union([Type.Number(), Type.Null()]),
  unemploymentRate: Type.Union([Type.Number(), Type.Null()]),
});
export type WorkerMeasuresT = Static<typeof Measures>;

export const WorkerStats = Type.Object({
  unitCode: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  roundYear: Type.Union([Type.Integer(), Type.Null()]),
  rounds: Type.Array(Type.Integer()),
  totals: Measures,
  bySex: Type.Array(Type.Intersect([Type.Object({ key: Type.String() }), Measures])),
  byAgeBand: Type.Array(Type.Intersect([Type.Object({ key: Type.Integer() }), Measures])),
  byCommune: Type.Array(Type.Intersect([Type.Object({ key: Type.String(), name: Type.String() }), Measures])),
});
export type WorkerStatsT = Static<typeof WorkerStats>;

export const ImportStatus = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  format: Type.String(),
  provinceCode: Type.String(),
  communeCode: Type.Union([Type.String(), Type.Null()]),
  roundYear: Type.Integer(),
  headerRow: Type.Integer(),
  mapping: Type.Record(Type.String(), Type.Integer()),
  status: Type.String(),
  totalRows: Type.Union([Type.Integer(), Type.Null()]),
  rowsDone: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  failed: Type.Integer(),
  flagged: Type.Integer(),
  repeated: Type.Integer({ description: 'Rows repeating an earlier row exactly: reported, landed once' }),
  errorMessage: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ImportStatusT = Static<typeof ImportStatus>;

/** How long uploaded files are kept (UPLOAD_RETENTION_DAYS): an upload never run is deleted that long after it came. */
export const ImportRetention = Type.Object({
  days: Type.Integer({ minimum: 1, description: 'Days an upload is kept after it came (never run) or its run ended' }),
});
export type ImportRetentionT = Static<typeof ImportRetention>;

export const ImportField = Type.Object({ key: Type.String(), label: Type.String(), required: Type.Boolean() });

export const ImportColumnWarning = Type.Object({
  column: Type.Integer(),
  header: Type.String(),
  field: Type.String(),
  mappedTo: Type.Union([Type.Integer(), Type.Null()]),
  message: Type.String(),
});
export type ImportColumnWarningT = Static<typeof ImportColumnWarning>;

export const ImportPreview = Type.Object({
  import: ImportStatus,
  headers: Type.Array(Type.String()),
  fields: Type.Array(ImportField),
  warnings: Type.Array(ImportColumnWarning, {
    description: 'Unmapped columns that look like a field (by header or values); to be seen before the import runs',
  }),
  defaultCommune: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()], {
    description: 'The commune rows land in when the file has no commune column (the upload unit); null for a province',
  }),
  communeNote: Type.String({ description: 'Where each row’s commune comes from, in plain words' }),
  sample: Type.Array(
    Type.Object({
      rowNumber: Type.Integer(),
      values: Type.Record(Type.String(), Type.Unknown(), { description: 'Mapped fields' }),
      cells: Type.Array(Type.Union([Type.String(), Type.Null()]), { description: 'Every column, as text' }),
    }),
  ),
});
export type ImportPreviewT = Static<typeof ImportPreview>;

export const ImportRunBody = Type.Object({
  mapping: Type.Optional(
    Type.Record(PlainText({ maxLength: 50 }), Type.Integer({ minimum: 0, maximum: 16383 }), { maxProperties: 100 }),
  ),
  acceptWarnings: Type.Optional(
    Type.Boolean({ description: 'The person saw the unmapped commune-like columns and runs the import anyway' }),
  ),
});

/** GET /api/workers/stats. */
export const WorkerStatsQuery = Type.Object({
  unitCode: Type.Optional(Type.String({ pattern: '^\\d{2}(\\d{3})?$' })),
  roundYear: Type.Optional(Type.Integer({ minimum: 2015, maximum: 2100 })),
});
