import type { RequestContext } from '../auth/actor.ts';
import type { Db } from '../db/index.ts';
import type { TaskDefinition, Tasks } from '../tasks.ts';
import { type TabularImport, tabularImports } from './pipeline.ts';
import { markImportsInterrupted, selectUnfinishedImportIds } from './queries.ts';
import { runTabularImport } from './run.ts';

/** Imports one process runs at once, per kind: each holds a reader thread and the database's write path. */
export const IMPORT_CONCURRENCY = 2;

export interface ImportJob {
  importId: number;
  ctx: RequestContext;
}

export const importJobKey = (importId: number) => String(importId);

export interface ImportTaskDeps {
  /** Connections exempt from the interactive statement timeout. */
  db: Db;
  /** Called with the tables an import wrote once it ends (the platform analyses them). */
  afterImport?: (tables: readonly string[]) => Promise<unknown>;
}

/**
 * An import as a background task. Retrying is safe: the import row is the checkpoint, committed with every batch,
 * so another attempt resumes after the last committed batch and re-merging a row changes nothing. A process that
 * dies mid-import stops its heartbeat; the job is then retried by a live process.
 */
// biome-ignore lint/suspicious/noExplicitAny: any kind of import runs as a task
export function tabularImportTask(def: TabularImport<any, any, any>, deps: ImportTaskDeps): TaskDefinition<ImportJob> {
  return {
    name: def.task,
    async run(job) {
      await runTabularImport(def, job.importId, job.ctx, { db: deps.db });
      // The embedded database never analyses on its own: fresh statistics keep lists planned and counted well.
      await deps.afterImport?.(def.writesTables);
    },
    concurrency: IMPORT_CONCURRENCY,
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 12 * 3600,
    heartbeatSeconds: 60,
    policy: 'exclusive',
  };
}

/**
 * Marks as interrupted the imports (of every kind) left queued or running by a process that is gone: those whose
 * job is no longer queued, waiting for a retry or running (an import run by another live server process keeps
 * going).
 */
export async function recoverImports(deps: { db: Db; tasks: Tasks }): Promise<number> {
  const gone: number[] = [];
  for (const def of tabularImports()) {
    for (const id of await selectUnfinishedImportIds(deps.db, def.kind)) {
      if (!(await deps.tasks.isLive(def.task, importJobKey(id)))) gone.push(id);
    }
  }
  return markImportsInterrupted(deps.db, gone);
}
