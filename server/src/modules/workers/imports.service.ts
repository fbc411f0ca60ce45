import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import type { FastifyBaseLogger } from 'fastify';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type ImportField, unmappedLookalikes } from '../../platform/imports/index.ts';
import { authorize, authorizeUnit, listScope } from '../../platform/policy/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import type { Tasks } from '../../platform/tasks.ts';
import { newUploadPath, removeUpload, uploadFolder } from '../../platform/uploads.ts';
import { findUnit } from '../geo/index.ts';
import { type FileLayout, inspectFile, type SheetFormat } from './import-file.ts';
import { IMPORT_TASK, type ImportJob, importJobKey } from './import-task.ts';
import { FIELD_LIST } from './run-import.ts';
import { WORKER_FIELDS, type WorkerFieldKey } from './worker-fields.ts';
import { cleanText } from './worker-input.ts';
import { workerImportResource } from './workers.policy.ts';
import {
  type ImportRecord,
  insertImport,
  selectImport,
  selectImports,
  streamImportErrors,
  updateImport,
} from './workers.queries.ts';

export interface ImportsDeps {
  db: Db;
  dataDir: string;
  log: Pick<FastifyBaseLogger, 'error'>;
  tasks: Tasks;
}

/** A stored failure message as shown: one that quotes a statement (recorded before reasons had references) is hidden. */
function shownErrorMessage(message: string | null): string | null {
  if (message === null) return null;
  if (message.length > 500 || /Failed query|params:|\binsert into\b|\bselect\b.+\bfrom\b/is.test(message)) {
    return 'Lỗi khi nhập (chi tiết kỹ thuật đã được ẩn); hãy chạy lại hoặc báo quản trị viên';
  }
  return message;
}

export function presentImport(i: ImportRecord): ImportStatusT {
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    provinceCode: i.provinceCode,
    communeCode: i.communeCode,
    roundYear: i.roundYear,
    headerRow: i.headerRow,
    mapping: i.mapping as Record<string, number>,
    status: i.status,
    totalRows: i.totalRows,
    rowsDone: i.rowsDone,
    inserted: i.inserted,
    updated: i.updated,
    unchanged: i.unchanged,
    failed: i.failed,
    flagged: i.flagged,
    repeated: i.repeated,
    errorMessage: shownErrorMessage(i.errorMessage),
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}

/** Where an upload goes: the uploader's commune, or for province users their province (optionally one commune). */
async function importUnit(db: Db, ctx: RequestContext, unitCode: string | undefined) {
  const actor = requireActor(ctx);
  authorize(actor, 'create', workerImportResource);
  const code = unitCode ?? actor.unitCode;
  if (!code) throw new AppError('VALIDATION', { vi: 'Hãy chọn tỉnh hoặc xã nhận dữ liệu', en: 'Choose a unit' });
  const unit = await findUnit(db, code, todayInVietnam());
  if (!unit || unit.level === 'district')
    throw new AppError('VALIDATION', { vi: `Mã đơn vị ${code} không tồn tại`, en: `No unit ${code}` });
  const target = { provinceCode: unit.provinceCode, communeCode: unit.level === 'commune' ? unit.code : null };
  authorizeUnit(actor, 'create', workerImportResource, target);
  return target;
}

const FIELDS = WORKER_FIELDS as readonly ImportField<WorkerFieldKey>[];
/** Fields whose unmapped look-alike column stops the import until the person confirms: without the commune
 *  column, every row would land in the upload's commune. */
const CONFIRM_FIELDS = new Set<string>(['communeCode', 'districtName', 'provinceName']);

const columnWarnings = (layout: Pick<FileLayout, 'headers' | 'sample'>, mapping: Record<string, number>) =>
  unmappedLookalikes(FIELDS, { headers: layout.headers, mapping }, layout.sample);

/** Where each row's commune comes from, in plain words (the preview shows it above the mapping). */
export function communeNote(mapping: Record<string, number>, headers: string[], fixed: { name: string } | null) {
  const column = mapping.communeCode;
  if (column !== undefined)
    return `Xã/phường của từng dòng lấy từ cột "${headers[column] || column + 1}"; dòng ghi xã/phường ngoài phạm vi của bạn, không có trong danh mục hoặc để trống sẽ bị từ chối.`;
  if (fixed) return `Tệp không có cột xã/phường: mọi dòng sẽ được nhập vào ${fixed.name}.`;
  return 'Tệp không có cột xã/phường: hãy ghép cột xã/phường, hoặc chọn một xã khi tải tệp lên; nếu không, mọi dòng sẽ bị từ chối.';
}

