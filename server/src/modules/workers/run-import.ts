import { writeAudit } from '../../platform/audit.ts';
import type { RequestContext, Scope } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { findUnit } from '../geo/index.ts';
import { countDataRows, readRows, skipRow } from './import-file.ts';
import { normalizePersonId } from './person-id.ts';
import { WORKER_FIELDS, type WorkerFieldKey } from './worker-fields.ts';
import { parseWorker, type RawWorker, type WorkerValue } from './worker-input.ts';
import { loadWorkerReference } from './worker-reference.ts';
import { insertImportErrors, mergeWorkerBatch, selectImport, updateImport } from './workers.queries.ts';

export const IMPORT_BATCH_ROWS = 2000;

interface ErrorRow {
  importId: number;
  rowNumber: number;
  reasons: string;
  raw: Record<string, unknown>;
}

/** The row's cells by field, as the file had them (kept for the error file). */
function rowRecord(cells: unknown[], mapping: Record<string, number>): RawWorker {
  const raw: RawWorker = {};
  for (const [key, column] of Object.entries(mapping)) raw[key as WorkerFieldKey] = cells[column] ?? null;
  return raw;
}

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
    const ref = await loadWorkerReference(db, {
      provinceCode: job.provinceCode,
      fixedCommuneCode: job.communeCode,
      today,
    });
    const scope: Scope = job.communeCode
      ? { kind: 'commune', provinceCode: job.provinceCode, communeCode: job.communeCode }
      : { kind: 'province', provinceCode: job.provinceCode };
    if (job.totalRows === null) {
      await updateImport(db, importId, { totalRows: await countDataRows(job.storedPath, job.format, job.headerRow) });
    }

    const seen = new Map<string, number>();
    const counters = {
      rowsDone: job.rowsDone,
      inserted: job.inserted,
      updated: job.updated,
      unchanged: job.unchanged,
      failed: job.failed,
      flagged: job.flagged,
    };
    let valid: (WorkerValue & { sourceRow: number })[] = [];
    let invalid: ErrorRow[] = [];
    let dataRows = 0;

    const flush = async (batchValid: typeof valid, batchInvalid: ErrorRow[]) => {
      if (batchValid.length === 0 && batchInvalid.length === 0) return;
      const batchRows = batchValid.length + batchInvalid.length;
      await db.transaction(async (tx) => {
        const merged =
          batchValid.length > 0
            ? await mergeWorkerBatch(tx, { rows: batchValid, scope, importId, ctx })
            : { inserted: 0, updated: 0, clashes: [] };
        const clashRows: ErrorRow[] = [];
        for (const clash of merged.clashes) {
          const row = batchValid.find((v) => v.personId === clash.personId);
          if (!row) continue;
          const unit = await findUnit(tx, clash.communeCode, today);
          clashRows.push({
            importId,
            rowNumber: row.sourceRow,
            reasons: `Số định danh cá nhân ${clash.personId} đã có trong sổ của ${unit?.name ?? `xã mã ${clash.communeCode}`}, ngoài phạm vi của bạn`,
            raw: { personId: row.personId, fullName: row.fullName },
          });
        }
        await insertImportErrors(tx, [...batchInvalid, ...clashRows]);
        const accepted = batchValid.length - merged.clashes.length;
        counters.rowsDone += batchRows;
        counters.inserted += merged.inserted;
        counters.updated += merged.updated;
        counters.unchanged += accepted - merged.inserted - merged.updated;
        counters.failed += batchInvalid.length + clashRows.length;
        const clashed = new Set(merged.clashes.map((c) => c.personId));
        counters.flagged += batchValid.filter((v) => v.unitNeedsReview && !clashed.has(v.personId)).length;
        await updateImport(tx, importId, counters);
      });
    };
    // The database merges one batch while the next is read and validated; batches still commit in order.
    let inFlight: Promise<void> = Promise.resolve();
    const hand = async () => {
      await inFlight;
      inFlight = flush(valid, invalid);
      // Observed now, rethrown at the next await: a failed batch stops the import without an unhandled rejection.
      inFlight.catch(() => undefined);
      valid = [];
      invalid = [];
    };

    for await (const row of readRows(job.storedPath, job.format)) {
      if (row.rowNumber <= job.headerRow || skipRow(row.cells)) continue;
      dataRows += 1;
      const raw = rowRecord(row.cells, mapping);
      if (dataRows <= resumeAfter) {
        // Already committed before an interruption: only remember the ID for duplicate detection.
        seen.set(normalizePersonId(raw.personId), row.rowNumber);
        continue;
      }
      const parsed = parseWorker(raw, ref, { roundYear: job.roundYear, today });
      const errors = [...parsed.errors];
      if (parsed.value) {
        const first = seen.get(parsed.value.personId);
        if (first !== undefined)
          errors.push(`Số định danh cá nhân ${parsed.value.personId} trùng với dòng ${first} trong tệp`);
        else seen.set(parsed.value.personId, row.rowNumber);
      }
      if (parsed.value && errors.length === 0) valid.push({ ...parsed.value, sourceRow: row.rowNumber });
      else invalid.push({ importId, rowNumber: row.rowNumber, reasons: errors.join('; '), raw: jsonSafe(raw) });
      if (valid.length + invalid.length >= IMPORT_BATCH_ROWS) await hand();
    }
    await hand();
    await inFlight;
    await db.transaction(async (tx) => {
      await updateImport(tx, importId, { status: 'done', finishedAt: new Date(), totalRows: counters.rowsDone });
      await writeAudit(tx, ctx, {
        action: 'import',
        entityType: 'worker_import',
        entityId: importId,
        unitCode: job.communeCode ?? job.provinceCode,
        provinceCode: job.provinceCode,
        after: { fileName: job.fileName, ...counters },
      });
    });
  } catch (error) {
    await updateImport(db, importId, {
      status: 'failed',
      errorMessage: `Lỗi khi nhập: ${error instanceof Error ? error.message : String(error)}`,
    });
    throw error;
  }
}

export const FIELD_LIST = WORKER_FIELDS.map((f) => ({
  key: f.key,
  label: f.label,
  required: 'required' in f && f.required === true,
}));
