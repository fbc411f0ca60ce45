import type { RequestContext } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { IMPORT_BATCH_ROWS, importFieldList, runTabularImport } from '../../platform/imports/index.ts';
import { workerImport } from './worker-import.ts';

export { IMPORT_BATCH_ROWS };

/** Imports an uploaded register file (the pipeline's run of the worker import; the CLI runs it inline). */
export function runImport(importId: number, ctx: RequestContext, deps: { db: Db }): Promise<void> {
  return runTabularImport(workerImport, importId, ctx, deps);
}

export const FIELD_LIST = importFieldList(workerImport);
