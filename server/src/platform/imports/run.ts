import { createHash } from 'node:crypto';
import { writeAudit } from '../audit.ts';
import type { RequestContext, Scope } from '../auth/actor.ts';
import { todayInVietnam } from '../dates.ts';
import type { Db } from '../db/index.ts';
import { recordSecurityEvent } from '../security-log.ts';
import { cleanText } from './cells.ts';
import { skipRow } from './file.ts';
import type { ImportBatch, PreparedImportBatch, RawRow, TabularImport } from './pipeline.ts';
import { type ImportErrorRow, type ImportProgress, selectImport, updateImport } from './queries.ts';
import { countDataRowsOffThread, readRowsOffThread } from './read-rows-thread.ts';
import { hostileCellReasons, importFailure, landIsolatingBadRows } from './safety.ts';

export const IMPORT_BATCH_ROWS = 5000;
const YIELD_EVERY_ROWS = 25;

/** The row's cells by field, as the file had them (kept for the error file). */
function rowRecord<K extends string>(
  def: TabularImport<K>,
  cells: unknown[],
  mapping: Record<string, number>,
  format: string,
) {
  const raw: RawRow<K> = {};
  for (const [key, column] of Object.entries(mapping)) raw[key as K] = cells[column] ?? null;
  return def.readRow ? def.readRow(raw, format) : raw;
}

/** A fingerprint of the row's mapped values, to tell an exact repeat from a different row with the same identity. */
const fingerprint = (raw: RawRow) =>
  createHash('sha1')
    .update(
      Object.keys(raw)
        .sort()
        .map((k) => `${k}=${cleanText(raw[k]) ?? ''}`)
        .join('\u0001'),
    )
    .digest('base64');

const jsonSafe = (raw: RawRow) =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]));

/**
 * Runs an import of any kind. Every valid row lands; every invalid row is kept with its row number and reasons.
 * Each batch commits with its checkpoint (rows done and counters), so after a crash the import resumes where the
 * last committed batch ended, and re-importing the same file changes nothing (the module's merge sees to that).
 */
export async function runTabularImport<K extends string, V extends object, Ref>(
  def: TabularImport<K, V, Ref>,
  importId: number,
  ctx: RequestContext,
  deps: { db: Db },
): Promise<void> {
  const db = deps.db;
  const job = await selectImport(db, importId, def.kind);
  if (!job) return;
  const labelOf = (key: string) => def.fields.find((f) => f.key === key)?.label.vi ?? key;
  try {
    const resumeAfter = job.rowsDone;
    await updateImport(db, importId, { status: 'running', startedAt: new Date(), errorMessage: null });
    const mapping = job.mapping as Record<string, number>;
    const today = todayInVietnam();
    const ref = await def.loadReference(db, { ...job, mapping }, today);
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
    let valid: (V & { sourceRow: number })[] = [];
    let invalid: ImportErrorRow[] = [];
    let dataRows = 0;

    const flush = async (batch: PreparedImportBatch<V>) => {
      progress = await db.transaction((tx) => def.landBatch(tx, batch));
    };
    // The database merges one batch while the next is read and validated; batches still commit in order.
    let inFlight: Promise<void> = Promise.resolve();
    const hand = async () => {
      if (valid.length === 0 && invalid.length === 0) return;
      const batch = def.prepareBatch({
        rows: valid,
        scope,
        importId,
        ctx,
        progress: { rowsRead: valid.length + invalid.length, invalid },
      });
      await inFlight;
      inFlight = landIsolatingBadRows<V & { sourceRow: number }, ImportBatch<V>, PreparedImportBatch<V>>(batch, flush, {
        prepare: (b) => def.prepareBatch(b),
        keptOfFailedRow: (row) => def.keptOfFailedRow(row),
      });
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
      const raw = rowRecord(def, row.cells, mapping, job.format);
      const print = fingerprint(raw);
      const identity = def.identityOfRaw(raw);
      if (dataRows <= resumeAfter) {
        // Already committed before an interruption: only remember the identity for duplicate detection.
        if (!seen.has(identity)) seen.set(identity, { row: row.rowNumber, print });
        continue;
      }
      // The same row pasted twice is the same record once: reported as a repeat, landed once.
      const earlier = seen.get(identity);
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
      const parsed = def.validate(raw, ref, job, today);
      const reasons = [...parsed.reasons, ...hostileCellReasons(raw, labelOf)];
      if (parsed.value) {
        const id = def.identityOfValue(parsed.value);
        const first = seen.get(id);
        if (first !== undefined) reasons.push(def.duplicateReason(id, first.row));
        else seen.set(id, { row: row.rowNumber, print });
      }
      if (parsed.value && reasons.length === 0) valid.push({ ...parsed.value, sourceRow: row.rowNumber });
      else invalid.push({ rowNumber: row.rowNumber, reasons: reasons.join('; '), raw: jsonSafe(raw) });
      if (valid.length + invalid.length >= IMPORT_BATCH_ROWS) await hand();
    }
    await hand();
    await inFlight;
    await db.transaction(async (tx) => {
      await updateImport(tx, importId, { status: 'done', finishedAt: new Date(), totalRows: progress.rowsDone });
      await writeAudit(tx, ctx, {
        action: 'import',
        entityType: def.auditType,
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
      target: `${def.auditType} ${importId}`,
      reason: error instanceof Error ? error.name : 'lỗi không xác định',
    }).catch(() => undefined);
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { reference: failure.reference });
  }
}
