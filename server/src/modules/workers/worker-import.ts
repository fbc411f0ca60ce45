import { REGISTERED_ELSEWHERE, WORKER_FIELDS, type WorkerFieldKey } from '@lmis/contracts';
import { type ImportProgress, insertImportErrors, registerTabularImport } from '../../platform/imports/index.ts';
import { normalizePersonId } from './person-id.ts';
import { issueReason, parseWorker, type WorkerReference, type WorkerValue } from './worker-input.ts';
import { loadWorkerReference } from './worker-reference.ts';
import { workerImportResource } from './workers.policy.ts';
import { type PreparedWorkerBatch, prepareWorkerBatch, runWorkerBatch, type WorkerBatch } from './workers.queries.ts';

/**
 * The labour-supply register's import on the generic pipeline (platform/imports): the worker fields, a row checked
 * like API input (parseWorker), each row's commune resolved from the file's commune column (the upload's commune only
 * for a file without one), and one statement per batch that merges person and worker (mergeWorkerBatch).
 */
export const workerImport = registerTabularImport<WorkerFieldKey, WorkerValue, WorkerReference>({
  kind: 'worker',
  task: 'worker-import',
  writesTables: ['person', 'worker', 'worker_stat', 'worker_snapshot', 'audit_log', 'worker_import_error'],
  uploads: 'worker-imports',
  auditType: 'worker_import',
  resource: workerImportResource,
  templateFileName: 'mau-danh-sach-nguoi-lao-dong.xlsx',
  fields: WORKER_FIELDS,
  keyFields: ['personId', 'fullName'],
  requiredColumn: 'personId',
  communeField: 'communeCode',
  // Without the commune column every row would land in the upload's commune.
  confirmFields: ['communeCode', 'districtName', 'provinceName'],
  identityOfRaw: (raw) => normalizePersonId(raw.personId),
  identityOfValue: (value) => value.personId,
  duplicateReason: (id, row) => `Số định danh cá nhân ${id} trùng với dòng ${row} trong tệp`,
  // A CSV has no cell types and Excel writes an ID stored as a number there without its leading zero, so digits in a
  // CSV's ID column read as a number.
  readRow: (raw, format) =>
    format === 'csv' && typeof raw.personId === 'string' && /^\d{10,11}$/.test(raw.personId.trim())
      ? { ...raw, personId: Number(raw.personId) }
      : raw,
  loadReference: (db, job, today) =>
    loadWorkerReference(db, {
      provinceCode: job.provinceCode,
      fixedCommuneCode: job.communeCode,
      defaultCommuneCode: job.mapping.communeCode === undefined ? job.communeCode : null,
      today,
    }),
  validate: (raw, ref, job, today) => {
    const parsed = parseWorker(raw, ref, { roundYear: job.roundYear, today });
    return { value: parsed.value, reasons: parsed.issues.map(issueReason) };
  },
  prepareBatch: (batch) => prepareWorkerBatch(batch as WorkerBatch),
  // One statement merges the batch, records its invalid rows and moves the checkpoint; only rows refused because the
  // person is registered outside the scope need a second one.
  landBatch: async (tx, prepared) => {
    const merged = await runWorkerBatch(tx, prepared as PreparedWorkerBatch);
    const importId = prepared.batch.importId as number;
    if (merged.clashes.length > 0) {
      // The registry's neutral answer: the file's owner learns neither the unit nor anything beyond it.
      await insertImportErrors(
        tx,
        merged.clashes.map((c) => ({
          importId,
          rowNumber: c.sourceRow,
          reasons: `Số định danh cá nhân ${c.personId} ${REGISTERED_ELSEWHERE.vi}; có thể gửi yêu cầu chuyển đến`,
          raw: { personId: c.personId, fullName: c.fullName },
        })),
      );
    }
    return merged.progress as ImportProgress;
  },
  keptOfFailedRow: (row) => ({ personId: row.personId, fullName: row.fullName }),
});
