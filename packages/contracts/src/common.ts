import Type, { type Static } from 'typebox';

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date, YYYY-MM-DD' });
export const UnitCode = Type.String({ pattern: '^\\d{2,5}$', description: 'Administrative unit code' });

export const PageQuery = Type.Object({
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    messageEn: Type.String(),
    details: Type.Optional(Type.Unknown()),
    requestId: Type.String(),
  }),
});

export const Ok = Type.Object({ ok: Type.Boolean() });

export function Paged<T extends Type.TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

export type PageQueryT = Static<typeof PageQuery>;

/** `?asOf=YYYY-MM-DD` of the dated reference reads (units, catalogues). */
export const AsOfQuery = Type.Object({ asOf: Type.Optional(IsoDate) });

/** GET /api/health. */
export const HealthResponse = Type.Object({
  status: Type.String(),
  database: Type.Object({ kind: Type.String(), version: Type.String() }),
  migrations: Type.Object({ applied: Type.Integer(), latest: Type.Union([Type.String(), Type.Null()]) }),
});
export type HealthResponseT = Static<typeof HealthResponse>;
