import Type, { type Static } from 'typebox';
import { ListPaging } from './common.ts';
import { Id, PlainText } from './formats.ts';

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  /** Null for a bulk entry, which covers `entityCount` records (e.g. the people one import batch created). */
  entityId: Type.Union([Type.String(), Type.Null()]),
  entityCount: Type.Union([Type.Integer(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntryT = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object({
  entityType: Type.Optional(PlainText({ maxLength: 50 })),
  entityId: Type.Optional(PlainText({ maxLength: 100 })),
  page: Id({ default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
