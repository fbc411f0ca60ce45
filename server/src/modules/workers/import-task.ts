import {
  type ImportJob,
  type ImportTaskDeps,
  importJobKey,
  recoverImports,
  tabularImportTask,
} from '../../platform/imports/index.ts';
import type { TaskDefinition } from '../../platform/tasks.ts';
import { workerImport } from './worker-import.ts';

export const IMPORT_TASK = workerImport.task;
export { type ImportJob, importJobKey, recoverImports };

/** The register import as a background task (platform/imports: the import row is the checkpoint). */
export function importTask(deps: ImportTaskDeps): TaskDefinition<ImportJob> {
  return tabularImportTask(workerImport, deps);
}
