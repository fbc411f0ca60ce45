import Type, { type Static } from 'typebox';

const Rate = (description: string) =>
  Type.Union([Type.Number(), Type.Null()], { description: `${description}; null when there is nothing to divide by` });

export const HomeQuery = Type.Object({
  unitCode: Type.Optional(
    Type.String({
      pattern: '^\\d{2}(\\d{3})?$',
      description:
        'A unit inside the reader’s scope (a system administrator: any province, or none for the nation). ' +
        'Default: the reader’s own unit',
      examples: ['20'],
    }),
  ),
});
export type HomeQueryT = Static<typeof HomeQuery>;

/**
 * The signed-in user's starting point: their unit's key figures and the work waiting on them. Each part is null
 * when the user's capabilities do not cover it (figures of labour need `worker:read`, poverty `household:read`;
 * pending imports `worker_import:create`, unit reviews `worker:update`, transfers `person_transfer:decide`).
 */
export const HomeSummary = Type.Object({
  unit: Type.Object({
    code: Type.Union([Type.String(), Type.Null()], { description: 'null: the whole country' }),
    name: Type.String({ examples: ['Tỉnh Lạng Sơn'] }),
    level: Type.Union([Type.Literal('national'), Type.Literal('province'), Type.Literal('commune')]),
  }),
  labour: Type.Union([
    Type.Object(
      {
        roundYear: Type.Union([Type.Integer(), Type.Null()], {
          description: 'The collection round the figures are of',
        }),
        people: Type.Integer({ description: 'People on the labour-supply register in that round' }),
        labourForce: Type.Integer({ description: 'Employed + unemployed (GSO labour-force concepts)' }),
        employed: Type.Integer(),
        unemployed: Type.Integer(),
        unemploymentRate: Rate('Unemployed / labour force, percent'),
        trainedShare: Rate('Labour force with a vocational or higher qualification, percent'),
        certifiedShare: Rate('Labour force with a diploma or certificate, percent'),
      },
      { description: 'From the register’s statistics (the same figures as GET /api/workers/stats)' },
    ),
    Type.Null(),
  ]),
  poverty: Type.Union([
    Type.Object(
      {
        year: Type.Integer({ description: 'The latest review year recorded in the unit' }),
        households: Type.Integer(),
        poorRate: Rate('Poor households / households, percent'),
        nearPoorRate: Rate('Near-poor households / households, percent'),
        changePoorPp: Rate('Change of the poor rate since the previous year’s review, percentage points'),
        changeNearPoorPp: Rate('Change of the near-poor rate since the previous year’s review, percentage points'),
      },
      {
        description:
          'From the poverty reviews (the same figures as GET /api/households/poverty-rates); null for the whole ' +
          'country and for a unit with no review yet',
      },
    ),
    Type.Null(),
  ]),
  pending: Type.Object({
    imports: Type.Union([
      Type.Object({
        uploaded: Type.Integer({ description: 'Files uploaded but never run' }),
        interrupted: Type.Integer({ description: 'Imports a stop interrupted; they can be run again' }),
      }),
      Type.Null(),
    ]),
    unitReview: Type.Union([Type.Integer(), Type.Null()], {
      description: 'People flagged for unit review (unit_needs_review) whose commune must be confirmed',
    }),
    transfers: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Transfer requests for people the unit holds, waiting on its decision',
    }),
  }),
});
export type HomeSummaryT = Static<typeof HomeSummary>;

/** System facts for administrators (moved off the public health check). */
export const SystemInfo = Type.Object({
  database: Type.Object({
    kind: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')], {
      description: 'embedded: PGlite in DATA_DIR; postgres: native PostgreSQL (DATABASE_URL)',
    }),
    version: Type.String({ examples: ['18.6'] }),
  }),
  migrations: Type.Object({
    applied: Type.Integer(),
    latest: Type.Union([Type.String(), Type.Null()], { examples: ['0012_api-tokens'] }),
  }),
});
export type SystemInfoT = Static<typeof SystemInfo>;
