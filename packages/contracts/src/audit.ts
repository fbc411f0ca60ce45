import Type, { type Static } from 'typebox';
import { IsoDate, ListPaging } from './common.ts';
import { Id, PlainText } from './formats.ts';

/** Who made a change, in words: a person by full name, an import, an API token, or the system itself. */
export const AUDIT_ACTOR_KINDS = {
  user: { vi: 'Người dùng', en: 'User' },
  import: { vi: 'hệ thống (nhập tệp)', en: 'system (file import)' },
  api_token: { vi: 'Mã API', en: 'API token' },
  system: { vi: 'hệ thống', en: 'system' },
} as const;

export const AuditActor = Type.Object({
  kind: Type.Union([Type.Literal('user'), Type.Literal('import'), Type.Literal('api_token'), Type.Literal('system')], {
    description: 'user | import (rows landed by a file import) | api_token | system (start-up, demo data)',
  }),
  /** The account: the user, the one who started the import, or the administrator answerable for the token. */
  userId: Type.Union([Type.Integer(), Type.Null()]),
  label: Type.String({
    description: 'Vietnamese, for people: the full name, "hệ thống (nhập tệp)", "mã API «…»" or "hệ thống"',
    examples: ['Nguyễn Thị Lan', 'hệ thống (nhập tệp)'],
  }),
  labelEn: Type.String({ examples: ['Nguyễn Thị Lan', 'system (file import)'] }),
});
export type AuditActorT = Static<typeof AuditActor>;

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ description: 'ISO 8601 time' }),
  /** The account name as recorded (api:<prefix> for an API token, "system" without an account). */
  actorName: Type.Union([Type.String(), Type.Null()]),
  actor: AuditActor,
  action: Type.String({ examples: ['create', 'update', 'transfer', 'export', 'revoke'] }),
  entityType: Type.String({ examples: ['worker', 'household', 'user'] }),
  /** Null for a bulk entry, which covers `entityCount` records (e.g. the people one import batch created). */
  entityId: Type.Union([Type.String(), Type.Null()]),
  entityCount: Type.Union([Type.Integer(), Type.Null()]),
  /** The unit the change was recorded in (commune or province code; see /api/geo/units). */
  unitCode: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntryT = Static<typeof AuditEntry>;

/** Filters of the change log; `from`/`to` are inclusive days in Vietnam time. */
export const AuditQuery = Type.Object({
  entityType: Type.Optional(PlainText({ maxLength: 50, description: 'Record type, e.g. worker, household, user' })),
  entityId: Type.Optional(PlainText({ maxLength: 100 })),
  user: Type.Optional(
    PlainText({
      minLength: 1,
      maxLength: 100,
      description: 'Account name, exact (case-insensitive); api:<prefix> for an API token',
    }),
  ),
  action: Type.Optional(PlainText({ maxLength: 50, description: 'create, update, transfer, export, revoke …' })),
  unitCode: Type.Optional(
    Type.String({
      pattern: '^\\d{2}(\\d{3})?$',
      description: 'Entries recorded in this province (2 digits, its communes included) or commune (5 digits)',
    }),
  ),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  page: Id({ default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
export type AuditQueryT = Static<typeof AuditQuery>;
