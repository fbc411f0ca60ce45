import { and, asc, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import {
  appUser,
  dossier,
  dossierAttachment,
  dossierDecision,
  dossierEvent,
  dossierStep,
} from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';

export type DossierRow = typeof dossier.$inferSelect;
export type DossierStepRow = typeof dossierStep.$inferSelect;
export type DossierEventRow = typeof dossierEvent.$inferSelect;
export type DossierDecisionRow = typeof dossierDecision.$inferSelect;
export type DossierAttachmentRow = typeof dossierAttachment.$inferSelect;

export async function insertDossier(db: DbOrTx, row: typeof dossier.$inferInsert): Promise<DossierRow> {
  const [created] = await db.insert(dossier).values(row).returning();
  return created as DossierRow;
}

export async function selectDossier(db: DbOrTx, id: number): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossier).where(eq(dossier.id, id));
  return row;
}

/**
 * The transition's compare-and-set: the row changes only if nobody changed it since it was read (its version), so
 * of two officers acting at once exactly one succeeds. The UPDATE holds the row lock until commit; the other waits
 * and then finds the version moved.
 */
export async function updateDossierIfVersion(
  db: DbOrTx,
  id: number,
  version: number,
  set: Partial<typeof dossier.$inferInsert>,
): Promise<DossierRow | undefined> {
  const [row] = await db
    .update(dossier)
    .set({ ...set, version: sql`${dossier.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(dossier.id, id), eq(dossier.version, version)))
    .returning();
  return row;
}

/** Fields set inside a transition's transaction, after its compare-and-set moved the version. */
export async function updateDossier(
  db: DbOrTx,
  id: number,
  set: Partial<typeof dossier.$inferInsert>,
): Promise<DossierRow> {
  const [row] = await db.update(dossier).set(set).where(eq(dossier.id, id)).returning();
  return row as DossierRow;
}

export function selectSteps(db: DbOrTx, dossierId: number): Promise<DossierStepRow[]> {
  return db.select().from(dossierStep).where(eq(dossierStep.dossierId, dossierId)).orderBy(asc(dossierStep.id));
}

export async function insertStep(db: DbOrTx, row: typeof dossierStep.$inferInsert): Promise<void> {
  await db.insert(dossierStep).values(row);
}

export async function updateStep(db: DbOrTx, id: number, set: Partial<typeof dossierStep.$inferInsert>): Promise<void> {
  await db.update(dossierStep).set(set).where(eq(dossierStep.id, id));
}

export async function insertEvent(db: DbOrTx, row: typeof dossierEvent.$inferInsert): Promise<void> {
  await db.insert(dossierEvent).values(row);
}

export function selectEvents(db: DbOrTx, dossierId: number) {
  return db
    .select({
      event: dossierEvent,
      decision: dossierDecision,
      person: { fullName: appUser.fullName, username: appUser.username },
    })
    .from(dossierEvent)
    .leftJoin(dossierDecision, eq(dossierDecision.id, dossierEvent.decisionId))
    .leftJoin(appUser, eq(appUser.id, dossierEvent.actorId))
    .where(eq(dossierEvent.dossierId, dossierId))
    .orderBy(asc(dossierEvent.id));
}

/** Full names and usernames of accounts (who filed, acted, attached), by id. */
export async function selectPeople(db: DbOrTx, ids: number[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<number, { fullName: string; username: string }>();
  const rows = await db
    .select({ id: appUser.id, fullName: appUser.fullName, username: appUser.username })
    .from(appUser)
    .where(inArray(appUser.id, unique));
  return new Map(rows.map((r) => [r.id, { fullName: r.fullName, username: r.username }]));
}

export async function insertDecision(
  db: DbOrTx,
  row: typeof dossierDecision.$inferInsert,
): Promise<DossierDecisionRow> {
  const [created] = await db.insert(dossierDecision).values(row).returning();
  return created as DossierDecisionRow;
}

export function selectDecisions(db: DbOrTx, dossierId: number): Promise<DossierDecisionRow[]> {
  return db
    .select()
    .from(dossierDecision)
    .where(eq(dossierDecision.dossierId, dossierId))
    .orderBy(asc(dossierDecision.id));
}

export async function insertAttachment(
  db: DbOrTx,
  row: typeof dossierAttachment.$inferInsert,
): Promise<DossierAttachmentRow> {
  const [created] = await db.insert(dossierAttachment).values(row).returning();
  return created as DossierAttachmentRow;
}

export function selectAttachments(db: DbOrTx, dossierId: number): Promise<DossierAttachmentRow[]> {
  return db
    .select()
    .from(dossierAttachment)
    .where(eq(dossierAttachment.dossierId, dossierId))
    .orderBy(asc(dossierAttachment.id));
}

export async function selectAttachment(db: DbOrTx, dossierId: number, id: number) {
  const [row] = await db
    .select()
    .from(dossierAttachment)
    .where(and(eq(dossierAttachment.dossierId, dossierId), eq(dossierAttachment.id, id)));
  return row;
}

const unitColumns = { province: dossier.provinceCode, commune: dossier.communeCode };

/**
 * The work queue: dossiers in progress in a scope, at the steps a level acts on (`pairs` of type and step), or by
 * due date (overdue, due soon), soonest due first. Served by dossier_queue_province_idx / _commune_idx.
 */
export function selectQueue(
  db: DbOrTx,
  q: {
    scope: Scope;
    level?: 'province' | 'commune' | 'applicant';
    pairs?: string[];
    createdBy?: number;
    dueBefore?: string;
    dueFrom?: string;
    dueTo?: string;
    stepCode?: string;
    limit: number;
  },
) {
  const where: (SQL | undefined)[] = [eq(dossier.status, 'in_progress'), scopeWhere(q.scope, unitColumns)];
  if (q.level) where.push(eq(dossier.actLevel, q.level));
  if (q.pairs)
    where.push(inArray(sql`${dossier.typeCode} || ':' || ${dossier.stepCode}`, q.pairs.length ? q.pairs : ['-']));
  if (q.createdBy !== undefined) where.push(eq(dossier.createdBy, q.createdBy));
  if (q.dueBefore) where.push(lt(dossier.dueOn, q.dueBefore));
  if (q.dueFrom) where.push(gte(dossier.dueOn, q.dueFrom));
  if (q.dueTo) where.push(lte(dossier.dueOn, q.dueTo));
  if (q.stepCode) where.push(eq(dossier.stepCode, q.stepCode));
  return db
    .select()
    .from(dossier)
    .where(and(...where))
    .orderBy(sql`${dossier.dueOn} ASC NULLS LAST`, asc(dossier.id))
    .limit(q.limit);
}

/**
 * An applicant's dossiers waiting for them: additions asked for, or a step the applicant performs. The applicant is
 * its employer (an account linked to the register) or else the account that filed.
 */
export function selectApplicantQueue(
  db: DbOrTx,
  applicant: { employerId: number } | { createdBy: number },
  limit: number,
) {
  return db
    .select()
    .from(dossier)
    .where(
      and(
        'employerId' in applicant
          ? eq(dossier.employerId, applicant.employerId)
          : eq(dossier.createdBy, applicant.createdBy),
        sql`(${dossier.status} = 'awaiting_additions' OR (${dossier.status} = 'in_progress' AND ${dossier.actLevel} = 'applicant'))`,
      ),
    )
    .orderBy(desc(dossier.updatedAt))
    .limit(limit);
}

/**
 * The SLA summary of a period per unit, type and step: steps started in the period (received), closed in it (on
 * time or late), still open at its end, and the average days used by those closed.
 */
export async function selectSla(db: DbOrTx, q: { scope: Scope; from: string; to: string }) {
  const scope = scopeWhere(q.scope, { province: dossierStep.provinceCode, commune: dossierStep.communeCode });
  const closedIn = sql`${dossierStep.completedOn} BETWEEN ${q.from} AND ${q.to}`;
  return db
    .select({
      provinceCode: dossierStep.provinceCode,
      communeCode: dossierStep.communeCode,
      typeCode: dossier.typeCode,
      stepCode: dossierStep.stepCode,
      received: sql<number>`count(*) FILTER (WHERE ${dossierStep.startedOn} BETWEEN ${q.from} AND ${q.to})::int`,
      completed: sql<number>`count(*) FILTER (WHERE ${closedIn})::int`,
      onTime: sql<number>`count(*) FILTER (WHERE ${closedIn} AND NOT coalesce(${dossierStep.late}, false))::int`,
      late: sql<number>`count(*) FILTER (WHERE ${closedIn} AND coalesce(${dossierStep.late}, false))::int`,
      open: sql<number>`count(*) FILTER (WHERE ${dossierStep.completedOn} IS NULL OR ${dossierStep.completedOn} > ${q.to})::int`,
      averageDays: sql<string | null>`round(avg(${dossierStep.daysUsed}) FILTER (WHERE ${closedIn}), 1)`,
    })
    .from(dossierStep)
    .innerJoin(dossier, eq(dossier.id, dossierStep.dossierId))
    .where(
      and(
        scope,
        lte(dossierStep.startedOn, q.to),
        sql`(${dossierStep.completedOn} IS NULL OR ${dossierStep.completedOn} >= ${q.from})`,
      ),
    )
    .groupBy(dossierStep.provinceCode, dossierStep.communeCode, dossier.typeCode, dossierStep.stepCode)
    .orderBy(dossierStep.provinceCode, dossierStep.communeCode, dossier.typeCode, dossierStep.stepCode);
}

/**
 * Newest first: served within a province by dossier_list_province_idx, a commune by dossier_list_commune_idx and an
 * employer's dossiers by dossier_list_employer_idx (each ends in created_at, id).
 */
const LIST_ORDER: SortKey[] = [
  { expr: sql`${dossier.createdAt}`, dir: 'desc', type: 'timestamptz' },
  { expr: sql`${dossier.id}`, dir: 'desc', type: 'integer' },
];

/**
 * The dossiers a reader of the unit scope may see (dossiers.policy.ts, `filedOrOwn`): an applicant's draft is its own
 * work until it is submitted, so of the drafts only those the reader wrote. Used by the list and the change log.
 */
export const filedOrWrittenBy = (readerId: number): SQL =>
  or(sql`${dossier.status} <> 'draft'`, eq(dossier.createdBy, readerId)) as SQL;

export interface DossierListFilter {
  /**
   * The unit scope (officers, leaders: an applicant's draft is its own work until submitted, so only the drafts the
   * reader made show), or the applicant's own dossiers (an employer account).
   */
  owner: { scope: Scope; reader: number } | { employerId: number } | { createdBy: number };
  typeCode?: string;
  status?: string;
  stepCode?: string;
  /** Lower-case NFC text: the applicant's name anywhere, diacritics optional. */
  q?: string;
  submittedFrom?: string;
  submittedTo?: string;
  exact?: boolean;
}

export async function selectDossierList(db: DbOrTx, f: DossierListFilter & PageRequest) {
  const o = f.owner;
  const where = and(
    'scope' in o
      ? and(scopeWhere(o.scope, unitColumns), filedOrWrittenBy(o.reader))
      : 'employerId' in o
        ? eq(dossier.employerId, o.employerId)
        : eq(dossier.createdBy, o.createdBy),
    f.typeCode ? eq(dossier.typeCode, f.typeCode) : undefined,
    f.status ? eq(dossier.status, f.status as DossierRow['status']) : undefined,
    f.stepCode ? eq(dossier.stepCode, f.stepCode) : undefined,
    f.q ? sql`f_unaccent(lower(${dossier.applicantName})) LIKE '%' || f_unaccent(${f.q}) || '%'` : undefined,
    f.submittedFrom ? gte(dossier.submittedOn, f.submittedFrom) : undefined,
    f.submittedTo ? lte(dossier.submittedOn, f.submittedTo) : undefined,
  );
  const plan = keysetPage('created', LIST_ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({ dossier, pageKey: plan.key })
      .from(dossier)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(dossier).where(where).getSQL(), { exact: f.exact }),
  ]);
  return { ...plan.finish(rows), count };
}
