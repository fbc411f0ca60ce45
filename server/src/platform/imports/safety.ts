import { textProblem } from '@lmis/contracts';
import { appErrorFromDatabase, isRowDataError } from '../db-errors.ts';
import { AppError } from '../errors.ts';
import { newErrorReference } from '../log.ts';
import type { ImportErrorRow } from './queries.ts';

/**
 * A row's text cells that hold control, invisible, bidi-override or zero-width characters or broken Unicode:
 * such a cell would spoof a name in lists and exports, so the row is refused with the column named.
 */
export function hostileCellReasons(raw: Record<string, unknown>, labelOf: (key: string) => string): string[] {
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const problem = textProblem(value.trim());
    if (problem) reasons.push(`${labelOf(key)}: ${problem.vi}`);
  }
  return reasons;
}

/** A value the database can keep as JSON: NUL and lone surrogates become U+FFFD (the row is kept for the error file). */
export function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\0|\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(storable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k) as string, storable(v)]));
  }
  return value;
}

function rowFailureReason(error: unknown, reference: string): string {
  const mapped = appErrorFromDatabase(error);
  const detail = (mapped?.details as { field: string; message: string }[] | undefined)?.[0];
  const column = detail && detail.field !== 'body' ? ` (cột ${detail.field})` : '';
  return `Dòng không lưu được vào cơ sở dữ liệu: ${detail?.message ?? 'giá trị không hợp lệ'}${column} — mã tham chiếu ${reference}`;
}

interface BisectableBatch<R extends { sourceRow: number }> {
  rows: R[];
  progress?: { rowsRead: number; invalid: ImportErrorRow[] };
}

/**
 * Lands a batch; when the database refuses it because of the data (a value it cannot hold, a broken
 * constraint), bisects it to the rows that break it, records each as that row's error and lands the rest, so
 * one bad row cannot stop an import. The checkpoint (rows read) is split with the rows, so counters and resume
 * stay exact. Other failures (connection lost, timeout) stop the import as before.
 */
export async function landIsolatingBadRows<
  R extends { sourceRow: number },
  B extends BisectableBatch<R>,
  P extends { batch: B },
>(
  prepared: P,
  land: (batch: P) => Promise<void>,
  opts: { prepare: (batch: B) => P; keptOfFailedRow: (row: R) => unknown },
): Promise<void> {
  try {
    await land(prepared);
    return;
  } catch (error) {
    if (!isRowDataError(error) || !prepared.batch.progress) throw error;
    const { rows, progress } = prepared.batch;
    const again = (batch: Partial<BisectableBatch<R>>) => opts.prepare({ ...prepared.batch, ...batch });
    const invalid = progress.invalid.map((e) => ({ ...e, raw: storable(e.raw) }));
    if (rows.length === 0) {
      try {
        await land(again({ progress: { ...progress, invalid } }));
      } catch (second) {
        // The refused rows cannot be stored even cleaned: keep their numbers and reasons only.
        if (!isRowDataError(second)) throw second;
        await land(again({ progress: { ...progress, invalid: invalid.map((e) => ({ ...e, raw: {} })) } }));
      }
      return;
    }
    if (rows.length === 1) {
      const row = rows[0] as R;
      const failed: ImportErrorRow = {
        rowNumber: row.sourceRow,
        reasons: rowFailureReason(error, newErrorReference()),
        raw: storable(opts.keptOfFailedRow(row)),
      };
      await landIsolatingBadRows(
        again({ rows: [], progress: { ...progress, invalid: [...invalid, failed] } }),
        land,
        opts,
      );
      return;
    }
    const half = Math.ceil(rows.length / 2);
    const first = rows.slice(0, half);
    const second = rows.slice(half);
    await landIsolatingBadRows(
      again({ rows: first, progress: { rowsRead: progress.rowsRead - second.length, invalid } }),
      land,
      opts,
    );
    await landIsolatingBadRows(again({ rows: second, progress: { rowsRead: second.length, invalid: [] } }), land, opts);
  }
}

/**
 * What a failed import records and shows: a reason and a reference to the log line, never the failing statement
 * or its parameters (the rows' names and IDs).
 */
export function importFailure(error: unknown): { message: string; reference: string } {
  const reference = newErrorReference();
  const reason =
    error instanceof AppError
      ? error.messageVi
      : (appErrorFromDatabase(error)?.messageVi ??
        ((error as { code?: string })?.code === 'ENOENT'
          ? 'Không tìm thấy tệp đã tải lên'
          : 'Lỗi hệ thống trong khi nhập; các lô đã lưu được giữ nguyên, có thể chạy lại'));
  return { message: `Lỗi khi nhập: ${reason} (mã tham chiếu ${reference})`, reference };
}
