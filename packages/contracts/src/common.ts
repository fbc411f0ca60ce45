import Type, { type Static } from 'typebox';
import { Id } from './formats.ts';

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  format: 'calendar-date',
  description: 'Date, YYYY-MM-DD (a real day)',
});
/** A wording in both languages: Vietnamese first, English second. */
export const Wording = Type.Object({ vi: Type.String(), en: Type.String() });
export type WordingT = Static<typeof Wording>;
export const UnitCode = Type.String({ pattern: '^\\d{2,5}$', description: 'Administrative unit code' });

export const PageQuery = Type.Object({
  page: Id({ default: 1 }),
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

/** A serial id in a path. */
export const IdParams = Type.Object({ id: Id() });

export const Ok = Type.Object({ ok: Type.Boolean() });

/** Paging fields of every list query: `page` for the first pages, then the opaque cursor of a returned page. */
/**
 * A union of string literals from a constant list, typed as the list's members (a union built from a plain
 * `.map` is typed `never`: its static type needs a tuple of literal schemas).
 */
export function LiteralUnion<const T extends readonly [string, ...string[]]>(values: T, options?: Type.TSchemaOptions) {
  return Type.Union(
    values.map((v) => Type.Literal(v)) as unknown as { -readonly [K in keyof T]: Type.TLiteral<T[K]> },
    options,
  );
}

export const ListPaging = {
  cursor: Type.Optional(
    Type.String({ maxLength: 2000, description: 'nextCursor or prevCursor of a page; takes precedence over page' }),
  ),
  count: Type.Optional(Type.Literal('exact', { description: 'Count the rows exactly even in a large scope (slower)' })),
};

export const COUNT_KINDS = ['exact', 'estimated', 'cached'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export function Paged<T extends Type.TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    /** Exact, a recent exact count (`totalAsOf`), or the planner's estimate for a large scope. */
    total: Type.Integer(),
    totalKind: Type.Union([Type.Literal('exact'), Type.Literal('estimated'), Type.Literal('cached')]),
    totalAsOf: Type.Union([Type.String(), Type.Null()]),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
    prevCursor: Type.Union([Type.String(), Type.Null()]),
  });
}

export type PageQueryT = Static<typeof PageQuery>;

/** `?asOf=YYYY-MM-DD` of the dated reference reads (units, catalogues). */
export const AsOfQuery = Type.Object({ asOf: Type.Optional(IsoDate) });

/** GET /api/health. */
export const HealthResponse = Type.Object({
  status: Type.String(),
  database: Type.Object({ state: Type.String() }),
});
export type HealthResponseT = Static<typeof HealthResponse>;

/** GET /api/demo: whether this installation is a demo (its demo administrator opens with the published password). */
export const DemoStatusResponse = Type.Object({ demo: Type.Boolean() });
