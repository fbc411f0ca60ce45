import { createHash } from 'node:crypto';
import { REGISTERED_ELSEWHERE } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import type { RequestContext, Scope } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { skipRow } from './import-file.ts';
import { hostileCellReasons, importFailure, landIsolatingBadRows } from './import-safety.ts';
import { normalizePersonId } from './person-id.ts';
import { countDataRowsOffThread, readRowsOffThread } from './read-rows-thread.ts';
import { WORKER_FIELDS, type WorkerFieldKey } from './worker-fields.ts';
import { cleanText, parseWorker, type RawWorker, type WorkerValue } from './worker-input.ts';
import { loadWorkerReference } from './worker-reference.ts';
import {
  type ImportErrorRow,
  type ImportProgress,
  insertImportErrors,
  type PreparedWorkerBatch,
  prepareWorkerBatch,
  runWorkerBatch,
  selectImport,
  updateImport,
} from './workers.queries.ts';

export const IMPORT_BATCH_ROWS = 5000;
const YIELD_EVERY_ROWS = 25;

/**
 * The row's cells by field, as the file had them (kept for the error file). A CSV has no cell types and Excel
 * writes an ID stored as a number there without its leading zero, so digits in a CSV's ID column read as a number.
 */
function rowRecord(cells: unknown[], mapping: Record<string, number>, format: string): RawWorker {
  const raw: RawWorker = {};
  for (const [key, column] of Object.entries(mapping)) raw[key as WorkerFieldKey] = cells[column] ?? null;
  if (format === 'csv' && typeof raw.personId === 'string' && /^\d{10,11}$/.test(raw.personId.trim()))
    raw.personId = Number(raw.personId);
  return raw;
}

/** A fingerprint of the row's mapped values, to tell an exact repeat from a different row with the same ID. */
const fingerprint = (raw: RawWorker) =>
  createHash('sha1')
    .update(
      Object.keys(raw)
        .sort()
        .map((k) => `${k}=${cleanText(raw[k as WorkerFieldKey]) ?? ''}`)
        .join('\u0001'),
    )
    .digest('base64');

const jsonSafe = (raw: RawWorker) =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]));

/**
 * Imports a register file. Every valid row lands; every invalid row is kept with its row number and reasons.
 * Each batch commits with its checkpoint (rows done and counters), so after a crash the import resumes where
 * the last committed batch ended, and re-importing the same file changes nothing (see mergeWorkerBatch).
 */
