// `npm run bench:load [-- --workers 200000 --duration 10 --soak 60 --engines postgres,embedded]`
// Load benchmark on loopback: seeds a province of N workers straight into the database (multi-row INSERT from
// unnest arrays, not through the HTTP import), starts the real server process on it, signs in and measures with
// autocannon the province list, a commune list, a deep page by cursor, the name search, the statistics and a
// mixed soak at a fixed rate — on native PostgreSQL and on the embedded database, side by side. Prints achieved
// rate, p50/p95/p99, errors and the server's resident memory at the start and end of the soak.
// Defaults follow the targets: 2.000.000 workers on PostgreSQL, 200.000 embedded, 30 s per endpoint, 10 min soak.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadReferenceData } from '../server/src/bootstrap.ts';
import { bootstrapUser } from '../server/src/modules/users/index.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { startEmbeddedPostgres } from '../server/src/platform/db/embedded.ts';
import { type Database, migrateDatabase, openDatabase } from '../server/src/platform/db/index.ts';
import { runMaintenance } from '../server/src/platform/db/maintenance.ts';
import { cursorFor } from '../server/src/platform/paging.ts';
import { provinceCommunes } from './communes.ts';
import { startNativeServer } from './engines.ts';
import { generatePeople } from './people.ts';

const { values: args } = parseArgs({
  options: {
    workers: { type: 'string', description: 'workers on both engines (default 2000000 PostgreSQL, 200000 embedded)' },
    'pg-workers': { type: 'string', default: '2000000' },
    'embedded-workers': { type: 'string', default: '200000' },
    duration: { type: 'string', default: '30', description: 'seconds per endpoint' },
    soak: { type: 'string', default: '600', description: 'seconds of the mixed soak' },
    'soak-rate': { type: 'string', default: '100', description: 'requests per second in the soak' },
    connections: { type: 'string', default: '10' },
    engines: { type: 'string', default: 'postgres,embedded' },
  },
});
const DURATION = Number(args.duration);
const SOAK = Number(args.soak);
const SOAK_RATE = Number(args['soak-rate']);
const CONNECTIONS = Number(args.connections);
const PROVINCE = '20';
const communes = provinceCommunes(PROVINCE);
const PASSWORD = 'BenchLoad2026';
const ROOT = new URL('..', import.meta.url).pathname;
const quiet = { info: () => undefined };
const log = (line: string) => console.error(`  … ${line}`);
const fmt = (n: number, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });

const COLUMNS: [string, string, (p: ReturnType<typeof people>[number]) => unknown][] = [
  ['person_id', 'varchar', (p) => p.personId],
  ['full_name', 'text', (p) => p.fullName],
  ['birth_date', 'date', (p) => p.birthDate],
  ['sex', 'text', (p) => p.sex],
  ['ethnicity_code', 'varchar', (p) => p.ethnicityCode],
  ['phone', 'text', (p) => p.phone],
  ['province_code', 'varchar', () => PROVINCE],
  ['commune_code', 'varchar', (p) => p.communeCode],
  ['address', 'text', (p) => p.address],
  ['general_education_code', 'text', (p) => p.generalEducationCode],
  ['qualification_code', 'text', (p) => p.qualificationCode],
  ['employment_status', 'text', (p) => p.employmentStatus],
  ['status_in_employment_code', 'text', (p) => p.statusInEmploymentCode],
  ['job_title', 'text', (p) => p.jobTitle],
  ['unemployment_duration_code', 'text', (p) => p.unemploymentDurationCode],
  ['inactivity_reason_code', 'text', (p) => p.inactivityReasonCode],
  ['need_training', 'boolean', (p) => p.needTraining],
  ['need_job', 'boolean', (p) => p.needJob],
  ['need_abroad', 'boolean', (p) => p.needAbroad],
  ['round_year', 'smallint', () => 2026],
];
const people = (n: number) => [...generatePeople({ count: n, communes, seed: 20 })];