function sampleValues(cells: unknown[], mapping: Record<string, number>) {
  return Object.fromEntries(
    WORKER_FIELDS.filter((f) => mapping[f.key] !== undefined).map((f) => [
      f.key,
      cleanText(cells[mapping[f.key] as number]),
    ]),
  );
}

/** Stores an uploaded file, finds its header row and maps its columns; nothing is imported yet. */
export async function createImport(
  input: {
    ctx: RequestContext;
    fileName: string;
    save: (path: string) => Promise<void>;
    unitCode?: string;
    roundYear?: number;
  },
  deps: ImportsDeps,
): Promise<ImportPreviewT> {
  const unit = await importUnit(deps.db, input.ctx, input.unitCode);
  const ext = input.fileName.toLowerCase().split('.').pop();
  if (ext !== 'xlsx' && ext !== 'csv') {
    throw new AppError('VALIDATION', {
      vi: 'Chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: hãy lưu lại dưới dạng .xlsx)',
      en: 'Only .xlsx or .csv',
    });
  }
  const storedPath = newUploadPath(uploadFolder(deps.dataDir, IMPORT_UPLOADS), ext);
  await input.save(storedPath);
  try {
    return await previewUpload({ ...input, storedPath, ext, unit }, deps);
  } catch (error) {
    // A refused or failed upload leaves no file behind.
    removeUpload(storedPath);
    throw error;
  }
}

/** Where uploaded register files are kept (under DATA_DIR/uploads). */
export const IMPORT_UPLOADS = 'worker-imports';

async function previewUpload(
  input: {
    ctx: RequestContext;
    fileName: string;
    roundYear?: number;
    storedPath: string;
    ext: SheetFormat;
    unit: { provinceCode: string; communeCode: string | null };
  },
  deps: ImportsDeps,
): Promise<ImportPreviewT> {
  const { storedPath, ext, unit } = input;
  let layout: Awaited<ReturnType<typeof inspectFile>>;
  try {
    layout = await inspectFile(storedPath, ext);
  } catch (error) {
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'upload',
      outcome: 'refused',
      reason: 'tệp hỏng hoặc sai định dạng',
      target: `.${ext}`,
    });
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', {
      vi: 'Không đọc được tệp: tệp hỏng hoặc không đúng định dạng',
      en: 'Unreadable file',
    });
  }
  if (layout.mapping.personId === undefined && layout.mapping.fullName === undefined) {
    throw new AppError('VALIDATION', {
      vi: 'Không tìm thấy dòng tiêu đề có cột "Số định danh cá nhân" hoặc "Họ và tên" trong 15 dòng đầu',
      en: 'No header row found',
    });
  }
  const actor = requireActor(input.ctx);
  const fixed = unit.communeCode ? await findUnit(deps.db, unit.communeCode, todayInVietnam()) : undefined;
  const defaultCommune = fixed ? { code: fixed.code, name: fixed.name } : null;
  const record = await insertImport(deps.db, {
    fileName: input.fileName.normalize('NFC'),
    storedPath,
    format: ext,
    ...unit,
    roundYear: input.roundYear ?? Number(todayInVietnam().slice(0, 4)),
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    status: 'uploaded',
    createdBy: actor.id,
  });
  await recordSecurityEvent(deps.db, input.ctx, {
    kind: 'upload',
    outcome: 'success',
    target: `worker_import ${record.id} .${ext}`,
  });
  return {
    import: presentImport(record),
    headers: layout.headers,
    fields: FIELD_LIST,
    warnings: columnWarnings(layout, layout.mapping),
    defaultCommune,
    communeNote: communeNote(layout.mapping, layout.headers, defaultCommune),
    sample: layout.sample.map((r) => ({
      rowNumber: r.rowNumber,
      values: sampleValues(r.cells, layout.mapping),
      cells: layout.headers.map((_, c) => cleanText(r.cells[c])),
    })),
  };
}

/** An import the actor may `action`; out of scope it is answered as an import that does not exist. */
async function loadImport(db: Db, ctx: RequestContext, id: number, action: 'read' | 'create'): Promise<ImportRecord> {
  const actor = requireActor(ctx);
  authorize(actor, action, workerImportResource);
  const record = await selectImport(db, id);
  if (!record) throw workerImportResource.notFound();
  authorize(actor, action, workerImportResource, record);
  return record;
}

