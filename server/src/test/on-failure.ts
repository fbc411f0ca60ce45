import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { takeLogTail } from './log-tail.ts';

beforeEach(() => {
  takeLogTail();
});

/** When a test fails, prints the warnings and errors its file's apps logged since it began (the apps log nothing
 *  otherwise): a failed background import then names its reason and reference. */
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const tail = takeLogTail();
  console.error(`server log (warn and above) while "${context.task.name}" ran:\n${tail.join('\n') || '  (none)'}`);
  await printBackgroundWork(context.task.name);
});

/** The background jobs not yet completed, newest first, and the imports that did not end well: a test that timed
 *  out waiting for one then says where it stood (queued, running since when, retried, failed with which reason). */
async function printBackgroundWork(testName: string) {
  const client = new pg.Client({ connectionString: inject('databaseUrl'), connectionTimeoutMillis: 30_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ line: string }>(`
      SELECT format('  %s %s%s, queued %s s ago%s', name, state,
                    CASE WHEN retry_count > 0 THEN format(' (retry %s)', retry_count) ELSE '' END,
                    round(extract(epoch FROM now() - created_on)::numeric, 1),
                    CASE WHEN started_on IS NOT NULL
                         THEN format(', started %s s ago', round(extract(epoch FROM now() - started_on)::numeric, 1))
                         ELSE '' END) AS line
        FROM pgboss.job
       WHERE state <> 'completed'
       ORDER BY created_on DESC
       LIMIT 15`);
    console.error(`task queue when "${testName}" failed:\n${rows.map((r) => r.line).join('\n') || '  (empty)'}`);
    // Imports of the last minutes that did not end well: their recorded reason names a reference in the log.
    const imports = await client.query<{ line: string }>(`
      SELECT format('  %s import %s %s, %s rows done%s', kind, id, status, rows_done,
                    coalesce(': ' || error_message, '')) AS line
        FROM worker_import
       WHERE status NOT IN ('done', 'uploaded') AND created_at > now() - interval '10 minutes'
       ORDER BY id DESC
       LIMIT 10`);
    console.error(`imports not done:\n${imports.rows.map((r) => r.line).join('\n') || '  (none)'}`);
  } catch (error) {
    console.error(`could not read the task queue: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * When a test fails on native PostgreSQL, prints what the shared test database was doing at that moment: every
 * statement still running, how long it has run, what it waits for and which backends block it. A test that timed
 * out behind another file's lock then says so in the log.
 */
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || inject('databaseKind') !== 'postgres') return;
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{
      pid: number;
      seconds: string;
      state: string;
      wait: string | null;
      blocked_by: number[];
      query: string;
    }>(`
      SELECT pid, round(extract(epoch FROM now() - query_start)::numeric, 1)::text AS seconds, state,
             wait_event_type || '/' || wait_event AS wait, pg_blocking_pids(pid) AS blocked_by,
             left(regexp_replace(query, '\\s+', ' ', 'g'), 200) AS query
        FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
       ORDER BY query_start`);
    const lines = rows.map(
      (r) =>
        `  pid ${r.pid} ${r.state} ${r.seconds} s${r.wait ? ` waits ${r.wait}` : ''}` +
        `${r.blocked_by.length ? ` blocked by ${r.blocked_by.join(',')}` : ''}: ${r.query}`,
    );
    console.error(`database activity when "${context.task.name}" failed:\n${lines.join('\n') || '  (none)'}`);
  } catch (error) {
    console.error(`could not read the database activity: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
});
