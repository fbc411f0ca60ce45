import Type, { type Static } from 'typebox';

/**
 * The shape of a dossier-type file (server/data/dossier-types/*.json), checked when the files are loaded: a type
 * has dated versions (a dossier is judged by the version valid on its submission date), each with its steps in
 * order. Every step says who acts (roles and unit level, or the applicant), its statutory time limit, the documents
 * it needs, which actions it allows, and the legal source with its grade (A read in the text; B secondary; C not
 * verified — shown "chưa xác minh").
 */
const Label = Type.Object({ vi: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) });
const Code = Type.String({ pattern: '^[a-z0-9_]{1,60}$' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Grade = Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C')]);
const Role = Type.Union([
  Type.Literal('province_officer'),
  Type.Literal('commune_officer'),
  Type.Literal('employment_centre'),
  Type.Literal('training_institution'),
  Type.Literal('employer'),
]);
const StepAction = Type.Union([
  Type.Literal('accept'),
  Type.Literal('request_additions'),
  Type.Literal('return'),
  Type.Literal('refuse'),
  Type.Literal('approve'),
  Type.Literal('recover'),
]);

const DecisionDecl = Type.Object({
  /** The issuing agency (server/data/dossier-types/agencies.json), resolved by the decision's date. */
  agency: Code,
  form: Type.String({ minLength: 1 }),
  subject: Label,
});

export const StepDecl = Type.Object({
  code: Code,
  name: Label,
  /** Who acts: officers of a role at a unit level, or the applicant (the filer, or an officer filing for them). */
  actor: Type.Object({
    roles: Type.Array(Role, { minItems: 1 }),
    level: Type.Union([Type.Literal('province'), Type.Literal('commune'), Type.Literal('applicant')]),
  }),
  /** Set when an outside agency (social insurance, the People's Committee) performs the step; an officer records it. */
  outsideAgency: Type.Optional(Label),
  /** This step's start is the one-stop desk's receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
  receipt: Type.Optional(Type.Boolean()),
  /**
   * The time limit: `days` working or calendar days, counted from the step's start, from the start of an earlier
   * step (`from: "<step>"`, one limit over several steps) or from a date of the application (`payload:<field>`).
   */
  limit: Type.Union([
    Type.Object({
      days: Type.Integer({ minimum: 0, maximum: 366 }),
      unit: Type.Union([Type.Literal('working'), Type.Literal('calendar')]),
      from: Type.Optional(
        Type.String({ pattern: '^([a-z0-9_]{1,60}|payload:[A-Za-z0-9_]{1,60}(\\.[A-Za-z0-9_]{1,60}){0,3})$' }),
      ),
    }),
    Type.Null(),
  ]),
  documents: Type.Array(Type.Object({ code: Code, name: Label, required: Type.Boolean() })),
  actions: Type.Array(StepAction, { minItems: 1 }),
  decisions: Type.Optional(Type.Object({ approve: Type.Optional(DecisionDecl), recover: Type.Optional(DecisionDecl) })),
  legalSource: Type.String({ minLength: 1 }),
  grade: Grade,
});

export const VersionDecl = Type.Object({
  validFrom: Day,
  validTo: Type.Union([Day, Type.Null()]),
  legalSource: Type.String({ minLength: 1 }),
  grade: Grade,
  /** What resubmission after a request for additions does to the step's clock (see clock.ts). */
  clockOnAdditions: Type.Union([Type.Literal('restart'), Type.Literal('resume')]),
  /** The applicant may withdraw until this step is decided (inclusive). */
  withdrawBefore: Code,
  notes: Type.Array(Type.Object({ text: Type.String(), source: Type.String(), grade: Grade })),
  steps: Type.Array(StepDecl, { minItems: 1 }),
});

export const DossierTypeDecl = Type.Object({
  $comment: Type.Optional(Type.String()),
  code: Code,
  name: Label,
  /** Roles that file dossiers of the type (an employer for itself, an officer for an applicant on paper). */
  applicantRoles: Type.Array(Role, { minItems: 1 }),
  versions: Type.Array(VersionDecl, { minItems: 1 }),
});

export const AgenciesDecl = Type.Object({
  $comment: Type.Optional(Type.String()),
  agencies: Type.Array(
    Type.Object({
      code: Code,
      versions: Type.Array(
        Type.Object({
          validFrom: Day,
          validTo: Type.Union([Day, Type.Null()]),
          name: Type.String({ minLength: 1 }),
          /** The name as running text writes it, e.g. "Sở Nội vụ" (name is the heading's capitals). */
          title: Type.String({ minLength: 1 }),
          abbreviation: Type.String({ pattern: '^[A-ZĐ]{2,12}$' }),
          parent: Type.Union([Code, Type.Null()]),
          position: Type.String({ minLength: 1 }),
          source: Type.String({ minLength: 1 }),
          grade: Grade,
        }),
        { minItems: 1 },
      ),
    }),
  ),
});

export type StepDeclT = Static<typeof StepDecl>;
export type VersionDeclT = Static<typeof VersionDecl>;
export type DossierTypeDeclT = Static<typeof DossierTypeDecl>;
export type AgenciesDeclT = Static<typeof AgenciesDecl>;
export type AgencyVersion = AgenciesDeclT['agencies'][number]['versions'][number];
export type StepLevel = StepDeclT['actor']['level'];
