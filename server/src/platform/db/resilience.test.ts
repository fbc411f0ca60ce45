import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, signInAs, type TestContext } from '../../test/harness.ts';
import { dbFault } from './faults.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;

/**
 * Holds, from another connection, the row of one session of this file's own: a request signed in with it, seen
 * more than a minute ago, waits to record that it was seen. Nothing else waits — the other test files sharing the
 * database go on (a lock on the whole session table would hold every signed-in request of theirs).
 */
async function holdSession(cookie: string): Promise<{ release(): Promise<void> }> {
  const tokenHash = createHash('sha256')
    .update(cookie.replace(/^lmis_session=/, ''))
    .digest('hex');
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  client.on('error', () => undefined);
  await client.connect();
  await client.query(`UPDATE user_session SET last_seen_at = now() - interval '2 minutes' WHERE token_hash = $1`, [
    tokenHash,
  ]);
  await client.query('BEGIN');
  const held = await client.query('SELECT 1 FROM user_session WHERE token_hash = $1 FOR UPDATE', [tokenHash]);
  if (held.rowCount !== 1) throw new Error('holdSession: no such session');
  return {
    async release() {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

let owner: TestContext;
let withSession: { cookie: string };
beforeAll(async () => {
  owner = await createTestApp();
  withSession = { cookie: (await signInAs(owner, { role: 'viewer', unitCode: '20' })).session.cookie };
});
afterAll(() => owner.close());

describe('database faults', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_TIMEOUT_MS: '600', HEALTH_PROBE_SECONDS: '1' });
  });
  afterAll(() => t.close());

  it('answers /api/health from the process while a statement holds the database', async () => {
    const lock = await holdSession(withSession.cookie);
    try {
      const stuck = t.app.inject({ method: 'GET', url: '/api/auth/me', headers: withSession });
      const first = await Promise.race([
        t.app.inject({ method: 'GET', url: '/api/health' }).then((res) => ({ health: res })),
        stuck.then(() => ({ health: undefined })),
      ]);
      expect(first.health?.statusCode).toBe(200);
      expect(['up', 'busy']).toContain(first.health?.json().database.state);
      await lock.release();
      await stuck;
    } finally {
      await lock.release();
    }
  });

  // PGlite has no timers: SET statement_timeout is accepted and never fires, so the limit is PostgreSQL's.
  it.skipIf(inject('databaseKind') === 'embedded')(
    'answers 504 with a Vietnamese message when a statement runs past the interactive limit',
    async () => {
      const lock = await holdSession(withSession.cookie);
      try {
        const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: withSession });
        expect(res.statusCode).toBe(504);
        expect(res.json().error.code).toBe('QUERY_TIMEOUT');
        expect(res.json().error.message).toMatch(/quá lâu/);
      } finally {
        await lock.release();
      }
    },
  );

  it('reads lost connections and refused connections as an unavailable database, a cancel as a timeout', () => {
    expect(dbFault(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(
      'unavailable',
    );
    expect(dbFault(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(dbFault({ message: 'wrapped', cause: Object.assign(new Error('terminating'), { code: '57P01' }) })).toBe(
      'unavailable',
    );
    expect(dbFault(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(
      'timeout',
    );
    expect(dbFault(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
  });
});

describe('stopping', () => {
  it('ends the server process within seconds of SIGTERM while a request waits on the database', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        PORT: '0',
        DEMO_DATA: 'off',
        LOG_LEVEL: 'info',
        WEB_DIST: '/nonexistent',
        MAINTENANCE_CRON: '',
        SHUTDOWN_TIMEOUT_MS: '3000',
        STATEMENT_TIMEOUT_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((ok, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (found?.[1]) ok(found[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) => fail(new Error(`server exited (${code}) before it was ready:\n${output}`)));
    });
    const lock = await holdSession(withSession.cookie);
    try {
      const waiting = fetch(`${url}/api/auth/me`, { headers: withSession }).catch(() => undefined);
      await new Promise((ok) => setTimeout(ok, 300));
      const stoppedAt = performance.now();
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const bound = new Promise((_, fail) => setTimeout(() => fail(new Error(`still running:\n${output}`)), 10_000));
      await Promise.race([exited, bound]);
      expect(performance.now() - stoppedAt).toBeLessThan(10_000);
      await lock.release();
      await waiting;
    } finally {
      child.kill('SIGKILL');
      await lock.release();
    }
  }, 180_000);
});
