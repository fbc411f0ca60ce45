import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, signInAs, type TestContext } from '../../test/harness.ts';
import { buildPeople, writeRegisterCsv } from '../../test/register-files.ts';
import { importRegister } from '../../test/uploads.ts';
import { runMaintenance } from './maintenance.ts';

let t: TestContext;
const dir = mkdtempSync(join(tmpdir(), 'lmis-maintenance-test-'));
beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
});
afterAll(() => t.close());

describe('database maintenance', () => {
  it('analyses the register after an import, so the planner knows its size (reltuples is no longer -1)', async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB });
    const path = join(dir, 'register.csv');
    writeRegisterCsv(path, buildPeople(60, 83));
    const before = new Date();
    const { status } = await importRegister(t, session, path);
    expect(status.status).toBe('done');
    // The import's task asks for the analysis as it ends; the maintenance task runs it right after.
    const analysed = async () =>
      (
        await t.database.pool.query<{ relname: string; reltuples: number }>(
          `SELECT c.relname, c.reltuples::float8 AS reltuples
           FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
           WHERE c.relname IN ('person', 'worker') AND greatest(s.last_analyze, s.last_autoanalyze) >= $1`,
          [before],
        )
      ).rows;
    let rows = await analysed();
    for (let i = 0; i < 100 && rows.length < 2; i++) {
      await new Promise((ok) => setTimeout(ok, 200));
      rows = await analysed();
    }
    expect(rows.map((r) => r.relname).sort()).toEqual(['person', 'worker']);
    for (const r of rows) expect(r.reltuples).toBeGreaterThanOrEqual(60);
  });

  it('vacuums a table whose dead rows passed the threshold', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const table = `maintenance_probe_${process.pid}`;
    try {
      await client.query(`CREATE TABLE ${table} (n int)`);
      await client.query(`INSERT INTO ${table} SELECT generate_series(1, 2000)`);
      await client.query(`DELETE FROM ${table} WHERE n <= 1500`);
      // Statistics reach pg_stat_user_tables when the backend flushes them (at most once a second).
      for (let i = 0; i < 50; i++) {
        await new Promise((ok) => setTimeout(ok, 200));
        await client.query('SELECT 1');
        const stat = await client.query(`SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = $1`, [table]);
        if (Number(stat.rows[0]?.n_dead_tup) > 0) break;
      }
      const report = await runMaintenance(t.database.background.db);
      expect(report.vacuumed).toContain(table);
      const after = await client.query(`SELECT reltuples::float8 AS r FROM pg_class WHERE relname = $1`, [table]);
      expect(after.rows[0].r).toBe(500);
    } finally {
      await client.query(`DROP TABLE IF EXISTS ${table}`);
      await client.end();
    }
  });
});
