import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.ts';

it('names the connection that holds the embedded database when the others have waited, never its parameters', async () => {
  const reports: string[] = [];
  const embedded = await startEmbeddedPostgres(join(mkdtempSync(join(tmpdir(), 'lmis-stall-')), 'pg'), {
    stallReportMs: 1_000,
    onStall: (report) => reports.push(report),
  });
  const holder = new pg.Client({ connectionString: embedded.url });
  const waiter = new pg.Client({ connectionString: embedded.url });
  try {
    await holder.connect();
    await waiter.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT $1::text AS person_id', ['020192000123']);
    const waiting = waiter.query('SELECT 1 AS n');
    for (let i = 0; i < 200 && reports.length === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
    await new Promise((ok) => setTimeout(ok, 1_500));
    expect(reports).toHaveLength(1); // once per stall
    expect(reports[0]).toMatch(/nothing served for \d+ s while 1 messages wait/);
    expect(reports[0]).toContain('keeps a transaction open between statements');
    expect(reports[0]).toContain('SELECT $1::text AS person_id');
    expect(reports[0]).not.toContain('020192000123');
    await holder.query('COMMIT');
    expect((await waiting).rows).toEqual([{ n: 1 }]);
  } finally {
    await holder.end().catch(() => undefined);
    await waiter.end().catch(() => undefined);
    await embedded.stop();
  }
});
