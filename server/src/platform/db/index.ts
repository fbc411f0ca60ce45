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
  pool: pg.Pool;
  db: Db;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = new URL('../../../db/migrations/', import.meta.url).pathname;

// Dates stay 'YYYY-MM-DD' strings: a date has no time zone, and converting it to a JS Date shifts it.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// int8 (count(*), bigserial) as a JS number: LMIS counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** Opens native PostgreSQL when `databaseUrl` is set, otherwise the embedded PGlite database in `dataDir`. */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
}): Promise<Database> {
  // One process at a time opens the embedded database (see lock.ts); native PostgreSQL serves many.
  if (!opts.databaseUrl) mkdirPrivate(opts.dataDir);
  const lock = opts.databaseUrl ? undefined : lockDataDir(opts.dataDir);
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    embedded = opts.databaseUrl ? undefined : await startEmbeddedPostgres(`${opts.dataDir}/pg`);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const url = opts.databaseUrl ?? (embedded as { url: string }).url;
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? (embedded ? 8 : 20) });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  return {
    kind: embedded ? 'embedded' : 'postgres',
    url,
    pool,
    db: drizzle(pool, { schema }),
    async close() {
      await pool.end();
      await embedded?.stop();
      lock?.release();
    },
  };
}

/** Applies pending forward-only migrations under an advisory lock, so two instances never migrate at once. */
export async function migrateDatabase(database: Database): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(724001)');
    await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock(724001)').catch(() => undefined);
    client.release();
  }
}

/** Migration level: how many migrations the database has applied, and the newest one the code knows. */
export async function migrationLevel(database: Database): Promise<{ applied: number; latest: string }> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  const { rows } = await database.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
  );
  return { applied: rows[0]?.n ?? 0, latest: journal.entries.at(-1)?.tag ?? '' };
}
