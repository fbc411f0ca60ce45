import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { buildPeople, writeRegisterCsv } from '../../test/register-files.ts';
import { drainTasks } from '../tasks.ts';
import { runMaintenance } from './maintenance.ts';

let t: TestContext;
const dir = mkdtempSync(join(tmpdir(), 'lmis-maintenance-test-'));
beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dir });
});
afterAll(async () => {
  await drainTasks();
  await t.close();
});

async function importCsv(s: Session, path: string): Promise<ImportStatusT> {
  const boundary = '----lmis-maintenance-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ds.csv"\r\nContent-Type: text/csv\r\n\r\n`,
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
  const id = (res.json() as ImportPreviewT).import.id;
  expect((await s.post(`/api/worker-imports/${id}/run`, {})).statusCode).toBe(202);
  await drainTasks();
  return (await s.get(`/api/worker-imports/${id}`)).json() as ImportStatusT;
}

describe('database maintenance', () => {
  it('analyses the register after an import, so the planner knows its size (reltuples is no longer -1)', async () => {
    const { session } = await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB });
    const path = join(dir, 'register.csv');
    writeRegisterCsv(path, buildPeople(60, 77));
    const status = await importCsv(session, path);
    expect(status.status).toBe('done');
    const { rows } = await t.database.pool.query(
      `SELECT c.reltuples::float8 AS reltuples, s.last_analyze IS NOT NULL OR s.last_autoanalyze IS NOT NULL AS analysed
       FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = 'worker'`,
    );
    expect(rows[0].reltuples).toBeGreaterThanOrEqual(60);
    expect(rows[0].analysed).toBe(true);
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
