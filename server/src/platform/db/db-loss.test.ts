import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadReferenceData } from '../../bootstrap.ts';
import { buildUser, type Session, signIn, type TestContext } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { migrateDatabase, openDatabase } from './index.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const onPostgres = inject('databaseKind') === 'postgres';

/** A throwaway PostgreSQL cluster of its own (scripts/pg-throwaway.sh), which this test stops and restarts. */
function startCluster() {
  const out = execFileSync(
    'bash',
    [
      '-c',
      'source scripts/pg-throwaway.sh && pg_throwaway_start >/dev/null && echo "$PG_THROWAWAY_DIR $PG_THROWAWAY_PORT"',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  ).trim();
  const [dir, port] = out.split(' ') as [string, string];
  const version = readdirSync('/usr/lib/postgresql')
    .sort((a, b) => Number(a) - Number(b))
    .at(-1);
  const pgCtl = `/usr/lib/postgresql/${version}/bin/pg_ctl`;
  const ctl = (...args: string[]) =>
    spawnSync('runuser', ['-u', 'postgres', '--', pgCtl, '-D', `${dir}/data`, ...args], { encoding: 'utf8' });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl('-m', 'immediate', 'stop'),
    start: () =>
      ctl('-l', `${dir}/log`, '-w', 'start', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`),
    remove() {
      ctl('-m', 'immediate', 'stop');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function eventually<T>(attempt: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  let last = await attempt();
  for (let i = 0; i < 80 && !done(last); i++) {
    await new Promise((ok) => setTimeout(ok, 250));
    last = await attempt();
  }
  return last;
}

describe.skipIf(!onPostgres)('losing PostgreSQL (native only: the embedded database lives in the process)', () => {
  let cluster: ReturnType<typeof startCluster>;
  let t: TestContext;
  let session: Session;

  beforeAll(async () => {
    cluster = startCluster();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'off',
      WEB_DIST: '/nonexistent',
      HEALTH_PROBE_SECONDS: '1',
    });
    const database = await openDatabase({ databaseUrl: cluster.url, dataDir: '', poolSize: 4 });
    await migrateDatabase(database);
    await loadReferenceData(database, { info: () => undefined });
    const app = await buildApp({ config, database });
    await app.ready();
    t = {
      app,
      database,
      async close() {
        await app.close();
        await database.close({ timeoutMs: 5_000 });
      },
    };
    const user = await buildUser(t, { role: 'province_officer', unitCode: '20' });
    session = await signIn(t, user.username);
  });
  afterAll(async () => {
    await t?.close();
    cluster?.remove();
  });

  it('survives the server stopping in the middle of a transaction, answers 503, and recovers when it returns', async () => {
    // The throwaway cluster commits asynchronously (synchronous_commit=off) and is stopped like a crash: without a
    // checkpoint first, the sign-in above could be lost with the WAL not yet written.
    await t.database.pool.query('CHECKPOINT');
    const client = await t.database.pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT count(*) FROM app_user');
    expect(cluster.stop().status).toBe(0);

    // The checked-out client's connection error must not end the process; its next statement fails instead.
    const failed = await client.query('SELECT 1').then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failed).toBeInstanceOf(Error);
    client.release(failed);

    const away = await session.get('/api/auth/me');
    expect(away.statusCode).toBe(503);
    expect(away.json().error.code).toBe('DB_UNAVAILABLE');
    expect(away.json().error.message).toMatch(/Cơ sở dữ liệu tạm thời không truy cập được/);
    const health = await eventually(
      () => t.app.inject({ method: 'GET', url: '/api/health' }),
      (res) => res.statusCode === 503,
    );
    expect(health.json().database.state).toBe('down');

    expect(cluster.start().status).toBe(0);
    const back = await eventually(
      () => session.get('/api/auth/me'),
      (res) => res.statusCode === 200,
    );
    expect(back.statusCode).toBe(200);
    const healthy = await eventually(
      () => t.app.inject({ method: 'GET', url: '/api/health' }),
      (res) => res.json().database.state === 'up',
    );
    expect(healthy.statusCode).toBe(200);
  });
});
