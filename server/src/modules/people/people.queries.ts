import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { person, personTransfer } from '../../../db/schema/index.ts';
import type { Scope } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';

export type PersonRecord = typeof person.$inferSelect;
export type TransferRecord = typeof personTransfer.$inferSelect;

/** A person's identity as the role modules hand it over: the registry stores it once. */
export interface PersonIdentity {
  personId: string;
  fullName: string;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  ethnicityCode: string | null;
  phone: string | null;
  address: string | null;
  provinceCode: string;
  communeCode: string;
  unitNeedsReview: boolean;
  sourceUnit: string | null;
}

/** Identity columns in a fixed order (TS key → SQL column, SQL type), for set-based statements of role modules. */
export const PERSON_COLUMNS: [keyof PersonIdentity, string, string][] = [
  ['personId', 'person_id', 'varchar(12)'],
  ['fullName', 'full_name', 'text'],
  ['birthDate', 'birth_date', 'date'],
  ['sex', 'sex', 'text'],
  ['ethnicityCode', 'ethnicity_code', 'varchar(2)'],
  ['phone', 'phone', 'text'],
  ['address', 'address', 'text'],
  ['provinceCode', 'province_code', 'varchar(2)'],
  ['communeCode', 'commune_code', 'varchar(5)'],
  ['unitNeedsReview', 'unit_needs_review', 'boolean'],
  ['sourceUnit', 'source_unit', 'text'],
];
const PERSON_DATA = PERSON_COLUMNS.filter(([, col]) => col !== 'person_id');

/**
 * The SQL of an upsert of people from a row source (a CTE name) that has the identity columns: inserts new people,
 * updates the ones whose identity differs (bumping their version), leaves the rest. `where` limits the source
 * rows (e.g. to people in the importer's scope). Returns person_id and whether the row is new.
 */
export function personUpsertSql(source: string, where: SQL): SQL {
  const cols = PERSON_COLUMNS.map(([, col]) => col).join(', ');
  const setList = PERSON_DATA.map(([, col]) => `${col} = excluded.${col}`).join(', ');
  const changed = `(${PERSON_DATA.map(([, col]) => `person.${col}`).join(', ')}) IS DISTINCT FROM (${PERSON_DATA.map(([, col]) => `excluded.${col}`).join(', ')})`;
  return sql`INSERT INTO person (${sql.raw(cols)})
      SELECT ${sql.raw(cols)} FROM ${sql.raw(source)} s WHERE ${where}
      ON CONFLICT (person_id) DO UPDATE SET ${sql.raw(setList)}, version = person.version + 1, updated_at = now()
      WHERE ${sql.raw(changed)}
      RETURNING person.person_id, (xmax = 0) AS is_new`;
}

export async function selectPerson(db: DbOrTx, personId: string): Promise<PersonRecord | undefined> {
  const [row] = await db.select().from(person).where(eq(person.personId, personId));
  return row;
}

/** The person row locked for the rest of the transaction (a transfer decision, a registration). */
export async function selectPersonForUpdate(db: DbOrTx, personId: string): Promise<PersonRecord | undefined> {
  const [row] = await db.select().from(person).where(eq(person.personId, personId)).for('update');
  return row;
}

export async function selectPersonUnits(
  db: DbOrTx,
  personIds: string[],
): Promise<Map<string, { provinceCode: string; communeCode: string }>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: person.personId, provinceCode: person.provinceCode, communeCode: person.communeCode })
    .from(person)
    .where(inArray(person.personId, personIds));
  return new Map(rows.map((r) => [r.personId, r]));
}

export const identityDiffers = (stored: PersonRecord, value: PersonIdentity) =>
  PERSON_DATA.some(([key]) => (stored[key] ?? null) !== (value[key] ?? null));

/** Inserts a person, or writes a new identity over the stored one when it differs; returns the row and before. */
export async function upsertPerson(
  db: DbOrTx,
  value: PersonIdentity,
): Promise<{ row: PersonRecord; before: PersonRecord | undefined }> {
  const before = await selectPersonForUpdate(db, value.personId);
  if (!before) {
    const [row] = await db.insert(person).values(value).returning();
    if (!row) throw new Error('insert returned no row');
    return { row, before };
  }
  if (!identityDiffers(before, value)) return { row: before, before };
  const [row] = await db
    .update(person)
    .set({ ...value, version: sql`${person.version} + 1`, updatedAt: sql`now()` })
    .where(eq(person.personId, value.personId))
    .returning();
  return { row: row ?? before, before };
}

