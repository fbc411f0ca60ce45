import type { PovertyClass } from '@lmis/contracts';
import { and, asc, eq, getTableColumns, gt, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { household, householdMember, povertyReview, povertyStandard } from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { unitWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';
import { personTable as person } from '../people/index.ts';
import { selectRegisterGeneration } from '../workers/index.ts';

export type HouseholdRecord = typeof household.$inferSelect;
export type NewHousehold = typeof household.$inferInsert;
export type MemberRecord = typeof householdMember.$inferSelect;
export type NewMember = Omit<MemberRecord, 'id' | 'householdId'>;
export type ReviewRecord = typeof povertyReview.$inferSelect;
export type NewReview = typeof povertyReview.$inferInsert;
export type StandardRecord = typeof povertyStandard.$inferSelect;

/**
 * Commune, then household code (unique in a commune): served by household_unit_idx (province, commune, code) and,
 * in a commune, by the unique key household_code_uq (commune, code).
 */
const HOUSEHOLD_ORDER: SortKey[] = [
  { expr: sql`${household.communeCode}`, dir: 'asc', type: 'text' },
  { expr: sql`${household.householdCode}`, dir: 'asc', type: 'text' },
];

/**
 * Households in scope with the class of one review each: the review of `classYear` when given (null where the
 * household was not reviewed that year), otherwise its latest review.
 */
export async function selectHouseholds(
  db: DbOrTx,
  f: {
    scope: Scope;
    communeCode?: string;
    q?: string;
    classYear?: number;
    finalClass?: PovertyClass;
    exactCount?: boolean;
  } & PageRequest,
) {
  const shownYear =
    f.classYear !== undefined
      ? sql`${f.classYear}`
      : sql`(SELECT max(pr.review_year) FROM poverty_review pr WHERE pr.household_id = ${household.id})`;
  const join = and(eq(povertyReview.householdId, household.id), eq(povertyReview.reviewYear, shownYear));
  const where = and(
    unitWhere(f.scope, { province: household.provinceCode, commune: household.communeCode }, f),
    // The caller passes NFC text; the stored key is f_unaccent(lower(head_name)).
    f.q ? sql`${household.headNameSearch} LIKE '%' || f_unaccent(lower(${f.q})) || '%'` : undefined,
    f.finalClass ? eq(povertyReview.finalClass, f.finalClass) : undefined,
  );
  const plan = keysetPage('unit', HOUSEHOLD_ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({
        household,
        reviewYear: povertyReview.reviewYear,
        finalClass: povertyReview.finalClass,
        pageKey: plan.key,
      })
      .from(household)
      .leftJoin(povertyReview, join)
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    // The register's generation of the scope's province moves with every household and review change: an exact
    // count made at the same generation is reused as exact.
    selectRegisterGeneration(db, f.scope.kind === 'national' ? undefined : f.scope.provinceCode).then((generation) =>
      countRows(db, db.select({ one: sql`1` }).from(household).leftJoin(povertyReview, join).where(where).getSQL(), {
        exact: f.exactCount,
        generation,
      }),
    ),
  ]);
  return { ...plan.finish(rows), count };
}

export async function selectHouseholdById(db: DbOrTx, id: number): Promise<HouseholdRecord | undefined> {
  const [row] = await db.select().from(household).where(eq(household.id, id));
  return row;
}

/** Locks the household for the rest of the transaction, so reviews of one household are written one at a time. */
export async function selectHouseholdForUpdate(db: DbOrTx, id: number): Promise<HouseholdRecord | undefined> {
  const [row] = await db.select().from(household).where(eq(household.id, id)).for('update');
  return row;
}

/** Inserts unless the commune already has this household code; undefined then. */
export async function insertHousehold(db: DbOrTx, values: NewHousehold): Promise<HouseholdRecord | undefined> {
  const [row] = await db.insert(household).values(values).onConflictDoNothing().returning();
  return row;
}

/** Updates only when the stored version is the one the caller read; returns undefined on a conflict. */
export async function updateHouseholdVersioned(
  db: DbOrTx,
  id: number,
  version: number,
  patch: Partial<NewHousehold>,
): Promise<HouseholdRecord | undefined> {
  const [row] = await db
    .update(household)
    .set({ ...patch, version: sql`${household.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(household.id, id), eq(household.version, version)))
    .returning();
  return row;
}

/** A household's members; a member linked to the person registry shows the identity the registry keeps. */
export async function selectMembers(db: DbOrTx, householdId: number): Promise<MemberRecord[]> {
  return db
    .select({
      ...getTableColumns(householdMember),
      fullName: sql<string>`coalesce(${person.fullName}, ${householdMember.fullName})`,
      birthDate: sql<string | null>`coalesce(${person.birthDate}, ${householdMember.birthDate})`,
      sex: sql<'male' | 'female' | null>`coalesce(${person.sex}, ${householdMember.sex})`,
    })
    .from(householdMember)
    .leftJoin(person, eq(person.personId, householdMember.personId))
    .where(eq(householdMember.householdId, householdId))
    .orderBy(asc(householdMember.id));
}

/** Replaces the member list of a household. */
export async function replaceMembers(db: DbOrTx, householdId: number, members: NewMember[]): Promise<void> {
  await db.delete(householdMember).where(eq(householdMember.householdId, householdId));
  if (members.length > 0) await db.insert(householdMember).values(members.map((m) => ({ ...m, householdId })));
}

/** The households of a commune a person is a member of (a move out of the commune ends these memberships). */
export async function selectHouseholdsOfMember(db: DbOrTx, personId: string, communeCode: string) {
  return db
    .select({ household })
    .from(householdMember)
    .innerJoin(household, eq(household.id, householdMember.householdId))
    .where(and(eq(householdMember.personId, personId), eq(household.communeCode, communeCode)))
    .then((rows) => rows.map((r) => r.household));
}

/** Removes a person from a household's member list. */
export async function deleteMember(db: DbOrTx, householdId: number, personId: string): Promise<void> {
  await db
    .delete(householdMember)
    .where(and(eq(householdMember.householdId, householdId), eq(householdMember.personId, personId)));
}

/**
 * Which of these personal IDs are in the worker register. Reads the workers module's table directly until that
 * module exports a lookup of its own; replace this with the exported function then.
 */
export async function selectExistingWorkerIds(db: DbOrTx, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const ids = sql.join(
    personIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const result = await db.execute<{ person_id: string }>(sql`SELECT person_id FROM worker WHERE person_id IN (${ids})`);
  return new Set(result.rows.map((r) => r.person_id));
}

export async function selectReviews(db: DbOrTx, householdId: number): Promise<ReviewRecord[]> {
  return db
    .select()
    .from(povertyReview)
    .where(eq(povertyReview.householdId, householdId))
    .orderBy(asc(povertyReview.reviewYear));
}

export async function selectReview(db: DbOrTx, householdId: number, year: number): Promise<ReviewRecord | undefined> {
  const [row] = await db
    .select()
    .from(povertyReview)
    .where(and(eq(povertyReview.householdId, householdId), eq(povertyReview.reviewYear, year)));
  return row;
}

/** Inserts unless the household already has a review of that year (written meanwhile); undefined then. */
export async function insertReview(db: DbOrTx, values: NewReview): Promise<ReviewRecord | undefined> {
  const [row] = await db.insert(povertyReview).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateReviewVersioned(
  db: DbOrTx,
  id: number,
  version: number,
  patch: Partial<NewReview>,
): Promise<ReviewRecord | undefined> {
  const [row] = await db
    .update(povertyReview)
    .set({ ...patch, version: sql`${povertyReview.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(povertyReview.id, id), eq(povertyReview.version, version)))
    .returning();
  return row;
}

/**
 * The poverty standards, all periods (a handful of rows). Reads the reference module's table until that module
 * exports a lookup of its own.
 */
export async function selectPovertyStandards(db: DbOrTx): Promise<StandardRecord[]> {
  return db.select().from(povertyStandard).orderBy(asc(povertyStandard.validFrom), asc(povertyStandard.areaType));
}

export interface CommuneCounts {
  communeCode: string;
  households: number;
  reviewed: number;
  poor: number;
  nearPoor: number;
  escapedPoverty: number;
  newlyPoor: number;
}

/**
 * Per commune of a province (or of one commune): the households on the register at the end of the year —
 * registered on or before 31/12 and not dissolved by then — and how their review of that year classed them.
 */
export async function countHouseholdsByCommune(
  db: DbOrTx,
  f: { provinceCode: string; communeCode?: string; year: number },
): Promise<CommuneCounts[]> {
  const yearEnd = `${f.year}-12-31`;
  const count = (condition: SQL) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`;
  return db
    .select({
      communeCode: household.communeCode,
      households: sql<number>`count(*)::int`,
      reviewed: sql<number>`count(${povertyReview.id})::int`,
      poor: count(eq(povertyReview.finalClass, 'poor')),
      nearPoor: count(eq(povertyReview.finalClass, 'near_poor')),
      escapedPoverty: count(eq(povertyReview.transition, 'escaped_poverty')),
      newlyPoor: count(eq(povertyReview.transition, 'newly_poor')),
    })
    .from(household)
    .leftJoin(povertyReview, and(eq(povertyReview.householdId, household.id), eq(povertyReview.reviewYear, f.year)))
    .where(
      and(
        eq(household.provinceCode, f.provinceCode),
        f.communeCode ? eq(household.communeCode, f.communeCode) : undefined,
        lte(household.registeredOn, yearEnd),
        or(isNull(household.dissolvedOn), gt(household.dissolvedOn, yearEnd)),
      ),
    )
    .groupBy(household.communeCode)
    .orderBy(asc(household.communeCode));
}

/**
 * Inserts many households with their members in a few statements (bulk registration, the demo seed); a household
 * whose code its commune already has is skipped. Returns the inserted households.
 */
export async function insertHouseholdsWithMembers(
  db: DbOrTx,
  items: { household: NewHousehold; members: NewMember[] }[],
): Promise<HouseholdRecord[]> {
  const saved: HouseholdRecord[] = [];
  // Chunks keep each statement well under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < items.length; i += 1000) {
    const chunk = items.slice(i, i + 1000);
    const rows = await db
      .insert(household)
      .values(chunk.map((c) => c.household))
      .onConflictDoNothing()
      .returning();
    const idOf = new Map(rows.map((r) => [`${r.communeCode}/${r.householdCode}`, r.id]));
    const members = chunk.flatMap((c) => {
      const householdId = idOf.get(`${c.household.communeCode}/${c.household.householdCode}`);
      return householdId === undefined ? [] : c.members.map((m) => ({ ...m, householdId }));
    });
    for (let j = 0; j < members.length; j += 5000) {
      await db.insert(householdMember).values(members.slice(j, j + 5000));
    }
    saved.push(...rows);
  }
  return saved;
}

/** The reviews of one year of these households. */
export async function selectReviewsOfYear(db: DbOrTx, householdIds: number[], year: number): Promise<ReviewRecord[]> {
  if (householdIds.length === 0) return [];
  return db
    .select()
    .from(povertyReview)
    .where(and(inArray(povertyReview.householdId, householdIds), eq(povertyReview.reviewYear, year)));
}

/** Inserts many reviews; a household that already has a review of that year is skipped. */
export async function insertReviews(db: DbOrTx, values: NewReview[]): Promise<ReviewRecord[]> {
  const saved: ReviewRecord[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    saved.push(
      ...(await db
        .insert(povertyReview)
        .values(values.slice(i, i + 1000))
        .onConflictDoNothing()
        .returning()),
    );
  }
  return saved;
}

/** Which of these (commune, household code) pairs the register already holds. */
export async function selectExistingHouseholdKeys(
  db: DbOrTx,
  keys: { communeCode: string; householdCode: string }[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const json = JSON.stringify(keys.map((k) => [k.communeCode, k.householdCode]));
  const result = await db.execute<{ key: string }>(sql`
    SELECT h.commune_code || '/' || h.household_code AS key
    FROM household h
    JOIN jsonb_array_elements(${json}::jsonb) AS k ON h.commune_code = k->>0 AND h.household_code = k->>1`);
  return new Set(result.rows.map((r) => r.key));
}

/** The latest year a poverty review was recorded in a province (or one commune), from poverty_review_unit_idx. */
export async function selectLatestReviewYear(
  db: DbOrTx,
  f: { provinceCode: string; communeCode?: string },
): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(${povertyReview.reviewYear})::int` })
    .from(povertyReview)
    .where(
      and(
        eq(povertyReview.provinceCode, f.provinceCode),
        f.communeCode ? eq(povertyReview.communeCode, f.communeCode) : undefined,
      ),
    );
  return row?.year ?? null;
}
