import { randomBytes } from 'node:crypto';
import type { Role } from '@lmis/contracts';
import type { FastifyBaseLogger, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import { bootstrapUser } from '../modules/users/index.ts';
import { loadConfig } from '../platform/config.ts';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { testLogger } from './log-tail.ts';

export const TEST_PASSWORD = 'TestPassw0rd!';

export interface TestContext {
  app: App;
  database: Database;
  close(): Promise<void>;
}

/** The real app on the run's real database (PGlite or PostgreSQL, see global-setup.ts). */
export async function createTestApp(
  env: Record<string, string> = {},
  opts: { logger?: FastifyBaseLogger } = {},
): Promise<TestContext> {
  // Tests sign in many times a minute from one address; the rate-limit test sets its own limit.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    WEB_DIST: '/nonexistent',
    LOGIN_RATE_PER_MINUTE: '10000',
    LOGIN_ADDRESS_MAX_FAILURES: '100000',
    // Tests check behaviour, not speed: no statement limit unless a test sets one (a loaded machine is slow).
    STATEMENT_TIMEOUT_MS: '0',
    ...env,
  });
  const database = await openDatabase({
    databaseUrl: inject('databaseUrl'),
    dataDir: '',
    poolSize: 4,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
  });
  // A quiet app still keeps its warnings and errors, for the report of a failing test.
  const logger = opts.logger ?? (config.LOG_LEVEL === 'silent' ? testLogger() : undefined);
  const app = await buildApp({ config, database, logger });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Communes of Lạng Sơn (province 20) that one test file has to itself, counted from the last code down. A run
 * shares one database, so a test that counts what a commune holds must count where no other file writes: each
 * such file takes its own slots here and nowhere else.
 */
const RESERVED_COMMUNES = {
  'audit-access': [0, 1, 2],
  'import-safety': [3],
  'dossier-list': [11],
  'stats-freshness': [12],
} as const;

export async function reservedCommunes(t: TestContext, owner: keyof typeof RESERVED_COMMUNES): Promise<string[]> {
  const { rows } = await t.database.pool.query<{ code: string }>(
    "SELECT code FROM admin_unit WHERE parent_code = '20' AND level = 'commune' AND valid_to IS NULL ORDER BY code DESC",
  );
  return RESERVED_COMMUNES[owner].map((slot) => {
    const code = rows[slot]?.code;
    if (!code) throw new Error(`Lạng Sơn has no commune at slot ${slot}`);
    return code;
  });
}

export const uniqueName = (prefix: string) => `${prefix}.${randomBytes(4).toString('hex')}`;

/** Factory: an account with the given role and unit, created straight through the service. */
export async function buildUser(
  t: TestContext,
  opts: { role: Role; unitCode?: string | null; username?: string; employerId?: number },
) {
  return bootstrapUser(
    {
      username: opts.username ?? uniqueName(opts.role.replace('_', '')),
      fullName: 'Người Kiểm Thử',
      role: opts.role,
      unitCode: opts.unitCode ?? null,
      password: TEST_PASSWORD,
      employerId: opts.employerId ?? null,
    },
    { db: t.database.db, config: loadConfig({}) },
  );
}

export interface Session {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Signs in through the API and returns a client that sends the cookie and the anti-forgery token. */
export async function signIn(t: TestContext, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie, 'x-csrf-token': csrf };
  return {
    cookie,
    csrf,
    get: (url) => t.app.inject({ method: 'GET', url, headers }),
    post: (url, body) => t.app.inject({ method: 'POST', url, headers, payload: body as object }),
    patch: (url, body) => t.app.inject({ method: 'PATCH', url, headers, payload: body as object }),
    put: (url, body) => t.app.inject({ method: 'PUT', url, headers, payload: body as object }),
    delete: (url) => t.app.inject({ method: 'DELETE', url, headers }),
  };
}

/** Signs in a freshly built account. */
export async function signInAs(t: TestContext, opts: { role: Role; unitCode?: string | null; employerId?: number }) {
  const user = await buildUser(t, opts);
  return { user, session: await signIn(t, user.username) };
}
