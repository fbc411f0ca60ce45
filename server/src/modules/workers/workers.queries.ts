import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, notInArray, type SQL, sql } from 'drizzle-orm';
import { worker, workerImport, workerImportError, workerStat } from '../../../db/schema/index.ts';
import type { RequestContext, Scope } from '../../platform/auth/actor.ts';
import { scopeWhere } from '../../platform/auth/scope-sql.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
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

/** Stored columns a worker's data fills, in the order the batch merge uses (TS key → SQL column, SQL type). */
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
  ['householdRelation', 'household_relation', 'text'],
  ['generalEducationCode', 'general_education_code', 'text'],
  ['qualificationCode', 'qualification_code', 'text'],
  ['trainingField', 'training_field', 'text'],
  ['employmentStatus', 'employment_status', 'text'],
  ['statusInEmploymentCode', 'status_in_employment_code', 'text'],
  ['jobTitle', 'job_title', 'text'],
  ['occupationCode', 'occupation_code', 'text'],
  ['workplaceName', 'workplace_name', 'text'],
  ['workplaceType', 'workplace_type', 'text'],
  ['workplaceSector', 'workplace_sector', 'text'],
  ['workplaceAddress', 'workplace_address', 'text'],
  ['unemploymentDurationCode', 'unemployment_duration_code', 'text'],
  ['previousJob', 'previous_job', 'text'],
  ['inactivityReasonCode', 'inactivity_reason_code', 'text'],
  ['socialInsurance', 'social_insurance', 'boolean'],
  ['needTraining', 'need_training', 'boolean'],
  ['needJob', 'need_job', 'boolean'],
  ['needAbroad', 'need_abroad', 'boolean'],
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

