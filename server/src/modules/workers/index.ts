export { IMPORT_TASK, importTask, recoverImports } from './import-task.ts';
export { runImport } from './run-import.ts';
export { startUploadRetention, sweepImportUploads } from './upload-retention.ts';
export { parseWorker, type RawWorker, type WorkerValue } from './worker-input.ts';
export { loadWorkerReference } from './worker-reference.ts';
export {
  countPendingImports,
  linkWorkersToHouseholds,
  markStaleImportsInterrupted,
  mergeWorkerBatch,
  unlinkWorkersFromHousehold,
} from './workers.queries.ts';
export { workerRoutes } from './workers.routes.ts';
export { workerStats } from './workers.service.ts';
