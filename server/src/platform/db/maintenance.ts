import { sql } from 'drizzle-orm';
import type { TaskDefinition, Tasks } from '../tasks.ts';
import type { Db } from './index.ts';

/**
 * The database kept fast by the product itself. The embedded database has no autovacuum: without this its tables
 * are never analysed (pg_class.reltuples stays -1, the planner guesses row counts and list counts cannot be
 * estimated) and dead rows of updates pile up. On PostgreSQL autovacuum does the same; running it too is harmless.
 */
export interface MaintenanceReport {
  analyzed: string[];
  vacuumed: string[];
  ms: number;
}

interface TableStats {
  relname: string;
  reltuples: number;
  n_dead_tup: number;
  n_mod_since_analyze: number;
}

/**
 * Analyses the tables that changed enough since their last analysis (or were never analysed) and vacuums those
 * whose dead rows passed the threshold, with autovacuum's default thresholds (50 rows + 10 % of the table for
 * ANALYZE, 50 + 20 % for VACUUM). `analyze` names tables to analyse regardless — after an import, whose changes
 * the statistics views may not show yet. Runs on a connection exempt from the interactive statement timeout.
 */
export async function runMaintenance(db: Db, opts: { analyze?: string[] } = {}): Promise<MaintenanceReport> {
  const started = performance.now();
  const { rows } = await db.execute<TableStats & Record<string, unknown>>(sql`
    SELECT s.relname, c.reltuples::float8 AS reltuples, s.n_dead_tup::float8 AS n_dead_tup,
           s.n_mod_since_analyze::float8 AS n_mod_since_analyze
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = 'public'
    ORDER BY s.relname`);
  const forced = new Set(opts.analyze ?? []);
  const vacuum = rows.filter((t) => t.n_dead_tup > 50 + 0.2 * Math.max(t.reltuples, 0)).map((t) => t.relname);
  const analyze = rows
    .filter(
      (t) =>
        !vacuum.includes(t.relname) &&
        (forced.has(t.relname) || t.reltuples < 0 || t.n_mod_since_analyze > 50 + 0.1 * Math.max(t.reltuples, 0)),
    )
    .map((t) => t.relname);
  for (const table of vacuum) await db.execute(sql`VACUUM (ANALYZE) ${sql.identifier(table)}`);
  for (const table of analyze) await db.execute(sql`ANALYZE ${sql.identifier(table)}`);
  return { analyzed: analyze, vacuumed: vacuum, ms: Math.round(performance.now() - started) };
}

export const MAINTENANCE_TASK = 'db.maintenance';

/**
 * Maintenance as a background task: scheduled (MAINTENANCE_CRON) so that one process of all that share the database
 * runs it, and sent after an import with the tables it wrote. Idempotent, so a failed attempt is simply retried.
 */
export function maintenanceTask(deps: {
  db: Db;
  log: { info(obj: object, msg: string): void };
}): TaskDefinition<{ analyze?: string[] }> {
  return {
    name: MAINTENANCE_TASK,
    async run(data) {
      const report = await runMaintenance(deps.db, { analyze: data?.analyze });
      if (report.analyzed.length || report.vacuumed.length) deps.log.info(report, 'database maintenance');
    },
    concurrency: 1,
    retryLimit: 2,
    expireInSeconds: 3600,
  };
}

/** Registers (or, with an empty cron, removes) the maintenance schedule. */
export async function scheduleMaintenance(tasks: Tasks, cron: string): Promise<void> {
  if (cron.trim()) await tasks.schedule(MAINTENANCE_TASK, cron.trim());
  else await tasks.unschedule(MAINTENANCE_TASK);
}
