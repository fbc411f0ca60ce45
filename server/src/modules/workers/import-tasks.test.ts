import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { openDatabase } from '../../platform/db/index.ts';
import { startTasks, type Tasks } from '../../platform/tasks.ts';
import { type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { testLogger } from '../../test/log-tail.ts';
import { buildPeople, writeRegisterCsv } from '../../test/register-files.ts';
import { recoverImports } from './index.ts';
import { IMPORT_BATCH_ROWS } from './run-import.ts';

/** One server process: its own connection pool, task queue (pg-boss) and HTTP app, on the shared database. */
interface Instance extends TestContext {
  tasks: Tasks;
}

const dir = mkdtempSync(join(tmpdir(), 'lmis-import-tasks-'));

async function startInstance(): Promise<Instance> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    WEB_DIST: '/nonexistent',
    LOGIN_RATE_PER_MINUTE: '10000',
    DATA_DIR: dir,
  });
  const database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 4 });
  // Warnings and errors kept for the report of a failing test (on-failure.ts), the task queue's among them.
  const logger = testLogger();
  const tasks = await startTasks({ connectionString: database.url, log: logger });
  const app = await buildApp({ config, database, tasks, logger });
  await app.ready();
  return {
    app,
    database,
    tasks,
    async close() {
      await app.close();
      await tasks.stop();
      await database.close();
    },
  };
}

let one: Instance;
let two: Instance;
beforeAll(async () => {
  [one, two] = await Promise.all([startInstance(), startInstance()]);
});
afterAll(async () => {
  await Promise.all([one?.close(), two?.close()]);
});

async function upload(t: TestContext, s: Session, path: string): Promise<ImportPreviewT> {
  const boundary = '----lmis-task-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="so.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    readFileSync(path),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/worker-imports',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ImportPreviewT;
}

async function statusOf(s: Session, id: number): Promise<ImportStatusT> {
  return (await s.get(`/api/worker-imports/${id}`)).json() as ImportStatusT;
}

async function waitFor(s: Session, id: number, done: (st: ImportStatusT) => boolean): Promise<ImportStatusT> {
  let last: ImportStatusT | undefined;
  for (let i = 0; i < 3000; i++) {
    last = await statusOf(s, id);
    if (done(last)) {
      return last;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`import ${id} did not reach the expected state; last: ${JSON.stringify(last)}`);
}

describe('imports on two server processes sharing one database', () => {
  it('runs imports started on either process, and a start of one never marks the other’s running import interrupted', async () => {
    const [a, b] = await Promise.all([
      signInAs(one, { role: 'commune_officer', unitCode: '06073' }),
      signInAs(two, { role: 'commune_officer', unitCode: '06076' }),
    ]);
    const rows = IMPORT_BATCH_ROWS * 2;
    writeRegisterCsv(join(dir, 'a.csv'), buildPeople(rows, 31));
    writeRegisterCsv(join(dir, 'b.csv'), buildPeople(rows, 32));
    const pa = await upload(one, a.session, join(dir, 'a.csv'));
    const pb = await upload(two, b.session, join(dir, 'b.csv'));
    // A third import left "running" by a process that died without a job: the one a start must recover.
    const pc = await upload(one, a.session, join(dir, 'a.csv'));
    await one.database.pool.query("UPDATE worker_import SET status = 'running' WHERE id = $1", [pc.import.id]);

    expect((await a.session.post(`/api/worker-imports/${pa.import.id}/run`, {})).statusCode).toBe(202);
    expect((await b.session.post(`/api/worker-imports/${pb.import.id}/run`, {})).statusCode).toBe(202);
    await waitFor(a.session, pa.import.id, (st) => st.status === 'running' || st.status === 'done');

    // Each process "restarts" its recovery while the other's import is live.
    await recoverImports({ db: two.database.db, tasks: two.tasks });
    await recoverImports({ db: one.database.db, tasks: one.tasks });
    expect((await statusOf(a.session, pc.import.id)).status).toBe('interrupted');
    expect(['queued', 'running', 'done']).toContain((await statusOf(a.session, pa.import.id)).status);
    expect(['queued', 'running', 'done']).toContain((await statusOf(b.session, pb.import.id)).status);

    const final = (st: ImportStatusT) => ['done', 'failed', 'interrupted'].includes(st.status);
    const [da, db] = await Promise.all([
      waitFor(a.session, pa.import.id, final),
      waitFor(b.session, pb.import.id, final),
    ]);
    expect(da).toMatchObject({ status: 'done', rowsDone: rows, inserted: rows, failed: 0 });
    expect(db).toMatchObject({ status: 'done', rowsDone: rows, inserted: rows, failed: 0 });
  }, 600_000);

  it('refuses to queue an import that is already queued or running', async () => {
    const { session } = await signInAs(one, { role: 'commune_officer', unitCode: '06073' });
    writeRegisterCsv(join(dir, 'c.csv'), buildPeople(50, 33));
    const p = await upload(one, session, join(dir, 'c.csv'));
    const first = await session.post(`/api/worker-imports/${p.import.id}/run`, {});
    const again = await session.post(`/api/worker-imports/${p.import.id}/run`, {});
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(409);
    // Every process on the database takes jobs, other test files' apps too. A job one of them takes just as it
    // stops is handed back only after its heartbeat lapses (60 s), pg-boss's supervision sees it, and the retry
    // delay (30 s) passes: the designed recovery, which this test then waits out.
    await waitFor(session, p.import.id, (st) => st.status === 'done');
  }, 360_000);
});
