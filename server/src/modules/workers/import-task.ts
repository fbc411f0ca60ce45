import type { Db } from '../../platform/db/index.ts';
import { type ImportJob, importJobKey, recoverImports, tabularImportTask } from '../../platform/imports/index.ts';
import type { TaskDefinition } from '../../platform/tasks.ts';
import { workerImport } from './worker-import.ts';

export const IMPORT_TASK = workerImport.task;
export { type ImportJob, importJobKey, recoverImports };

/** The register import as a background task (platform/imports: the import row is the checkpoint). */
export function importTask(deps: { db: Db }): TaskDefinition<ImportJob> {
  return tabularImportTask(workerImport, deps);
}
