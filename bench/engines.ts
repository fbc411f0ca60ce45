import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { loadReferenceData } from '../server/src/bootstrap.ts';
import { startEmbeddedPostgres } from '../server/src/platform/db/embedded.ts';
import { type Database, MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from '../server/src/platform/db/index.ts';

const quiet = { info: () => undefined };

export interface Engine {
  name: string;
  database: Database;
  close(): Promise<void>;
}

/** A throwaway native PostgreSQL cluster (scripts/pg-throwaway.sh), unless BENCH_DATABASE_URL names a server. */
export function startNativeServer(): { url: string; stop(): void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => undefined };
  const out = execFileSync(
    'bash',
    ['-c', 'source scripts/pg-throwaway.sh && pg_throwaway_start >&2 && echo "$PG_THROWAWAY_URL $PG_THROWAWAY_DIR"'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [url, dir] = out.trim().split(' ') as [string, string];
  return {
    url,
    stop: () => {
      execFileSync('bash', ['-c', `source scripts/pg-throwaway.sh && PG_THROWAWAY_DIR=${dir} pg_throwaway_stop`]);
    },
  };
}

/** A fresh, migrated database with reference data on the given server. */
export async function nativeEngine(serverUrl: string): Promise<Engine> {
  const name = `lmis_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  await migrateDatabase(database);
  await loadReferenceData(database, quiet);
  return { name: 'PostgreSQL', database, close: () => database.close() };
}

/** The embedded engine exactly as `npm start` runs it: PGlite on disk in a worker thread behind the socket. */
export async function embeddedEngine(opts: { durable?: boolean } = {}): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-bench-'));
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { durable: opts.durable });
  const database = await openDatabase({ databaseUrl: server.url, dataDir: '' });
  await migrateDatabase(database);
  await loadReferenceData(database, quiet);
  return {
    name: 'PGlite',
    database,
    async close() {
      await database.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * PGlite in this process with the same migrated schema, for the raw-COPY baseline: COPY FROM STDIN does not pass
 * through the wire-protocol socket, so PGlite's own COPY (from a blob) is the fastest load it has.
 */
export async function inProcessPglite(): Promise<{ db: PGlite; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lmis-bench-copy-'));
  const db = await PGlite.create(dir, { extensions: { unaccent, pg_trgm, citext, btree_gin, pgcrypto } });
  for (const file of readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const statement of readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint')) {
      if (statement.trim()) await db.exec(statement);
    }
  }
  return {
    db,
    async close() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
