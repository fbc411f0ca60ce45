import { columnOf, WORKER_OWN_FIELDS } from '@lmis/contracts';
import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { statGeneration, worker, workerStat } from '../../../db/schema/index.ts';
import type { RequestContext, Scope } from '../../platform/auth/actor.ts';
import { unitWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import type { ImportErrorRow, ImportProgress } from '../../platform/imports/queries.ts';
import { countRows, keysetPage, type PageRequest, type SortKey } from '../../platform/paging.ts';
import { personTable as person, personUpsertSql, savePerson } from '../people/index.ts';
import type { WorkerValue } from './worker-input.ts';

/**
 * A worker as the register shows it: the worker row joined to its person by personal ID. Sex, birth date and
 * unit come from the worker's copies (equal to the person's, see the worker table); the rest of the identity
 * from person.
 */
const WORKER_SELECT = {
  ...getTableColumns(worker),
  fullName: person.fullName,
  nameSort: person.nameSort,
  ethnicityCode: person.ethnicityCode,
  phone: person.phone,
  address: person.address,
  unitNeedsReview: person.unitNeedsReview,
  sourceUnit: person.sourceUnit,
};
export type WorkerRecord = typeof worker.$inferSelect & {
  fullName: string;
  nameSort: string;
  ethnicityCode: string | null;
  phone: string | null;
  address: string | null;
  unitNeedsReview: boolean;
  sourceUnit: string | null;
};
const fromPersonAndWorker = (db: DbOrTx) =>
  db.select(WORKER_SELECT).from(person).innerJoin(worker, eq(worker.personId, person.personId));

/**
 * Stored columns a worker's data fills, in the order the batch merge uses (TS key → SQL column, SQL type): the
 * identity the person registry keeps, then the worker's own declared fields (packages/contracts worker.fields.ts,
 * each a column of `worker` named after its key), then the round.
 */
const COLUMNS: [keyof WorkerValue, string, string][] = [
  ['personId', 'person_id', 'varchar(12)'],
  ['fullName', 'full_name', 'text'],
  ['birthDate', 'birth_date', 'date'],
  ['sex', 'sex', 'text'],
  ['ethnicityCode', 'ethnicity_code', 'varchar(2)'],
  ['phone', 'phone', 'text'],
  ['provinceCode', 'province_code', 'varchar(2)'],
  ['communeCode', 'commune_code', 'varchar(5)'],
  ['unitNeedsReview', 'unit_needs_review', 'boolean'],
  ['sourceUnit', 'source_unit', 'text'],
  ['address', 'address', 'text'],
  ...WORKER_OWN_FIELDS.map((f): [keyof WorkerValue, string, string] => [
    f.key,
    columnOf(f.key),
    f.type === 'bool' ? 'boolean' : 'text',
  ]),
  ['roundYear', 'round_year', 'smallint'],
];
/** Columns of the worker table itself: its labour data and the copies of sex, birth date and unit. */
const IDENTITY_ONLY = new Set(['full_name', 'ethnicity_code', 'phone', 'address', 'unit_needs_review', 'source_unit']);
const WORKER_COLUMNS = COLUMNS.filter(([, col]) => !IDENTITY_ONLY.has(col));
const WORKER_DATA = WORKER_COLUMNS.filter(([, col]) => col !== 'person_id');
const DATA_COLUMNS = COLUMNS.filter(([, col]) => col !== 'person_id');

/** The identity part of a worker's value, as the person registry stores it. */
export const identityOf = (v: WorkerValue) => ({
  personId: v.personId,
  fullName: v.fullName,
  birthDate: v.birthDate,
  sex: v.sex,
  ethnicityCode: v.ethnicityCode,
  phone: v.phone,
  address: v.address,
  provinceCode: v.provinceCode,
  communeCode: v.communeCode,
  unitNeedsReview: v.unitNeedsReview,
  sourceUnit: v.sourceUnit,
});
const workerPart = (v: WorkerValue) =>
  Object.fromEntries(WORKER_COLUMNS.map(([key]) => [key, v[key]])) as unknown as typeof worker.$inferInsert;

/** The audited view of a worker, the same from the API and from an import: stored fields and version. */
export function auditView(w: WorkerRecord): Record<string, unknown> {
  return { ...Object.fromEntries(COLUMNS.map(([key]) => [key, w[key as keyof WorkerRecord]])), version: w.version };
}

/** The same view built in SQL from a row alias and a version expression, for set-based audit of import batches. */
const auditJson = (alias: string, version: string) =>
  `jsonb_build_object(${[...COLUMNS.map(([key, col]) => `'${key}', ${alias}.${col}`), `'version', ${version}`].join(', ')})`;

export interface WorkerFilter {
  scope: Scope;
  provinceCode?: string;
  communeCode?: string;
  q?: string;
  employmentStatus?: string;
  qualificationCode?: string;
  sex?: 'male' | 'female';
  ethnicityCode?: string;
  /** Inclusive birth-date bounds computed from an age band. */
  bornFrom?: string;
  bornTo?: string;
  need?: 'training' | 'job' | 'abroad';
  unitNeedsReview?: boolean;
  /** Match the name from its start (a full name typed from the family name) instead of anywhere in it. */
  namePrefix?: boolean;
}

/**
 * The list's conditions. Units are filtered on the table whose index drives the order: person for the name and
 * birth-date orders and the name searches (worker joins by primary key), worker for the order of its own
 * `updated_at` (its unit columns are the person's, kept equal by the person_sync_worker trigger).
 */
function filterSql(f: WorkerFilter, unitsOn: 'person' | 'worker' = 'person'): SQL | undefined {
  const q = f.q?.trim();
  const units = unitsOn === 'person' ? person : worker;
  return and(
    unitWhere(f.scope, { province: units.provinceCode, commune: units.communeCode }, f),
    q && /^\d{3,12}$/.test(q) ? sql`${person.personId} LIKE ${`${q}%`}` : undefined,
    q && !/^\d+$/.test(q)
      ? f.namePrefix
        ? sql`${person.nameSearch} LIKE f_unaccent(lower(${q})) || '%'`
        : sql`${person.nameSearch} LIKE '%' || f_unaccent(lower(${q})) || '%'`
      : undefined,
    f.employmentStatus ? eq(worker.employmentStatus, f.employmentStatus) : undefined,
    f.qualificationCode ? eq(worker.qualificationCode, f.qualificationCode) : undefined,
    f.sex ? eq(worker.sex, f.sex) : undefined,
    f.ethnicityCode ? eq(person.ethnicityCode, f.ethnicityCode) : undefined,
    f.bornFrom ? gte(worker.birthDate, f.bornFrom) : undefined,
    f.bornTo ? lte(worker.birthDate, f.bornTo) : undefined,
    f.need === 'training' ? eq(worker.needTraining, true) : undefined,
    f.need === 'job' ? eq(worker.needJob, true) : undefined,
    f.need === 'abroad' ? eq(worker.needAbroad, true) : undefined,
    f.unitNeedsReview !== undefined ? eq(person.unitNeedsReview, f.unitNeedsReview) : undefined,
  );
}

const SORTS = {
  name: [sql`${person.nameSort} COLLATE "C"`, asc(person.personId)],
} as const;
export type WorkerSort = 'name' | 'birthDate' | 'updated';

// List orders as keyset keys (platform/paging.ts), each ending on the unique personal ID, and the index that
// serves each one as a single range at any depth (scope columns first):
//   name       person_province_sort_idx / person_commune_sort_idx (unit, name_sort COLLATE "C", person_id)
//   birthDate  person_province_birth_idx / person_commune_birth_idx (unit, birth_date, name_sort, person_id)
//   updated    worker_province_updated_idx / worker_commune_updated_idx (unit, updated_at, person_id), backwards
//   prefix     person_name_prefix_idx (province, name_search text_pattern_ops, person_id)
const byPersonId = (dir: 'asc' | 'desc' = 'asc'): SortKey => ({ expr: sql`${person.personId}`, dir, type: 'text' });
const byNameSort: SortKey = { expr: sql`${person.nameSort} COLLATE "C"`, dir: 'asc', type: 'text', collate: 'C' };
const SORT_KEYS: Record<WorkerSort, SortKey[]> = {
  name: [byNameSort, byPersonId()],
  birthDate: [{ expr: sql`${person.birthDate}`, dir: 'asc', type: 'date' }, byNameSort, byPersonId()],
  updated: [
    { expr: sql`${worker.updatedAt}`, dir: 'desc', type: 'timestamptz' },
    { expr: sql`${worker.personId}`, dir: 'desc', type: 'text' },
  ],
};
/** Matches of a name prefix in the order of the matched name: the prefix index serves it without a sort. */
const PREFIX_KEYS: SortKey[] = [
  {
    expr: sql`${person.nameSearch}`,
    dir: 'asc',
    type: 'text',
    ops: { less: '~<~', greater: '~>~', lessEq: '~<=~', greaterEq: '~>=~' },
  },
  byPersonId(),
];

/**
 * The rows to count. Without a condition on person's own columns (name, ethnicity, unit review) the count reads
 * worker alone, by its unit copies, from worker_commune_idx without visiting the table: 2 ms for 10.000 rows
 * of a commune, where the same count joined to person took 360 ms (measured, 1.000.000 workers).
 */
function countQuery(db: DbOrTx, f: WorkerFilter): SQL {
  const onPerson = Boolean(f.q?.trim()) || f.ethnicityCode !== undefined || f.unitNeedsReview !== undefined;
  if (!onPerson) {
    return db.select({ one: sql`1` }).from(worker).where(filterSql(f, 'worker')).getSQL();
  }
  return db
    .select({ one: sql`1` })
    .from(person)
    .innerJoin(worker, eq(worker.personId, person.personId))
    .where(filterSql(f))
    .getSQL();
}

export async function selectWorkers(
  db: DbOrTx,
  filter: WorkerFilter & PageRequest & { sort: WorkerSort; exactCount?: boolean; namesOn: string },
) {
  let f = filter;
  // Several words are a full name from its start: try the prefix range, and search inside names only when
  // nothing starts that way ("van hung", a given name alone).
  if (f.q && /\s/.test(f.q.trim()) && !/^\d+$/.test(f.q)) {
    const prefixed = { ...f, namePrefix: true };
    const [hit] = await db
      .select({ one: sql`1` })
      .from(person)
      .innerJoin(worker, eq(worker.personId, person.personId))
      .where(filterSql(prefixed))
      .limit(1);
    if (hit) f = prefixed;
  }
  // A name search is driven by the name indexes on person, whatever the order.
  const where = filterSql(f, f.sort === 'updated' && !f.q ? 'worker' : 'person');
  // A query typed with diacritics ranks exact matches ("Hùng") above merely unaccented ones ("Hưng").
  const exactFirst: SortKey[] =
    f.q && /[\u00c0-\u1ef9]/.test(f.q)
      ? [{ expr: sql`(lower(${person.fullName}) LIKE '%' || lower(${f.q}) || '%')`, dir: 'desc', type: 'boolean' }]
      : [];
  const prefixOrder = f.namePrefix && f.sort === 'name';
  const plan = keysetPage(
    `${f.sort}${prefixOrder ? '.prefix' : ''}${exactFirst.length ? '.exact' : ''}`,
    [...exactFirst, ...(prefixOrder ? PREFIX_KEYS : SORT_KEYS[f.sort])],
    f,
  );
  const [rows, count] = await Promise.all([
    db
      .select({
        ...WORKER_SELECT,
        // The commune's name on the page's day, read in the same statement (admin_unit_level_code_from_uq).
        communeName: sql<string | null>`(SELECT u.name FROM admin_unit u WHERE u.level = 'commune'
          AND u.code = ${worker.communeCode} AND (u.valid_from IS NULL OR u.valid_from <= ${f.namesOn})
          AND (u.valid_to IS NULL OR u.valid_to >= ${f.namesOn}) LIMIT 1)`,
        pageKey: plan.key,
      })
      .from(person)
      .innerJoin(worker, eq(worker.personId, person.personId))
      .where(and(where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(plan.limit)
      .offset(plan.offset),
    // The register's generation of the scope's province (of all provinces for a national scope).
    selectRegisterGeneration(db, f.scope.kind === 'national' ? f.provinceCode : f.scope.provinceCode).then(
      (generation) => countRows(db, countQuery(db, f), { exact: f.exactCount, generation }),
    ),
  ]);
  const page = plan.finish(rows);
  return {
    rows: page.rows as (WorkerRecord & { communeName: string | null })[],
    count,
    nextCursor: page.nextCursor,
    prevCursor: page.prevCursor,
  };
}

/** Walks the whole filtered list in name order, `size` rows at a time (keyset paging, no row cap). */
export async function* streamWorkers(db: DbOrTx, f: WorkerFilter, size = 5000): AsyncGenerator<WorkerRecord[]> {
  let after: { sort: string; id: string } | undefined;
  for (;;) {
    const rows = await fromPersonAndWorker(db)
      .where(
        and(
          filterSql(f),
          after
            ? sql`(${person.nameSort} COLLATE "C", ${person.personId}) > (${after.sort} COLLATE "C", ${after.id})`
            : undefined,
        ),
      )
      .orderBy(...SORTS.name)
      .limit(size);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1] as WorkerRecord;
    after = { sort: last.nameSort, id: last.personId };
    if (rows.length < size) return;
  }
}

export async function selectWorker(db: DbOrTx, personId: string): Promise<WorkerRecord | undefined> {
  const [row] = await fromPersonAndWorker(db).where(eq(person.personId, personId));
  return row;
}

/** Writes the person (the registry creates or updates the identity) and inserts the worker that points to it. */
export async function insertWorker(db: DbOrTx, value: WorkerValue): Promise<WorkerRecord> {
  await savePerson(db, identityOf(value));
  await db.insert(worker).values(workerPart(value));
  const row = await selectWorker(db, value.personId);
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates when the stored version is the one the caller read; undefined on a conflict. */
export async function updateWorkerVersioned(
  db: DbOrTx,
  personId: string,
  version: number,
  value: WorkerValue,
): Promise<WorkerRecord | undefined> {
  const [row] = await db
    .update(worker)
    .set({ ...workerPart(value), version: sql`${worker.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(worker.personId, personId), eq(worker.version, version)))
    .returning({ personId: worker.personId });
  if (!row) return undefined;
  await savePerson(db, identityOf(value));
  return selectWorker(db, personId);
}

/** Keeps the data of an earlier collection round before a later round overwrites it. */
export async function archiveEarlierRound(db: DbOrTx, personId: string, roundYear: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO worker_snapshot (person_id, round_year, province_code, commune_code, sex, birth_date,
                                 employment_status, qualification_code, data)
    SELECT w.person_id, w.round_year, w.province_code, w.commune_code, w.sex, w.birth_date,
           w.employment_status, w.qualification_code,
           (to_jsonb(p) - 'name_search' - 'name_sort') || to_jsonb(w)
    FROM worker w JOIN person p ON p.person_id = w.person_id
    WHERE w.person_id = ${personId} AND w.round_year < ${roundYear}
    ON CONFLICT (person_id, round_year) DO NOTHING`);
}

export interface MergeResult {
  inserted: number;
  updated: number;
  /** Rows refused because the person is registered in a unit outside the importer's scope. */
  clashes: { personId: string; sourceRow: number; fullName: string }[];
  /** The import's counters after this batch, when the batch was part of an import (`progress` given). */
  progress?: ImportProgress;
}

/** A batch's rows as JSON arrays in COLUMNS order plus the source row: a third of the size of objects, and
 *  jsonb_array_elements with positional ->> reads it about five times faster than jsonb_to_recordset. */
const [STAGE_HEAD, STAGE_TAIL] = (() => {
  const fields = COLUMNS.map(([, col, type], i) => `(r->>${i})::${type} AS ${col}`);
  return [
    `SELECT ${fields.join(', ')}, (r->>${COLUMNS.length})::int AS source_row FROM jsonb_array_elements(`,
    '::jsonb) AS r',
  ].map((text) => sql.raw(text)) as [SQL, SQL];
})();

export interface WorkerBatch {
  rows: (WorkerValue & { sourceRow: number })[];
  scope: Scope;
  /** The import the rows come from; null for rows from elsewhere (the demo data), which then name a `source`. */
  importId: number | null;
  ctx: RequestContext;
  /** What the audit note names as the rows' source; an import by default. */
  source?: string;
  /** The batch's place in an import: rows read (valid and invalid) and the invalid ones. */
  progress?: { rowsRead: number; invalid: ImportErrorRow[] };
}

/**
 * Upserts a validated batch in one statement, so it lands whole or not at all: refuses people registered outside
 * the scope, archives earlier rounds, inserts new people, updates changed ones only (so a re-import changes
 * nothing), and audits every insert and update. An update gets its own entry with before/after images; the
 * people a batch creates share one entry per commune that lists them, with actor, time and source rows but no
 * after-image: the record's first state is the row itself or, once changed, the before-image of its first update,
 * so nothing is lost. Given `progress`, the same statement also records the batch's invalid rows and adds the batch
 * to the import's counters (its checkpoint).
 */
export async function mergeWorkerBatch(tx: DbOrTx, batch: WorkerBatch): Promise<MergeResult> {
  return runWorkerBatch(tx, prepareWorkerBatch(batch));
}

export type PreparedWorkerBatch = { query: SQL; batch: WorkerBatch };

/** Builds a batch's statement (the JSON of its rows included), so it can be made while another batch runs. */
export function prepareWorkerBatch(opts: WorkerBatch): PreparedWorkerBatch {
  const json = JSON.stringify(opts.rows.map((r) => [...COLUMNS.map(([key]) => r[key]), r.sourceRow]));
  // Outside the scope is decided on the person: someone a household of another commune registered clashes too.
  const outside =
    opts.scope.kind === 'national'
      ? sql`false`
      : opts.scope.kind === 'province'
        ? sql`p.province_code <> ${opts.scope.provinceCode}`
        : sql`p.commune_code <> ${opts.scope.communeCode}`;
  const workerCols = WORKER_COLUMNS.map(([, col]) => col).join(', ');
  const setList = WORKER_DATA.map(([, col]) => `${col} = excluded.${col}`).join(', ');
  // A row changes the worker when its labour data or its identity differs from what is stored.
  const changed = `(${DATA_COLUMNS.map(([, col]) => `f.${col}`).join(', ')}) IS DISTINCT FROM (${DATA_COLUMNS.map(([, col]) => `s.${col}`).join(', ')})`;
  const actorId = opts.ctx.actor?.id ?? null;
  const actorName = opts.ctx.actor?.username ?? 'system';
  const source = opts.source ?? `lần nhập #${opts.importId}`;
  const repeats = opts.progress?.invalid.filter((e) => e.notice).length ?? 0;
  const refused = (opts.progress?.invalid.length ?? 0) - repeats;
  const progress = opts.progress
    ? sql`, errors AS (
        INSERT INTO worker_import_error (import_id, row_number, reasons, raw, notice)
        SELECT ${opts.importId}, (e->>0)::int, e->>1, e->2, (e->>3)::boolean
        FROM jsonb_array_elements(${JSON.stringify(opts.progress.invalid.map((e) => [e.rowNumber, e.reasons, e.raw, e.notice === true]))}::jsonb) AS e
        ON CONFLICT DO NOTHING
      ), accepted AS (
        SELECT count(*)::int AS n, count(*) FILTER (WHERE s.unit_needs_review)::int AS flagged
        FROM stage s WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.person_id = s.person_id AND f.outside)
      ), progress AS (
        UPDATE worker_import i
        SET rows_done = i.rows_done + ${opts.progress.rowsRead},
            inserted = i.inserted + c.inserted,
            updated = i.updated + c.updated,
            unchanged = i.unchanged + a.n - c.inserted - c.updated,
            failed = i.failed + ${refused} + ${opts.rows.length} - a.n,
            flagged = i.flagged + a.flagged,
            repeated = i.repeated + ${repeats}
        FROM counted c, accepted a
        WHERE i.id = ${opts.importId}
        RETURNING i.rows_done, i.inserted, i.updated, i.unchanged, i.failed, i.flagged, i.repeated
      )`
    : sql``;
  // A batch is whole or absent after a crash and a resumed run writes it again: waiting for its WAL flush buys
  // nothing (set for this statement's own transaction only).
  const query = sql`
    WITH stage AS MATERIALIZED (${STAGE_HEAD}${json}${STAGE_TAIL}
    ), found AS MATERIALIZED (
      SELECT p.person_id, ${outside} AS outside FROM person p JOIN stage s ON s.person_id = p.person_id
    ), prior AS MATERIALIZED (
      -- The stored worker joined to its person: the before-image of an update and the archived earlier round.
      SELECT w.*, p.full_name, p.ethnicity_code, p.phone, p.address, p.unit_needs_review, p.source_unit
      FROM worker w JOIN person p ON p.person_id = w.person_id JOIN stage s ON s.person_id = w.person_id
    ), accepted_rows AS MATERIALIZED (
      SELECT s.*
      FROM stage s LEFT JOIN prior f ON f.person_id = s.person_id
      WHERE NOT EXISTS (SELECT 1 FROM found o WHERE o.person_id = s.person_id AND o.outside)
        AND (f.person_id IS NULL OR ${sql.raw(changed)})
    ), snapshot AS (
      INSERT INTO worker_snapshot (person_id, round_year, province_code, commune_code, sex, birth_date,
                                   employment_status, qualification_code, data)
      SELECT f.person_id, f.round_year, f.province_code, f.commune_code, f.sex, f.birth_date,
             f.employment_status, f.qualification_code, to_jsonb(f)
      FROM prior f JOIN stage s ON s.person_id = f.person_id
      WHERE f.round_year < s.round_year
        AND NOT EXISTS (SELECT 1 FROM found o WHERE o.person_id = s.person_id AND o.outside)
      ON CONFLICT (person_id, round_year) DO NOTHING
    ), people AS (
      ${personUpsertSql('accepted_rows', sql`true`)}
    ), up AS (
      INSERT INTO worker (${sql.raw(workerCols)}, source_import_id, source_row)
      SELECT ${sql.raw(workerCols)}, ${opts.importId}::int, source_row FROM accepted_rows
      ON CONFLICT (person_id) DO UPDATE SET ${sql.raw(setList)}, version = worker.version + 1, updated_at = now()
      RETURNING worker.person_id, worker.province_code, worker.commune_code, worker.version, (xmax = 0) AS is_new
    ), audit_updates AS (
      INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, unit_code, province_code,
                             before, after, note, request_id)
      SELECT ${actorId}, ${actorName}, 'update', 'worker', up.person_id, up.commune_code, up.province_code,
             ${sql.raw(auditJson('f', 'f.version'))}, ${sql.raw(auditJson('s', 'up.version'))},
             ${source} || ', dòng ' || s.source_row, ${opts.ctx.requestId}
      FROM up JOIN stage s ON s.person_id = up.person_id JOIN prior f ON f.person_id = up.person_id
      WHERE NOT up.is_new
    ), audit_creates AS (
      -- One bulk entry per commune lists the people the batch created (each record's history finds it by the
      -- GIN index on entity_ids); the rows themselves are the after-image and keep their source row.
      INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_ids, unit_code, province_code,
                             note, request_id)
      SELECT ${actorId}, ${actorName}, 'create', 'worker', array_agg(up.person_id ORDER BY s.source_row),
             up.commune_code, up.province_code,
             ${source} || ', dòng ' || min(s.source_row) || '–' || max(s.source_row), ${opts.ctx.requestId}
      FROM up JOIN stage s ON s.person_id = up.person_id
      WHERE up.is_new
      GROUP BY up.province_code, up.commune_code
    ), counted AS (
      SELECT count(*) FILTER (WHERE is_new)::int AS inserted, count(*) FILTER (WHERE NOT is_new)::int AS updated
      FROM up
    )${progress}
    SELECT (SELECT inserted FROM counted) AS inserted, (SELECT updated FROM counted) AS updated,
           (SELECT coalesce(json_agg(json_build_object('person_id', f.person_id,
                                                       'source_row', s.source_row, 'full_name', s.full_name)), '[]')
            FROM found f JOIN stage s ON s.person_id = f.person_id WHERE f.outside) AS clashes,
           ${opts.progress ? sql`(SELECT row_to_json(p) FROM progress p)` : sql`NULL::json`} AS progress`;
  return { query, batch: opts };
}

/** Runs a prepared batch: one statement, so the batch lands whole or not at all. */
export async function runWorkerBatch(tx: DbOrTx, prepared: PreparedWorkerBatch): Promise<MergeResult> {
  const result = await tx.execute<{
    inserted: number;
    updated: number;
    clashes: { person_id: string; source_row: number; full_name: string }[];
    progress: Record<string, number> | null;
  }>(prepared.query);
  const row = result.rows[0];
  if (!row) throw new Error('merge returned no row');
  const p = row.progress;
  return {
    inserted: row.inserted,
    updated: row.updated,
    clashes: row.clashes.map((c) => ({
      personId: c.person_id,
      sourceRow: c.source_row,
      fullName: c.full_name,
    })),
    progress: p
      ? {
          rowsDone: p.rows_done as number,
          inserted: p.inserted as number,
          updated: p.updated as number,
          unchanged: p.unchanged as number,
          failed: p.failed as number,
          flagged: p.flagged as number,
          repeated: p.repeated as number,
        }
      : undefined,
  };
}

/** Statistics of a unit and round, summed from the trigger-maintained worker_stat. */
export async function selectWorkerStats(
  db: DbOrTx,
  f: {
    provinceCode?: string;
    communeCode?: string;
    roundYear: number;
    trainedCodes: string[];
    certifiedCodes: string[];
  },
) {
  const where = and(
    eq(workerStat.roundYear, f.roundYear),
    f.provinceCode ? eq(workerStat.provinceCode, f.provinceCode) : undefined,
    f.communeCode ? eq(workerStat.communeCode, f.communeCode) : undefined,
  );
  const inLabourForce = sql`${workerStat.employmentStatus} IN ('1', '2')`;
  const trained = inArray(workerStat.qualificationCode, f.trainedCodes);
  const certified = inArray(workerStat.qualificationCode, f.certifiedCodes);
  const measures = {
    total: sql<number>`coalesce(sum(${workerStat.n}), 0)::int`,
    employed: sql<number>`coalesce(sum(${workerStat.n}) FILTER (WHERE ${workerStat.employmentStatus} = '1'), 0)::int`,
    unemployed: sql<number>`coalesce(sum(${workerStat.n}) FILTER (WHERE ${workerStat.employmentStatus} = '2'), 0)::int`,
    inactive: sql<number>`coalesce(sum(${workerStat.n}) FILTER (WHERE ${workerStat.employmentStatus} = '3'), 0)::int`,
    unknownStatus: sql<number>`coalesce(sum(${workerStat.n}) FILTER (WHERE ${workerStat.employmentStatus} = ''), 0)::int`,
    trained: sql<number>`coalesce(sum(${workerStat.n}) FILTER (WHERE ${inLabourForce} AND ${trained}), 0)::int`,
    certified: sql<number>`coalesce(sum(${workerStat.n}) FILTER (WHERE ${inLabourForce} AND ${certified}), 0)::int`,
  };
  // One pass over the unit's aggregate rows for the four groupings (GROUPING SETS), not four scans of the same rows;
  // `grouping(…)` tells which set a row belongs to (1 where the column is rolled up).
  const rows = await db
    .select({
      set: sql<number>`grouping(${workerStat.sex}, ${workerStat.ageBand}, ${workerStat.communeCode})::int`,
      sex: workerStat.sex,
      ageBand: workerStat.ageBand,
      communeCode: workerStat.communeCode,
      ...measures,
    })
    .from(workerStat)
    .where(where)
    .groupBy(sql`GROUPING SETS ((), (${workerStat.sex}), (${workerStat.ageBand}), (${workerStat.communeCode}))`);
  type Row = (typeof rows)[number];
  const pick = ({ set: _set, sex: _sex, ageBand: _age, communeCode: _commune, ...m }: Row) => m;
  // grouping() bits: sex 4, age band 2, commune 1; a row keeps the bit of its own column cleared.
  const totals = rows.find((r) => r.set === 7);
  const bySex = rows.filter((r) => r.set === 3).map((r) => ({ key: r.sex, ...pick(r) }));
  const byAge = rows.filter((r) => r.set === 5).map((r) => ({ key: r.ageBand, ...pick(r) }));
  const byCommune = rows
    .filter((r) => r.set === 6)
    .map((r) => ({ key: r.communeCode, ...pick(r) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { totals: totals && pick(totals), bySex, byAge, byCommune };
}

/**
 * The province's register generation (of all provinces together without one): bumped in the same transaction as
 * every change of a person, a worker, a household or a poverty review (migrations 0018, 0022, 0025).
 */
export async function selectRegisterGeneration(db: DbOrTx, provinceCode: string | undefined): Promise<number> {
  const [row] = await db
    .select({ generation: sql<number>`coalesce(sum(${statGeneration.generation}), 0)::float8` })
    .from(statGeneration)
    .where(provinceCode ? eq(statGeneration.provinceCode, provinceCode) : undefined);
  return row?.generation ?? 0;
}

/** Collection rounds with data in the unit, newest first. */
export async function selectRounds(db: DbOrTx, f: { provinceCode?: string; communeCode?: string }): Promise<number[]> {
  const rows = await db
    .selectDistinct({ roundYear: workerStat.roundYear })
    .from(workerStat)
    .where(
      and(
        sql`${workerStat.n} > 0`,
        f.provinceCode ? eq(workerStat.provinceCode, f.provinceCode) : undefined,
        f.communeCode ? eq(workerStat.communeCode, f.communeCode) : undefined,
      ),
    )
    .orderBy(desc(workerStat.roundYear));
  return rows.map((r) => r.roundYear);
}

/**
 * Records which household each person belongs to and their relation to its head (the household register keeps
 * the members; the worker row points back). Changes only rows that differ, bumping their version.
 */
export async function linkWorkersToHouseholds(
  db: DbOrTx,
  links: { personId: string; householdId: number; relation: string | null }[],
): Promise<number> {
  if (links.length === 0) return 0;
  const json = JSON.stringify(
    links.map((l) => ({ person_id: l.personId, household_id: l.householdId, relation: l.relation })),
  );
  const result = await db.execute<{ n: number }>(sql`
    WITH up AS (
      UPDATE worker w SET household_id = l.household_id, household_relation = l.relation,
                          version = w.version + 1, updated_at = now()
      FROM jsonb_to_recordset(${json}::jsonb) AS l(person_id varchar(12), household_id integer, relation text)
      WHERE w.person_id = l.person_id
        AND (w.household_id, w.household_relation) IS DISTINCT FROM (l.household_id, l.relation)
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM up`);
  return result.rows[0]?.n ?? 0;
}

/**
 * Clears the household link of workers of a household who are no longer its members (every one when `keep` is
 * empty), bumping their version.
 */
export async function unlinkWorkersFromHousehold(db: DbOrTx, householdId: number, keep: string[]): Promise<number> {
  const rows = await db
    .update(worker)
    .set({ householdId: null, householdRelation: null, version: sql`${worker.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(worker.householdId, householdId),
        keep.length > 0
          ? sql`${worker.personId} NOT IN (${sql.join(
              keep.map((k) => sql`${k}`),
              sql`, `,
            )})`
          : undefined,
      ),
    )
    .returning({ personId: worker.personId });
  return rows.length;
}
