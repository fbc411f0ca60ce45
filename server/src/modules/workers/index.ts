export { runImport } from './run-import.ts';
export { markStaleImportsInterrupted } from './workers.queries.ts';
export { workerRoutes } from './workers.routes.ts';
