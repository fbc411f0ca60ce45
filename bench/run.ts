// `npm run bench [-- --rows 1000000 --search-rows 2000000 --xlsx-rows 50000 --engines postgres,pglite]`
// `npm run bench -- --durability-only [--durability-rows 20000]`: only PGlite's cost of fsync on
// The approval engine's part (transitions/s with audit, p95 of the work queue among `--dossiers` dossiers) runs last,
// as `npm run bench:approvals` does on its own; `--skip-approvals` leaves it out.
// Measures, side by side in one run on native PostgreSQL and on PGlite: the register import through the product's
// own path as a ratio to a raw COPY of the same rows into the same table, .xlsx import speed, and p50/p95 of the
// diacritics-free name search and of the statistics query over a province-scale register.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { from as copyFrom } from 'pg-copy-streams';
import { CSV_HEADERS, csvLine, type GeneratedPerson, generatePeople } from '../server/src/demo-people.ts';
import { inspectFile } from '../server/src/modules/workers/import-file.ts';
import { runImport } from '../server/src/modules/workers/run-import.ts';
import { listWorkers, workerStats } from '../server/src/modules/workers/workers.service.ts';
import type { Actor, RequestContext } from '../server/src/platform/auth/actor.ts';
import { insertImport } from '../server/src/platform/imports/index.ts';
import { provinceCommunes } from './communes.ts';
import { type Engine, embeddedEngine, inProcessPglite, nativeEngine, startNativeServer } from './engines.ts';
import { writeWorkersCsv } from './generate.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'search-rows': { type: 'string', default: '2000000' },
    'xlsx-rows': { type: 'string', default: '50000' },
    engines: { type: 'string', default: 'postgres,pglite' },
    'skip-import': { type: 'boolean', default: false },
    'durability-rows': { type: 'string', default: '20000' },
    'durability-only': { type: 'boolean', default: false },
    dossiers: { type: 'string', default: '200000' },
    'skip-approvals': { type: 'boolean', default: false },
  },
});
const ROWS = Number(args.rows);
const SEARCH_ROWS = Number(args['search-rows']);
const XLSX_ROWS = Number(args['xlsx-rows']);
const PROVINCE = '20';
const communes = provinceCommunes(PROVINCE);
const OUT = 'bench/out';
mkdirSync(OUT, { recursive: true });