export async function runImport(importId: number, ctx: RequestContext, deps: { db: Db }): Promise<void> {
  const db = deps.db;
  const job = await selectImport(db, importId);
  if (!job) return;
  try {
    const resumeAfter = job.rowsDone;
    await updateImport(db, importId, { status: 'running', startedAt: new Date(), errorMessage: null });
    const mapping = job.mapping as Record<string, number>;
    const today = todayInVietnam();
    // Every row's commune comes from the file's commune column; only a file without one lands in the upload's commune.
    const ref = await loadWorkerReference(db, {
      provinceCode: job.provinceCode,
      fixedCommuneCode: job.communeCode,
      defaultCommuneCode: mapping.communeCode === undefined ? job.communeCode : null,
      today,
    });
    const scope: Scope = job.communeCode
      ? { kind: 'commune', provinceCode: job.provinceCode, communeCode: job.communeCode }
      : { kind: 'province', provinceCode: job.provinceCode };
    if (job.totalRows === null) {
      await updateImport(db, importId, {
        totalRows: await countDataRowsOffThread(job.storedPath, job.format, job.headerRow),
      });
    }

    const seen = new Map<string, { row: number; print: string }>();
    let progress: ImportProgress = {
      rowsDone: job.rowsDone,
      inserted: job.inserted,
      updated: job.updated,
      unchanged: job.unchanged,
      failed: job.failed,
      flagged: job.flagged,
      repeated: job.repeated,
    };
    let valid: (WorkerValue & { sourceRow: number })[] = [];
    let invalid: ImportErrorRow[] = [];
    let dataRows = 0;

    // One statement merges the batch, records its invalid rows and moves the checkpoint; only rows refused
    // because the person is registered outside the scope need a second one, for the unit's name.
    const flush = async (batch: PreparedWorkerBatch) => {
      progress = await db.transaction(async (tx) => {
        const merged = await runWorkerBatch(tx, batch);
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
      });
    };
    // The database merges one batch while the next is read and validated; batches still commit in order.
    let inFlight: Promise<void> = Promise.resolve();
    const hand = async () => {
      if (valid.length === 0 && invalid.length === 0) return;
      const batch = prepareWorkerBatch({
        rows: valid,
        scope,
        importId,
        ctx,
        progress: { rowsRead: valid.length + invalid.length, invalid },
      });
      await inFlight;
      inFlight = landIsolatingBadRows(batch, flush);
      // Observed now, rethrown at the next await: a failed batch stops the import without an unhandled rejection.
      inFlight.catch(() => undefined);
      valid = [];
      invalid = [];
    };

    for await (const row of readRowsOffThread(job.storedPath, job.format)) {
      // Let the database's replies in between rows, so the batch in flight is never kept waiting.
      if (row.rowNumber % YIELD_EVERY_ROWS === 0) await new Promise(setImmediate);
      if (row.rowNumber <= job.headerRow || skipRow(row.cells)) continue;
      dataRows += 1;
      const raw = rowRecord(row.cells, mapping, job.format);
      const print = fingerprint(raw);
      if (dataRows <= resumeAfter) {
        // Already committed before an interruption: only remember the ID for duplicate detection.
        const id = normalizePersonId(raw.personId);
        if (!seen.has(id)) seen.set(id, { row: row.rowNumber, print });
        continue;
      }
      // The same row pasted twice is the same person once: reported as a repeat, landed once.
      const earlier = seen.get(normalizePersonId(raw.personId));
      if (earlier && earlier.print === print) {
        invalid.push({
          rowNumber: row.rowNumber,
          reasons: `Lặp lại y hệt dòng ${earlier.row} (chỉ nhập một lần)`,
          raw: jsonSafe(raw),
          notice: true,
        });
        if (valid.length + invalid.length >= IMPORT_BATCH_ROWS) await hand();
        continue;
      }
      const parsed = parseWorker(raw, ref, { roundYear: job.roundYear, today });
      const errors = [...parsed.errors, ...hostileCellReasons(raw)];
      if (parsed.value) {
        const first = seen.get(parsed.value.personId);
        if (first !== undefined)
          errors.push(`Số định danh cá nhân ${parsed.value.personId} trùng với dòng ${first.row} trong tệp`);
        else seen.set(parsed.value.personId, { row: row.rowNumber, print });
      }
      if (parsed.value && errors.length === 0) valid.push({ ...parsed.value, sourceRow: row.rowNumber });
      else invalid.push({ rowNumber: row.rowNumber, reasons: errors.join('; '), raw: jsonSafe(raw) });
      if (valid.length + invalid.length >= IMPORT_BATCH_ROWS) await hand();
    }
    await hand();
    await inFlight;
    await db.transaction(async (tx) => {
      await updateImport(tx, importId, { status: 'done', finishedAt: new Date(), totalRows: progress.rowsDone });
      await writeAudit(tx, ctx, {
        action: 'import',
        entityType: 'worker_import',
        entityId: importId,
        unitCode: job.communeCode ?? job.provinceCode,
        provinceCode: job.provinceCode,
        after: { fileName: job.fileName, ...progress },
      });
    });
  } catch (error) {
    // The record shows a reason and a reference; the log line with that reference has the details (no rows).
    const failure = importFailure(error);
    await updateImport(db, importId, { status: 'failed', errorMessage: failure.message });
    // The reason is the kind of error only: its message may quote rows.
    await recordSecurityEvent(db, ctx, {
      kind: 'import_failed',
      outcome: 'failure',
      target: `worker_import ${importId}`,
      reason: error instanceof Error ? error.name : 'lỗi không xác định',
    }).catch(() => undefined);
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { reference: failure.reference });
  }
}

export const FIELD_LIST = WORKER_FIELDS.map((f) => ({
  key: f.key,
  label: f.label,
  required: 'required' in f && f.required === true,
}));
