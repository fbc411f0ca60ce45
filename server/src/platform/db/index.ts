import { readFileSync } from 'node:fs';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../../../db/schema/index.ts';
import { mkdirPrivate } from '../private-fs.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { lockDataDir } from './lock.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle, or the database itself where no transaction is open. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  kind: 'embedded' | 'postgres';
  url: string;
  /** Interactive requests: every statement is bounded by the statement timeout. */
  pool: pg.Pool;
  db: Db;
  /** Long work exempt from the statement timeout: imports, exports, maintenance. */
  background: { pool: pg.Pool; db: Db };
  /** Ends every query this process runs on the server (shutdown), so nothing holds the stop. */
  terminateQueries(): Promise<void>;
  /** Closes the pools and the embedded database, giving up after `timeoutMs` (a query still running). */
  close(opts?: { timeoutMs?: number }): Promise<void>;
}

export const MIGRATIONS_FOLDER = new URL('../../../db/migrations/', import.meta.url).pathname;

// Dates stay 'YYYY-MM-DD' strings: a date has no time zone, and converting it to a JS Date shifts it.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// int8 (count(*), bigserial) as a JS number: LMIS counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export interface OpenOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** Limit of one interactive statement in ms (0: none), enforced by PostgreSQL. The embedded database has no
   *  timers to interrupt a statement, so there it does not apply. */
  statementTimeoutMs?: number;
  /** Where connection losses are reported; they never end the process. */
  log?: { warn(obj: object, msg: string): void };
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms).unref());

/** Opens native PostgreSQL when `databaseUrl` is set, otherwise the embedded PGlite database in `dataDir`. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  // One process at a time opens the embedded database (see lock.ts); native PostgreSQL serves many.
  if (!opts.databaseUrl) mkdirPrivate(opts.dataDir);
  const lock = opts.databaseUrl ? undefined : lockDataDir(opts.dataDir);
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    embedded = opts.databaseUrl
      ? undefined
      : await startEmbeddedPostgres(`${opts.dataDir}/pg`, {
          ...(opts.log && { onStall: (report: string) => opts.log?.warn({}, report) }),
        });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const url = opts.databaseUrl ?? (embedded as { url: string }).url;
  const kind = embedded ? 'embedded' : 'postgres';
  // Our sessions carry the process id, so a stop can end exactly this process's queries on a shared server.
  const applicationName = `lmis-${process.pid}`;
  const timeout = opts.statementTimeoutMs ?? 0;
  const base: pg.PoolConfig = {
    connectionString: url,
    // A server that does not answer a connection attempt fails the request (503) instead of hanging it; a busy
    // one (the embedded database answers a new connection only between statements) gets time. A stopped server
    // refuses at once.
    connectionTimeoutMillis: 30_000,
    ...(kind === 'postgres' ? { application_name: applicationName } : {}),
  };
  const pool = new pg.Pool({
    ...base,
    max: opts.poolSize ?? (embedded ? 8 : 20),
    // The server cancels a statement past the limit (SQLSTATE 57014). No client-side query_timeout: pg answers
    // the caller but leaves the statement on the connection, whose late reply can then reach the next query.
    ...(timeout > 0 && kind === 'postgres' ? { statement_timeout: timeout } : {}),
  });
  // Imports (2 per process), their maintenance, and tools run here.
  const backgroundPool = new pg.Pool({ ...base, max: embedded ? 3 : 6 });
  for (const p of [pool, backgroundPool]) watchConnections(p, opts.log);
  return {
    kind,
    url,
    pool,
    db: drizzle(pool, { schema }),
    background: { pool: backgroundPool, db: drizzle(backgroundPool, { schema }) },
    async terminateQueries() {
      if (kind !== 'postgres') return;
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE application_name = $1 AND pid <> pg_backend_pid() AND state <> 'idle'`,
          [applicationName],
        );
      } catch {
        // The server is away: there is nothing of ours left running on it.
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    async close({ timeoutMs = 30_000 } = {}) {
      const closing = (async () => {
        await Promise.allSettled([pool.end(), backgroundPool.end()]);
        await embedded?.stop();
        lock?.release();
      })();
      await Promise.race([closing, sleep(timeoutMs)]);
    },
  };
}

/**
 * A connection can fail while idle or while checked out (the server restarts, the network drops). pg emits
 * `error` on the client then, and pg-pool only listens while the client is idle: an error on a checked-out
 * client would be unhandled and end the process. The running query fails with the same error, which the request
 * answers (503); the broken client is dropped from the pool when released, and later requests reconnect.
 */
function watchConnections(pool: pg.Pool, log: OpenOptions['log']) {
  // The error carries the client (connection parameters included): log its code and message only.
  const brief = (error: Error & { code?: string }) => ({ code: error.code, message: error.message });
  pool.on('error', (error) => log?.warn({ err: brief(error) }, 'idle database connection lost'));
  pool.on('connect', (client) => {
    client.on('error', (error) => log?.warn({ err: brief(error) }, 'database connection lost'));
  });
}

/** Applies pending forward-only migrations under an advisory lock, so two instances never migrate at once. */
export async function migrateDatabase(database: Database): Promise<void> {
  // Migrations may build indexes over millions of rows: they run outside the interactive statement timeout.
  const client = await database.background.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(724001)');
    await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock(724001)').catch(() => undefined);
    client.release();
  }
}

/** Migration level: how many migrations the database has applied, and the newest one the code knows. */
export async function migrationLevel(
  on: Pick<Database, 'pool'> | pg.ClientBase,
): Promise<{ applied: number; latest: string }> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  const queryable = 'pool' in on ? on.pool : on;
  const { rows } = await queryable.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
  return { applied: rows[0]?.n ?? 0, latest: journal.entries.at(-1)?.tag ?? '' };
}