const actor: Actor = {
  id: 0,
  username: 'bench',
  fullName: 'Bench',
  role: 'province_officer',
  unitCode: PROVINCE,
  provinceCode: PROVINCE,
};
const ctx: RequestContext = { actor, requestId: 'bench' };
const fmt = (n: number) => Math.round(n).toLocaleString('vi-VN');
const seconds = (ms: number) => (ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const log = (line: string) => console.error(`  … ${line}`);

/** The same people as the person and worker tables store them, in COPY text format (loaded through a staging table). */
const COPY_COLUMNS =
  'person_id, full_name, birth_date, sex, ethnicity_code, phone, province_code, commune_code, address, general_education_code, qualification_code, employment_status, status_in_employment_code, job_title, unemployment_duration_code, inactivity_reason_code, need_training, need_job, need_abroad, round_year';
const copyLine = (p: GeneratedPerson) =>
  [
    p.personId,
    p.fullName,
    p.birthDate,
    p.sex,
    p.ethnicityCode,
    p.phone,
    PROVINCE,
    p.communeCode,
    p.address,
    p.generalEducationCode,
    p.qualificationCode,
    p.employmentStatus,
    p.statusInEmploymentCode ?? '\\N',
    p.jobTitle ?? '\\N',
    p.unemploymentDurationCode ?? '\\N',
    p.inactivityReasonCode ?? '\\N',
    p.needTraining,
    p.needJob,
    p.needAbroad,
    2026,
  ].join('\t');

function* copyChunks(count: number, seed: number, size = 100_000): Generator<string> {
  let lines: string[] = [];
  for (const p of generatePeople({ count, communes, seed })) {
    lines.push(copyLine(p));
    if (lines.length === size) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join('\n')}\n`;
}

const STAGING = `CREATE TEMP TABLE IF NOT EXISTS bench_copy (person_id varchar(12), full_name text, birth_date date,
  sex text, ethnicity_code varchar(2), phone text, province_code varchar(2), commune_code varchar(5), address text,
  general_education_code text, qualification_code text, employment_status text, status_in_employment_code text,
  job_title text, unemployment_duration_code text, inactivity_reason_code text, need_training boolean,
  need_job boolean, need_abroad boolean, round_year smallint)`;
/** Identity to person, labour data to worker: the raw set-based load of the same rows into the same tables. */
const UNSTAGE = [
  `INSERT INTO person (person_id, full_name, birth_date, sex, ethnicity_code, phone, province_code, commune_code, address)
   SELECT person_id, full_name, birth_date, sex, ethnicity_code, phone, province_code, commune_code, address FROM bench_copy`,
  `INSERT INTO worker (person_id, birth_date, sex, province_code, commune_code, general_education_code, qualification_code,
     employment_status, status_in_employment_code, job_title, unemployment_duration_code, inactivity_reason_code,
     need_training, need_job, need_abroad, round_year)
   SELECT person_id, birth_date, sex, province_code, commune_code, general_education_code, qualification_code,
     employment_status, status_in_employment_code, job_title, unemployment_duration_code, inactivity_reason_code,
     need_training, need_job, need_abroad, round_year FROM bench_copy`,
  'TRUNCATE bench_copy',
];

async function rawCopy(engine: Engine): Promise<number> {
  const started = performance.now();
  if (engine.name === 'PostgreSQL') {
    const client = await engine.database.pool.connect();
    try {
      await client.query(STAGING);
      await pipeline(
        Readable.from(copyChunks(ROWS, 20)),
        client.query(copyFrom(`COPY bench_copy (${COPY_COLUMNS}) FROM STDIN`)),
      );
      for (const statement of UNSTAGE) await client.query(statement);
    } finally {
      client.release();
    }
    const ms = performance.now() - started;
    await engine.database.pool.query('TRUNCATE worker, worker_stat, worker_snapshot, person CASCADE');
    return ms;
  }
  const local = await inProcessPglite();
  try {
    const t0 = performance.now();
    await local.db.query(STAGING);
    for (const chunk of copyChunks(ROWS, 20)) {
      await local.db.query(`COPY bench_copy (${COPY_COLUMNS}) FROM '/dev/blob'`, [], { blob: new Blob([chunk]) });
      for (const statement of UNSTAGE) await local.db.query(statement);
    }
    return performance.now() - t0;
  } finally {
    await local.close();
  }
}

async function productImport(
  engine: Engine,
  path: string,
  format: 'csv' | 'xlsx',
): Promise<{ ms: number; inserted: number; failed: number }> {
  const layout = await inspectFile(path, format);
  const record = await insertImport(engine.database.db, {
    fileName: path.split('/').pop() as string,
    storedPath: path,
    format,
    provinceCode: PROVINCE,
    communeCode: null,
    roundYear: 2026,
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    status: 'queued',
    createdBy: 0,
  });
  const started = performance.now();
  await runImport(record.id, ctx, { db: engine.database.db });
  const ms = performance.now() - started;
  const { rows } = await engine.database.pool.query('SELECT inserted, failed FROM worker_import WHERE id = $1', [
    record.id,
  ]);
  return { ms, inserted: rows[0].inserted, failed: rows[0].failed };
}

async function writeXlsx(path: string): Promise<void> {
  const out = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Cung lao động');
  sheet.addRow(CSV_HEADERS).commit();
  for (const p of generatePeople({ count: XLSX_ROWS, communes, seed: 31, birthProvince: '04' })) {
    const cells = csvLine(p).split(',');
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await workbook.commit();
  if (!out.closed) await once(out, 'close');
}

/** Grows the register to `target` people with set-based SQL (names from the same pools as the generator). */
async function growTo(engine: Engine, target: number): Promise<void> {
  const { rows } = await engine.database.pool.query('SELECT count(*)::int AS n FROM worker');
  const missing = target - rows[0].n;
  const batch = 250_000;
  for (let from = 1; from <= missing; from += batch) {
    const to = Math.min(missing, from + batch - 1);
    await engine.database.pool.query(
      `INSERT INTO person (person_id, full_name, birth_date, sex, province_code, commune_code, ethnicity_code)
       SELECT '9' || lpad(g::text, 11, '0'),
              (ARRAY['Nguyễn','Hoàng','Nông','Lương','Vi','Trần','Lê','Phạm','Hà','Lăng','Chu','Triệu'])[1 + (g * 7) % 12] || ' ' ||
              (ARRAY['Văn','Thị','Đức','Ngọc','Minh','Thu','Quang','Hồng'])[1 + (g * 13) % 8] || ' ' ||
              (ARRAY['An','Bình','Hùng','Hưng','Lan','Mai','Tuấn','Hà','Dũng','Thảo','Linh','Sơn','Yến','Việt'])[1 + (g * 31) % 14],
              date '1961-01-01' + ((g * 97) % 17800),
              CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END, $1,
              ($2::text[])[1 + g % array_length($2::text[], 1)], '07'
       FROM generate_series($3::int, $4::int) g`,
      [PROVINCE, communes, from, to],
    );
    await engine.database.pool.query(
      `INSERT INTO worker (person_id, birth_date, sex, province_code, commune_code, qualification_code,
                           employment_status, round_year)
       SELECT p.person_id, p.birth_date, p.sex, p.province_code, p.commune_code,
              lpad(((g * 11) % 8)::text, 2, '0'), (ARRAY['1','1','1','1','1','1','1','2','3','3'])[1 + (g * 17) % 10], 2026
       FROM generate_series($1::int, $2::int) g JOIN person p ON p.person_id = '9' || lpad(g::text, 11, '0')`,
      [from, to],
    );
    log(`${engine.name}: ${fmt(rows[0].n + to)} workers`);
  }
  await engine.database.pool.query('ANALYZE person');
  await engine.database.pool.query('ANALYZE worker');
  await engine.database.pool.query('ANALYZE worker_stat');
}

async function percentiles(
  runs: number,
  query: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await query(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Names of people in the register, as an official types them: without diacritics, family name first. */
async function sampleNames(engine: Engine): Promise<string[]> {
  const { rows } = await engine.database.pool.query<{ n: string }>(
    'SELECT name_search AS n FROM person TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 200',
  );
  return rows.map((r) => r.n);
}

interface Result {
  copyRps: number;
  importRps: number;
  ratio: number;
  importFailed: number;
  xlsxRps: number;
  search: { p50: number; p95: number };
  stats: { p50: number; p95: number };
  registerSize: number;
}

async function measure(engine: Engine, csvPath: string, xlsxPath: string): Promise<Result> {
  let copyMs = Number.NaN;
  let imported = { ms: Number.NaN, inserted: 0, failed: 0 };
  let xlsx = { ms: Number.NaN, inserted: 0, failed: 0 };
  if (!args['skip-import'] && !args['durability-only']) {
    log(`${engine.name}: raw COPY of ${fmt(ROWS)} rows`);
    copyMs = await rawCopy(engine);
    log(`${engine.name}: COPY ${seconds(copyMs)} s; product import of the same ${fmt(ROWS)} rows`);
    imported = await productImport(engine, csvPath, 'csv');
    log(
      `${engine.name}: import ${seconds(imported.ms)} s (${fmt(imported.inserted)} inserted, ${imported.failed} failed)`,
    );
    xlsx = await productImport(engine, xlsxPath, 'xlsx');
  }
  log(`${engine.name}: growing the register to ${fmt(SEARCH_ROWS)}`);
  await growTo(engine, SEARCH_ROWS);
  const { rows } = await engine.database.pool.query('SELECT count(*)::int AS n FROM worker');
  log(`${engine.name}: name search and statistics`);
  const names = await sampleNames(engine);
  const search = await percentiles(names.length, (i) =>
    listWorkers(
      { ctx, query: { q: names[i] as string, unitCode: PROVINCE, sort: 'name', page: 1, pageSize: 50 } },
      { db: engine.database.db },
    ),
  );
  const stats = await percentiles(50, () =>
    workerStats({ ctx, unitCode: PROVINCE, roundYear: 2026 }, { db: engine.database.db }),
  );
  return {
    copyRps: ROWS / (copyMs / 1000),
    importRps: imported.inserted / (imported.ms / 1000),
    ratio: copyMs / imported.ms,
    importFailed: imported.failed,
    xlsxRps: xlsx.inserted / (xlsx.ms / 1000),
    search,
    stats,
    registerSize: rows[0].n,
  };
}

const csvPath = `${OUT}/bench-${ROWS}.csv`;
const xlsxPath = `${OUT}/bench-${XLSX_ROWS}.xlsx`;
if (!args['skip-import'] && !args['durability-only']) {
  log(`generating ${fmt(ROWS)} rows (CSV) and ${fmt(XLSX_ROWS)} rows (.xlsx)`);
  await writeWorkersCsv(csvPath, ROWS, 20);
  await writeXlsx(xlsxPath);
}

const results = new Map<string, Result>();
const wanted = (args.engines as string).split(',');
const durabilityOnly = args['durability-only'] === true;
if (wanted.includes('postgres') && !durabilityOnly) {
  const server = startNativeServer();
  try {
    const engine = await nativeEngine(server.url);
    try {
      results.set('PostgreSQL 15', await measure(engine, csvPath, xlsxPath));
    } finally {
      await engine.close();
    }
  } finally {
    server.stop();
  }
}
if (wanted.includes('pglite') && !durabilityOnly) {
  const engine = await embeddedEngine();
  try {
    results.set('PGlite 0.5.14', await measure(engine, csvPath, xlsxPath));
  } finally {
    await engine.close();
  }
}

/**
 * What durability costs on PGlite: the same product import and single-row commits with fsync on and reaching the
 * disk (as LMIS runs) and with PGlite's own fsync-off settings (as it ran before).
 */
async function durabilityCost() {
  const rows = Number(args['durability-rows']);
  const path = `${OUT}/bench-durability-${rows}.csv`;
  await writeWorkersCsv(path, rows, 21);
  const measureOne = async (durable: boolean) => {
    const engine = await embeddedEngine({ durable });
    try {
      const commitsStarted = performance.now();
      await engine.database.pool.query('CREATE TABLE bench_commit (n int)');
      for (let i = 0; i < 200; i++) await engine.database.pool.query('INSERT INTO bench_commit VALUES ($1)', [i]);
      const commitMs = (performance.now() - commitsStarted) / 200;
      const imported = await productImport(engine, path, 'csv');
      return { commitMs, importRps: (imported.inserted / imported.ms) * 1000 };
    } finally {
      await engine.close();
    }
  };
  log(`durability: ${fmt(rows)} rows and 200 commits, fsync off then on`);
  const off = await measureOne(false);
  const on = await measureOne(true);
  return { rows, off, on };
}
const durability = wanted.includes('pglite') ? await durabilityCost() : null;

const names = [...results.keys()];
const col = (f: (r: Result) => string) => names.map((n) => f(results.get(n) as Result).padStart(22)).join('');
const ms = (v: number) => `${v.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ms`;
if (names.length > 0) {
  console.log(
    `\nLMIS benchmark — ${new Date().toISOString().slice(0, 10)}, ${fmt(ROWS)} import rows, register of ${fmt(SEARCH_ROWS)}`,
  );
  console.log(`${''.padEnd(52)}${names.map((n) => n.padStart(22)).join('')}`);
  console.log(`${'raw COPY into worker (rows/s)'.padEnd(52)}${col((r) => fmt(r.copyRps))}`);
  console.log(`${'product import of the same rows, CSV (rows/s)'.padEnd(52)}${col((r) => fmt(r.importRps))}`);
  console.log(
    `${'import ÷ raw COPY (target ≥ 0,5)'.padEnd(52)}${col((r) => r.ratio.toLocaleString('vi-VN', { maximumFractionDigits: 2 }))}`,
  );
  console.log(`${`.xlsx import, ${fmt(XLSX_ROWS)} rows (rows/s)`.padEnd(52)}${col((r) => fmt(r.xlsxRps))}`);
  console.log(
    `${'name search without diacritics p50 / p95'.padEnd(52)}${col((r) => `${ms(r.search.p50)} / ${ms(r.search.p95)}`)}`,
  );
  console.log(`${'province statistics p50 / p95'.padEnd(52)}${col((r) => `${ms(r.stats.p50)} / ${ms(r.stats.p95)}`)}`);
  console.log(`${'register size during queries'.padEnd(52)}${col((r) => fmt(r.registerSize))}`);
  console.log('Targets on PostgreSQL: import ratio ≥ 0,5; search p95 < 50 ms; statistics < 300 ms.');
}
if (durability) {
  const { rows, off, on } = durability;
  console.log(`\nPGlite durability cost (${fmt(rows)}-row CSV import; 200 single-row commits)`);
  console.log(`${''.padEnd(52)}${'fsync off (before)'.padStart(22)}${'fsync on (now)'.padStart(22)}`);
  console.log(
    `${'product import (rows/s)'.padEnd(52)}${fmt(off.importRps).padStart(22)}${fmt(on.importRps).padStart(22)}`,
  );
  console.log(
    `${'one committed INSERT (ms)'.padEnd(52)}${ms(off.commitMs).padStart(22)}${ms(on.commitMs).padStart(22)}`,
  );
}

if (!args['skip-approvals'] && !args['durability-only']) {
  const approvals = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/approvals.ts', '--dossiers', String(args.dossiers), '--engines', wanted.join(',')],
    { stdio: 'inherit' },
  );
  if (approvals.status !== 0) process.exitCode = approvals.status ?? 1;
}
