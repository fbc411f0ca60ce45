import { eq, or, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import { calendarResource } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type ActionOf, allow, defineResource, type Resource, scopeFor } from '../../platform/policy/index.ts';

/**
 * Who reads which change-log entries. Every audited entity type is registered here by the module that owns it,
 * with the resource whose read right governs it: an entry (and its before/after images) is visible exactly to
 * those who may read that kind of record, in the part of the country the read rule gives them. Entries of a type
 * nobody registered are shown to nobody.
 */
interface AuditReader {
  entityType: string;
  /** The scope the actor reads the owning resource in, or null when the actor's role may not read it. */
  scopeOf: (actor: Actor) => ReturnType<typeof scopeFor>;
  /** For an actor whose read right covers only its own record (an employer account): that record's id, or null. */
  ownRecord?: (actor: Actor) => string | null | undefined;
  /** The ids (as text) of the records whose entries the actor may see, when the scope alone does not say it. */
  visibleIds?: (actor: Actor) => SQL;
}

const readers = new Map<string, AuditReader>();

/**
 * Declares that change-log entries of `entityType` are read with the `action` right on `resource`. The log cannot
 * apply a resource's `when` rules to entries, so a module whose rules hide records within a scope says so here:
 * - `ownRecord`: for an actor whose right is limited to one record, the id of that record (undefined: not limited;
 *   null: no record) — its entries are then the only ones shown;
 * - `visibleIds`: a subquery of the ids (as text) of the records the actor may read — only their entries are shown.
 */
export function registerAuditReader<R, N extends string>(
  entityType: string,
  resource: Resource<R, N>,
  action: ActionOf<N>,
  opts: { ownRecord?: (actor: Actor) => string | null | undefined; visibleIds?: (actor: Actor) => SQL } = {},
): void {
  if (readers.has(entityType)) throw new Error(`audit: entity type ${entityType} registered twice`);
  readers.set(entityType, { entityType, scopeOf: (actor) => scopeFor(actor, action, resource), ...opts });
}

/** The audited entity types the actor may read entries of (any part of the country). */
export function readableAuditTypes(actor: Actor): string[] {
  return [...readers.values()]
    .filter((r) => r.scopeOf(actor) !== null && r.ownRecord?.(actor) !== null)
    .map((r) => r.entityType);
}

/**
 * The entries the actor may see, as one SQL condition: for each readable entity type, that type within the
 * actor's read scope (on the unit the entry was recorded in). It goes into the query itself, so paging and
 * counts only ever see readable entries.
 */
export function auditReadWhere(actor: Actor): SQL {
  const parts: SQL[] = [];
  for (const reader of readers.values()) {
    const scope = reader.scopeOf(actor);
    if (!scope) continue;
    const own = reader.ownRecord?.(actor);
    if (own === null) continue;
    const inScope =
      own !== undefined
        ? eq(auditLog.entityId, own)
        : scopeWhere(scope, { province: auditLog.provinceCode, commune: auditLog.unitCode });
    const visible = reader.visibleIds && sql`${auditLog.entityId} IN (${reader.visibleIds(actor)})`;
    const ofType = eq(auditLog.entityType, reader.entityType);
    const limits = [inScope, visible].filter((c): c is SQL => c !== undefined);
    parts.push(limits.length > 0 ? sql`(${sql.join([ofType, ...limits], sql` AND `)})` : ofType);
  }
  return parts.length > 0 ? (or(...parts) as SQL) : sql`false`;
}

export const auditLogResource = defineResource({
  name: 'audit',
  unitOf: () => ({ provinceCode: null }),
  // Entries are filtered in SQL, never looked up one by one.
  notFound: () => new AppError('NOT_FOUND'),
});

// The change log is open to whoever may read at least one audited type; what it shows is auditReadWhere's.
allow(auditLogResource, 'read', (actor) => readableAuditTypes(actor).length > 0, { scope: 'any' });

// The platform's own audited records: the working calendar's corrections.
registerAuditReader('calendar_day', calendarResource, 'read');
registerAuditReader('calendar_year', calendarResource, 'read');
