import { importFailure, landIsolatingBadRows as landBisecting } from '../../platform/imports/index.ts';
import { type PreparedWorkerBatch, prepareWorkerBatch, type WorkerBatch } from './workers.queries.ts';

export { importFailure };

/** The pipeline's bisection (platform/imports) over the worker merge: one bad row cannot stop an import. */
export function landIsolatingBadRows(
  prepared: PreparedWorkerBatch,
  land: (batch: PreparedWorkerBatch) => Promise<void>,
): Promise<void> {
  return landBisecting<WorkerBatch['rows'][number], WorkerBatch, PreparedWorkerBatch>(prepared, land, {
    prepare: prepareWorkerBatch,
    keptOfFailedRow: (row) => ({ personId: row.personId, fullName: row.fullName }),
  });
}