/** Inserts the people that are not registered yet; existing ones are left as they are. */
export async function insertMissingPersons(db: DbOrTx, values: PersonIdentity[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await db
    .insert(person)
    .values(values)
    .onConflictDoNothing({ target: person.personId })
    .returning({ personId: person.personId });
  return rows.map((r) => r.personId);
}

/** Moves a person to another commune (a transfer); the worker copy follows by the person_sync_worker trigger. */
export async function updatePersonUnit(
  db: DbOrTx,
  personId: string,
  to: { provinceCode: string; communeCode: string },
): Promise<PersonRecord> {
  const [row] = await db
    .update(person)
    .set({
      provinceCode: to.provinceCode,
      communeCode: to.communeCode,
      unitNeedsReview: false,
      sourceUnit: null,
      version: sql`${person.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(person.personId, personId))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** Which registers hold the person (the role tables point to person by personal ID). */
export async function selectPersonRoles(db: DbOrTx, personId: string): Promise<string[]> {
  const result = await db.execute<{ worker: boolean; member: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM worker WHERE person_id = ${personId}) AS worker,
           EXISTS (SELECT 1 FROM household_member WHERE person_id = ${personId}) AS member`);
  const r = result.rows[0];
  return [...(r?.worker ? ['worker'] : []), ...(r?.member ? ['household_member'] : [])];
}

export async function insertTransfer(db: DbOrTx, value: typeof personTransfer.$inferInsert) {
  const [row] = await db.insert(personTransfer).values(value).onConflictDoNothing().returning();
  return row;
}

export async function selectTransfer(db: DbOrTx, id: number): Promise<TransferRecord | undefined> {
  const [row] = await db.select().from(personTransfer).where(eq(personTransfer.id, id));
  return row;
}

export async function selectPendingTransfer(db: DbOrTx, personId: string, toCommuneCode: string) {
  const [row] = await db
    .select()
    .from(personTransfer)
    .where(
      and(
        eq(personTransfer.personId, personId),
        eq(personTransfer.toCommuneCode, toCommuneCode),
        eq(personTransfer.status, 'pending'),
      ),
    );
  return row;
}

/**
 * Newest first with the id as tie-break, read backwards from person_transfer_from_at_idx (holding side) and
 * person_transfer_to_at_idx (requesting side), both (province, requested_at, id); both sides together are the
 * union of the two ranges.
 */
const TRANSFER_ORDER: SortKey[] = [
  { expr: sql`${personTransfer.requestedAt}`, dir: 'desc', type: 'timestamptz' },
  { expr: sql`${personTransfer.id}`, dir: 'desc', type: 'integer' },
];

/** Requests the scope holds the person of (incoming) or asked for (outgoing), newest first, with names. */
export async function selectTransfers(
  db: DbOrTx,
  f: PageRequest & {
    scope: Scope;
    direction?: 'incoming' | 'outgoing';
    status?: TransferRecord['status'];
    exactCount?: boolean;
  },
) {
  const incoming = scopeWhere(f.scope, {
    province: personTransfer.fromProvinceCode,
    commune: personTransfer.fromCommuneCode,
  });
  const outgoing = scopeWhere(f.scope, {
    province: personTransfer.toProvinceCode,
    commune: personTransfer.toCommuneCode,
  });
  const side = f.direction === 'incoming' ? incoming : f.direction === 'outgoing' ? outgoing : or(incoming, outgoing);
  const where = and(side, f.status ? eq(personTransfer.status, f.status) : undefined);
  const plan = keysetPage('requested', TRANSFER_ORDER, f);
  const [rows, count] = await Promise.all([
    db
      .select({
        transfer: personTransfer,
        fullName: person.fullName,
        incoming: incoming ? sql<boolean>`coalesce(${incoming}, false)` : sql<boolean>`true`,
        pageKey: plan.key,
      })
      .from(personTransfer)
      .innerJoin(person, eq(person.personId, personTransfer.personId))
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    countRows(db, db.select({ one: sql`1` }).from(personTransfer).where(where).getSQL(), { exact: f.exactCount }),
  ]);
  return { ...plan.finish(rows), count };
}

/** Records the decision when the request is still pending; undefined when someone decided first. */
export async function decideTransfer(
  db: DbOrTx,
  id: number,
  patch: {
    status: 'accepted' | 'refused' | 'cancelled';
    decidedBy: number;
    decidedByName: string;
    note: string | null;
  },
): Promise<TransferRecord | undefined> {
  const [row] = await db
    .update(personTransfer)
    .set({
      status: patch.status,
      decidedBy: patch.decidedBy,
      decidedByName: patch.decidedByName,
      decidedAt: sql`now()`,
      decisionNote: patch.note,
    })
    .where(and(eq(personTransfer.id, id), eq(personTransfer.status, 'pending')))
    .returning();
  return row;
}

/** Closes the other open requests for a person who has just moved: their holder changed. */
export async function cancelOtherPending(db: DbOrTx, personId: string, exceptId: number, by: string) {
  await db
    .update(personTransfer)
    .set({ status: 'cancelled', decidedByName: by, decidedAt: sql`now()`, decisionNote: 'Người này đã chuyển đơn vị' })
    .where(
      and(
        eq(personTransfer.personId, personId),
        eq(personTransfer.status, 'pending'),
        sql`${personTransfer.id} <> ${exceptId}`,
      ),
    );
}

/** People of a scope whose commune must be confirmed (a partial merge of the 2025 reform), by its partial index. */
export async function countUnitReview(db: DbOrTx, scope: Scope): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .where(
      and(
        sql`${person.unitNeedsReview}`,
        scopeWhere(scope, { province: person.provinceCode, commune: person.communeCode }),
      ),
    );
  return row?.n ?? 0;
}

/** Pending requests for people the scope holds: the scope decides them (home page). */
export async function countPendingTransfersToDecide(db: DbOrTx, scope: Scope): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(personTransfer)
    .where(
      and(
        eq(personTransfer.status, 'pending'),
        scopeWhere(scope, { province: personTransfer.fromProvinceCode, commune: personTransfer.fromCommuneCode }),
      ),
    );
  return row?.n ?? 0;
}
