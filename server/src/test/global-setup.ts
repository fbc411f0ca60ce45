import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadReferenceData } from '../bootstrap.ts';
import { startEmbeddedPostgres } from '../platform/db/embedded.ts';
import { migrateDatabase, openDatabase } from '../platform/db/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'embedded' | 'postgres';
  }
}

/**
 * One real database per test run, migrated and loaded with the reference data: a fresh PGlite in a temporary
 * folder, or — when DATABASE_URL points at a PostgreSQL server — a fresh database created on that server.
 */
export default async function setup(project: TestProject) {
  const quiet = { info: () => undefined };
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    const name = `lmis_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    teardown = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'lmis-test-'));
    const embedded = await startEmbeddedPostgres(join(dir, 'pg'));
    url = embedded.url;
    teardown = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  await migrateDatabase(database);
  await loadReferenceData(database, quiet);
  await database.close();
  project.provide('databaseUrl', url);
  project.provide('databaseKind', serverUrl ? 'postgres' : 'embedded');
  return teardown;
}
