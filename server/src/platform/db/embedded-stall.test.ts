import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.ts';

it('names the connection that holds the embedded database when the others have waited, and a statement that ran long, never their parameters', async () => {
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
    expect(reports).toHaveLength(1); // once per waiting message
    expect(reports[0]).toMatch(/a message has waited \d+ s \(1 waiting\)/);
    expect(reports[0]).toContain('keeps a transaction open between statements');
    expect(reports[0]).toContain('SELECT $1::text AS person_id');
    expect(reports[0]).not.toContain('020192000123');
    await holder.query('COMMIT');
    expect((await waiting).rows).toEqual([{ n: 1 }]);

    // One long statement holds the database's thread: said once it ends.
    await holder.query('SELECT pg_sleep(1.5)');
    for (let i = 0; i < 100 && reports.length < 2; i++) await new Promise((ok) => setTimeout(ok, 100));
    expect(reports[1]).toMatch(/one message of connection #\d+ ran \d+ s, holding every other connection/);
    expect(reports[1]).toContain('SELECT pg_sleep(1.5)');
  } finally {
    await holder.end().catch(() => undefined);
    await waiter.end().catch(() => undefined);
    await embedded.stop();
  }
});
