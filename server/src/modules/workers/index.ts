export { markImportsInterrupted } from '../../platform/imports/index.ts';
export { IMPORT_TASK, importTask, recoverImports } from './import-task.ts';
export { runImport } from './run-import.ts';
export { startUploadRetention, sweepImportUploads } from './upload-retention.ts';
export { workerImport } from './worker-import.ts';
export { parseWorker, type RawWorker, type WorkerValue } from './worker-input.ts';
export { loadWorkerReference } from './worker-reference.ts';
export {
  linkWorkersToHouseholds,
  mergeWorkerBatch,
  selectRegisterGeneration,
  unlinkWorkersFromHousehold,
} from './workers.queries.ts';
export { workerRoutes } from './workers.routes.ts';
export { workerStats } from './workers.service.ts';
