import type { RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import type { TaskDefinition, Tasks } from '../../platform/tasks.ts';
import { runImport } from './run-import.ts';
import { markStaleImportsInterrupted, selectUnfinishedImportIds } from './workers.queries.ts';

export const IMPORT_TASK = 'worker-import';
/** Imports one process runs at once: each holds a reader thread and the database's write path. */
export const IMPORT_CONCURRENCY = 2;

/** Tables an import writes, analysed when it ends. */
const IMPORTED_TABLES = ['person', 'worker', 'worker_stat', 'worker_snapshot', 'audit_log', 'worker_import_error'];

export interface ImportJob {
  importId: number;
  ctx: RequestContext;
}

/**
 * A register import as a background task. Retrying is safe: the `worker_import` row is the checkpoint, committed
 * with every batch, so another attempt resumes after the last committed batch and re-merging a row changes
 * nothing. A process that dies mid-import stops its heartbeat; the job is then retried by a live process.
 */
export function importTask(deps: {
  /** Connections exempt from the interactive statement timeout. */
  db: Db;
  /** Called with the tables an import wrote once it ends (the platform analyses them). */
  afterImport?: (tables: string[]) => Promise<unknown>;
}): TaskDefinition<ImportJob> {
  return {
    name: IMPORT_TASK,
    async run(job) {
      await runImport(job.importId, job.ctx, { db: deps.db });
      // The embedded database never analyses on its own: fresh statistics keep lists planned and counted well.
      await deps.afterImport?.(IMPORTED_TABLES);
    },
    concurrency: IMPORT_CONCURRENCY,
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 12 * 3600,
    heartbeatSeconds: 60,
    policy: 'exclusive',
  };
}

export const importJobKey = (importId: number) => String(importId);

/**
 * Marks as interrupted the imports left queued or running by a process that is gone: those whose job is no longer
 * queued, waiting for a retry or running (an import run by another live server process keeps going).
 */
export async function recoverImports(deps: { db: Db; tasks: Tasks }): Promise<number> {
  const live: number[] = [];
  for (const id of await selectUnfinishedImportIds(deps.db)) {
    if (await deps.tasks.isLive(IMPORT_TASK, importJobKey(id))) {
      live.push(id);
    }
  }
  return markStaleImportsInterrupted(deps.db, live);
}