export async function getImport(input: { ctx: RequestContext; id: number }, deps: ImportsDeps): Promise<ImportStatusT> {
  return presentImport(await loadImport(deps.db, input.ctx, input.id, 'read'));
}

export async function listImports(input: { ctx: RequestContext }, deps: ImportsDeps): Promise<ImportStatusT[]> {
  const scope = listScope(requireActor(input.ctx), 'read', workerImportResource);
  return (await selectImports(deps.db, scope)).map(presentImport);
}

/**
 * Starts (or resumes, after an interruption) the import task with the confirmed column mapping. A finished
 * import can be run again: unchanged rows stay unchanged.
 */
export async function startImport(
  input: { ctx: RequestContext; id: number; mapping?: Record<string, number>; acceptWarnings?: boolean },
  deps: ImportsDeps,
): Promise<ImportStatusT> {
  const record = await loadImport(deps.db, input.ctx, input.id, 'create');
  if (record.status === 'running' || record.status === 'queued') {
    throw new AppError('CONFLICT', { vi: 'Tệp này đang được nhập', en: 'This import is already running' });
  }
  const mapping = input.mapping ?? (record.mapping as Record<string, number>);
  if (mapping.personId === undefined) {
    throw new AppError('VALIDATION', {
      vi: 'Hãy chọn cột "Số định danh cá nhân"',
      details: [{ field: 'personId', message: 'chưa chọn cột' }],
    });
  }
  if (!existsSync(record.storedPath)) {
    throw new AppError('VALIDATION', {
      vi: 'Tệp của lần nhập này đã được xóa sau thời hạn lưu giữ; hãy tải tệp lên lại',
      en: 'The uploaded file was deleted after the retention period; upload it again',
    });
  }
  if (mapping.communeCode === undefined && !input.acceptWarnings && (record.status === 'uploaded' || input.mapping)) {
    // The silent way to put rows in the wrong commune: a commune column left unmapped (asked at the first run; a
    // re-run keeps the mapping confirmed then).
    const layout = await inspectFile(record.storedPath, record.format as SheetFormat);
    const unmapped = columnWarnings(layout, mapping).filter((w) => w.mappedTo === null && CONFIRM_FIELDS.has(w.field));
    if (unmapped.length > 0) {
      throw new AppError('VALIDATION', {
        vi: `${unmapped.map((w) => w.message).join('; ')}. Hãy ghép cột này với "Xã/phường", hoặc xác nhận nhập tất cả các dòng vào xã của tệp`,
        en: 'A column that looks like the commune is not mapped',
        details: unmapped.map((w) => ({ field: 'communeCode', message: w.message })),
      });
    }
  }
  const restart = record.status === 'done' || record.status === 'uploaded';
  await updateImport(deps.db, record.id, {
    mapping,
    status: 'queued',
    ...(restart && {
      rowsDone: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      flagged: 0,
      repeated: 0,
      totalRows: null,
      finishedAt: null,
    }),
  });
  // Null when a retry of this import is already queued: that job runs it with the mapping just saved.
  await deps.tasks.send<ImportJob>(
    IMPORT_TASK,
    { importId: record.id, ctx: input.ctx },
    { key: importJobKey(record.id) },
  );
  return presentImport({ ...record, mapping, status: 'queued' });
}

/** The refused rows as an .xlsx: row number, reasons in Vietnamese, and the row as the file had it. */
export async function importErrorFile(input: { ctx: RequestContext; id: number }, deps: ImportsDeps) {
  const record = await loadImport(deps.db, input.ctx, input.id, 'read');
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Dòng lỗi', { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = WORKER_FIELDS.filter((f) => (record.mapping as Record<string, number>)[f.key] !== undefined);
  sheet.columns = [
    { header: 'Dòng trong tệp', width: 14 },
    { header: 'Lý do', width: 70 },
    { header: 'Loại', width: 12 },
    ...fields.map((f) => ({ header: f.label, width: Math.min(Math.max(f.label.length + 2, 12), 30) })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const batch of streamImportErrors(deps.db, record.id)) {
      for (const e of batch) {
        const raw = e.raw as Record<string, unknown>;
        sheet
          .addRow([
            e.rowNumber,
            e.reasons,
            e.notice ? 'Thông báo' : 'Lỗi',
            ...fields.map((f) => cleanText(raw[f.key]) ?? ''),
          ])
          .commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return { stream: out, fileName: `loi-nhap-${record.id}.xlsx` };
}