/** Seeds the province: 5.000 rows per statement from unnest arrays (the triggers keep worker_stat exact). */
async function seed(database: Database, count: number) {
  const started = performance.now();
  const insert = `INSERT INTO worker (${COLUMNS.map(([c]) => c).join(', ')})
    SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
  let batch: ReturnType<typeof people> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await database.background.pool.query(
      insert,
      COLUMNS.map(([, , get]) => batch.map(get)),
    );
    batch = [];
  };
  let done = 0;
  for (const p of generatePeople({ count, communes, seed: 20 })) {
    batch.push(p);
    if (batch.length === 5000) {
      await flush();
      done += 5000;
      if (done % 100_000 === 0) log(`${fmt(done)} workers`);
    }
  }
  await flush();
  const report = await runMaintenance(database.background.db);
  log(
    `seeded ${fmt(count)} workers in ${fmt((performance.now() - started) / 1000, 1)} s (analysed ${report.analyzed.length + report.vacuumed.length} tables)`,
  );
  await bootstrapUser(
    {
      username: 'bench.province',
      fullName: 'Đo tải',
      role: 'province_officer',
      unitCode: PROVINCE,
      password: PASSWORD,
    },
    { db: database.db, config: loadConfig({}) },
  );
}

/** A deep page: the cursor of the row in the middle of the province's list by name. */
async function deepCursor(database: Database, count: number): Promise<string> {
  const { rows } = await database.pool.query(
    `SELECT name_sort, person_id FROM worker WHERE province_code = $1
     ORDER BY name_sort COLLATE "C", person_id OFFSET $2 LIMIT 1`,
    [PROVINCE, Math.floor(count / 2)],
  );
  return cursorFor('name', [rows[0].name_sort, rows[0].person_id]);
}

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'off' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    if (child.exitCode !== null) throw new Error('server exited during start');
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

const rssMb = (pid: number | undefined) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

interface Measure {
  rate: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  rssStart?: number;
  rssEnd?: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : Number.NaN;

async function measure(
  url: string,
  cookie: string,
  paths: string[],
  opts: { duration: number; rate?: number },
): Promise<Measure> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: opts.duration,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    headers: { cookie },
    requests: paths.map((path) => ({ method: 'GET', path })),
    timeout: 30,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rate: result.requests.total / opts.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function runEngine(kind: 'postgres' | 'embedded', count: number) {
  const cleanup: (() => void | Promise<void>)[] = [];
  try {
    let env: Record<string, string>;
    let database: Database;
    if (kind === 'postgres') {
      const server = startNativeServer();
      cleanup.push(() => server.stop());
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      const name = `lmis_load_${Date.now()}`;
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const dbUrl = new URL(server.url);
      dbUrl.pathname = `/${name}`;
      env = { DATABASE_URL: dbUrl.toString() };
      database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: '' });
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'lmis-load-'));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      const embedded = await startEmbeddedPostgres(`${dir}/pg`);
      const opened = await openDatabase({ databaseUrl: embedded.url, dataDir: '' });
      database = {
        ...opened,
        async close() {
          await opened.close();
          await embedded.stop();
        },
      };
      env = { DATA_DIR: dir };
    }
    await migrateDatabase(database);
    await loadReferenceData(database, quiet);
    await seed(database, count);
    const deep = await deepCursor(database, count);
    await database.close();

    const { url, child } = await startServer(env);
    cleanup.unshift(async () => {
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
    });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench.province', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const commune = communes[0] as string;
    const endpoints: [string, string][] = [
      ['province list, page of 50', `/api/workers?unitCode=${PROVINCE}&pageSize=50`],
      ['commune list, page of 50', `/api/workers?unitCode=${commune}&pageSize=50`],
      ['deep page by cursor (middle)', `/api/workers?unitCode=${PROVINCE}&pageSize=50&cursor=${deep}`],
      ['name search "nguyen van"', `/api/workers?q=${encodeURIComponent('nguyen van')}&pageSize=50`],
      ['worker statistics', `/api/workers/stats?unitCode=${PROVINCE}`],
    ];
    // Warm-up: the first request of each endpoint plans its statements and fills caches.
    for (const [, path] of endpoints) await fetch(`${url}${path}`, { headers: { cookie } });
    const results = new Map<string, Measure>();
    for (const [name, path] of endpoints) {
      log(`${kind}: ${name}`);
      results.set(name, await measure(url, cookie, [path], { duration: DURATION }));
    }
    log(`${kind}: mixed soak at ${SOAK_RATE} req/s for ${SOAK} s`);
    const rssStart = rssMb(child.pid);
    const soak = await measure(
      url,
      cookie,
      endpoints.map(([, p]) => p),
      { duration: SOAK, rate: SOAK_RATE },
    );
    results.set(`mixed soak, ${SOAK_RATE} req/s target`, { ...soak, rssStart, rssEnd: rssMb(child.pid) });
    return results;
  } finally {
    for (const step of cleanup) await step();
  }
}

const cell = (m: Measure | undefined) =>
  m
    ? `${fmt(m.rate, 1)} req/s, p50/p95/p99 ${fmt(m.p50)}/${fmt(m.p95)}/${fmt(m.p99)} ms, ${m.errors} err` +
      (m.rssStart ? `, RSS ${fmt(m.rssStart)}→${fmt(m.rssEnd ?? 0)} MB` : '')
    : '';
const engines = (args.engines as string).split(',') as ('postgres' | 'embedded')[];
const all = new Map<string, Map<string, Measure>>();
for (const kind of engines) {
  const count = Number(args.workers ?? (kind === 'postgres' ? args['pg-workers'] : args['embedded-workers']));
  console.error(`\n${kind}: ${fmt(count)} workers in province ${PROVINCE}`);
  const results = await runEngine(kind, count);
  all.set(`${kind} (${fmt(count)} workers)`, results);
  for (const [name, m] of results) console.error(`  ${kind}: ${name}: ${cell(m)}`);
}

const names = [...(all.values().next().value?.keys() ?? [])];
console.log(`\nLMIS load, ${CONNECTIONS} connections, ${DURATION} s per endpoint, soak ${SOAK} s (loopback)\n`);
console.log(`| endpoint | ${[...all.keys()].join(' | ')} |`);
console.log(`|---|${[...all.keys()].map(() => '---').join('|')}|`);
for (const name of names) console.log(`| ${name} | ${[...all.values()].map((r) => cell(r.get(name))).join(' | ')} |`);
console.log(
  '\nTargets: PostgreSQL 2.000.000 workers ≥ 200 req/s, p95 < 100 ms, 0 errors; embedded 200.000 ≥ 50 req/s, p95 < 300 ms.',
);