function filterSql(f: WorkerFilter): SQL | undefined {
  const q = f.q?.trim();
  return and(
    // Units and names are filtered on person, whose indexes drive the list; worker joins by primary key.
    scopeWhere(f.scope, { province: person.provinceCode, commune: person.communeCode }),
    f.provinceCode ? eq(person.provinceCode, f.provinceCode) : undefined,
    f.communeCode ? eq(person.communeCode, f.communeCode) : undefined,
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
  birthDate: [asc(worker.birthDate), sql`${person.nameSort} COLLATE "C"`],
  updated: [desc(worker.updatedAt), asc(worker.personId)],
} as const;
export type WorkerSort = keyof typeof SORTS;
/** Matches of a name prefix in the order of the matched name: the prefix index serves it without a sort. */
const PREFIX_ORDER = [sql`${person.nameSearch} USING ~<~`, asc(person.personId)];

export async function selectWorkers(
  db: DbOrTx,
  filter: WorkerFilter & { sort: WorkerSort; page: number; pageSize: number },
): Promise<{ rows: WorkerRecord[]; total: number }> {
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
  const where = filterSql(f);
  // A query typed with diacritics ranks exact matches ("Hùng") above merely unaccented ones ("Hưng").
  const exactFirst =
    f.q && /[\u00c0-\u1ef9]/.test(f.q) ? [sql`(lower(${person.fullName}) LIKE '%' || lower(${f.q}) || '%') DESC`] : [];
  const [rows, [count]] = await Promise.all([
    fromPersonAndWorker(db)
      .where(where)
      .orderBy(...exactFirst, ...(f.namePrefix && f.sort === 'name' ? PREFIX_ORDER : SORTS[f.sort]))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(person)
      .innerJoin(worker, eq(worker.personId, person.personId))
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
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

export type ImportProgress = Pick<
  ImportRecord,
  'rowsDone' | 'inserted' | 'updated' | 'unchanged' | 'failed' | 'flagged' | 'repeated'
>;

export interface ImportErrorRow {
  rowNumber: number;
  reasons: string;
  raw: unknown;
  /** Reported, not refused (an exact repeat of an earlier row). */
  notice?: boolean;
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
  const [totals, bySex, byAge, byCommune] = await Promise.all([
    db.select(measures).from(workerStat).where(where),
    db
      .select({ key: workerStat.sex, ...measures })
      .from(workerStat)
      .where(where)
      .groupBy(workerStat.sex),
    db
      .select({ key: workerStat.ageBand, ...measures })
      .from(workerStat)
      .where(where)
      .groupBy(workerStat.ageBand),
    db
      .select({ key: workerStat.communeCode, ...measures })
      .from(workerStat)
      .where(where)
      .groupBy(workerStat.communeCode)
      .orderBy(asc(workerStat.communeCode)),
  ]);
  return { totals: totals[0], bySex, byAge, byCommune };
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

export type ImportRecord = typeof workerImport.$inferSelect;

export async function insertImport(db: DbOrTx, value: typeof workerImport.$inferInsert): Promise<ImportRecord> {
  const [row] = await db.insert(workerImport).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function selectImport(db: DbOrTx, id: number): Promise<ImportRecord | undefined> {
  const [row] = await db.select().from(workerImport).where(eq(workerImport.id, id));
  return row;
}

export async function selectImports(db: DbOrTx, scope: Scope, limit = 50): Promise<ImportRecord[]> {
  const where = scopeWhere(scope, { province: workerImport.provinceCode, commune: workerImport.communeCode });
  return db.select().from(workerImport).where(where).orderBy(desc(workerImport.id)).limit(limit);
}

export async function updateImport(db: DbOrTx, id: number, patch: Partial<typeof workerImport.$inferInsert>) {
  await db.update(workerImport).set(patch).where(eq(workerImport.id, id));
}

/** Imports a stopped process left queued or running: they become "interrupted" and can be run again. */
/** Imports left queued or running (by this or another process). */
export async function selectUnfinishedImportIds(db: DbOrTx): Promise<number[]> {
  const rows = await db
    .select({ id: workerImport.id })
    .from(workerImport)
    .where(sql`${workerImport.status} IN ('queued', 'running')`);
  return rows.map((r) => r.id);
}

/** Marks queued or running imports interrupted, except `live` ones (their job still runs somewhere). */
export async function markStaleImportsInterrupted(db: DbOrTx, live: number[] = []): Promise<number> {
  const rows = await db
    .update(workerImport)
    .set({ status: 'interrupted', errorMessage: 'Tiến trình nhập bị dừng giữa chừng; có thể chạy lại để hoàn tất' })
    .where(
      live.length > 0
        ? and(sql`${workerImport.status} IN ('queued', 'running')`, notInArray(workerImport.id, live))
        : sql`${workerImport.status} IN ('queued', 'running')`,
    )
    .returning({ id: workerImport.id });
  return rows.length;
}

export async function insertImportErrors(
  db: DbOrTx,
  rows: { importId: number; rowNumber: number; reasons: string; raw: unknown }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(workerImportError).values(rows).onConflictDoNothing();
}

export async function* streamImportErrors(db: DbOrTx, importId: number, size = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(workerImportError)
      .where(and(eq(workerImportError.importId, importId), sql`${workerImportError.rowNumber} > ${after}`))
      .orderBy(asc(workerImportError.rowNumber))
      .limit(size);
    if (rows.length === 0) return;
    yield rows;
    after = (rows[rows.length - 1] as { rowNumber: number }).rowNumber;
  }
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

/** Every import's stored file with what decides whether it may be deleted (retention sweep). */
export async function selectImportFiles(db: DbOrTx) {
  return db
    .select({
      id: workerImport.id,
      storedPath: workerImport.storedPath,
      status: workerImport.status,
      createdAt: workerImport.createdAt,
      finishedAt: workerImport.finishedAt,
    })
    .from(workerImport);
}

/** Imports of a scope still waiting on someone: uploaded but never run, or interrupted by a stop (home page). */
export async function countPendingImports(db: DbOrTx, scope: Scope) {
  const [row] = await db
    .select({
      uploaded: sql<number>`(count(*) FILTER (WHERE ${workerImport.status} = 'uploaded'))::int`,
      interrupted: sql<number>`(count(*) FILTER (WHERE ${workerImport.status} = 'interrupted'))::int`,
    })
    .from(workerImport)
    .where(
      and(
        scopeWhere(scope, { province: workerImport.provinceCode, commune: workerImport.communeCode }),
        sql`${workerImport.status} IN ('uploaded', 'interrupted')`,
      ),
    );
  return { uploaded: row?.uploaded ?? 0, interrupted: row?.interrupted ?? 0 };
}
