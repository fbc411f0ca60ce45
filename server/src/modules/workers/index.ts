export { markStaleImportsInterrupted } from './workers.queries.ts';
export { workerRoutes } from './workers.routes.ts';
