import Type, { type Static } from 'typebox';
import { Id } from './formats.ts';

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  format: 'calendar-date',
  description: 'Date, YYYY-MM-DD (a real day)',
});
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

export function Paged<T extends Type.TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

export type PageQueryT = Static<typeof PageQuery>;
