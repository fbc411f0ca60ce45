import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import { writeAudit } from '../audit.ts';
import { type RequestContext, requireActor } from '../auth/actor.ts';
import { todayInVietnam } from '../dates.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { authorize, authorizeUnit, listScope } from '../policy/index.ts';
import { recordSecurityEvent } from '../security-log.ts';
import type { Tasks } from '../tasks.ts';
import { newUploadPath, removeUpload, uploadFolder } from '../uploads.ts';
import { cleanText } from './cells.ts';
import { type FileLayout, inspectFile, type SheetFormat } from './file.ts';
import { unmappedLookalikes } from './headers.ts';
import type { TabularImport } from './pipeline.ts';
import {
  deleteUploadedImport,
  type ImportRecord,
  insertImport,
  selectImport,
  selectImports,
  streamImportErrors,
  updateImport,
} from './queries.ts';
import { type ImportJob, importJobKey } from './task.ts';

/**
 * The HTTP side of every tabular import: upload and preview, status, list, run (as a task), error file. Units are
 * resolved by the caller (`unitOf`: the geo module), so the platform stays free of reference data.
 */
export interface TabularImportDeps {
  db: Db;
  dataDir: string;
  tasks: Tasks;
  /** A unit by code as of today (province or commune), for the upload's target and the preview's commune. */
  findUnit(code: string): Promise<{ code: string; name: string; level: string; provinceCode: string } | undefined>;
}

// biome-ignore lint/suspicious/noExplicitAny: the service serves imports of any value type
type AnyImport = TabularImport<string, any, any>;

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

/** The fields as the preview lists them; a column the upload's commune can stand in for is not required. */
export const importFieldList = (def: AnyImport) =>
  def.fields.map((f) => ({ key: f.key, label: f.label.vi, required: f.required === true && !f.importOptional }));

/** The resource action an import step asks for: `read` or `create`, or what the declaration names instead. */
const actionOf = (def: AnyImport, action: 'read' | 'create') => (def.actions?.[action] ?? action) as 'read';

/** Where an upload goes: the uploader's commune, or for province users their province (optionally one commune). */
async function importUnit(def: AnyImport, deps: TabularImportDeps, ctx: RequestContext, unitCode: string | undefined) {
  const actor = requireActor(ctx);
  authorize(actor, actionOf(def, 'create'), def.resource);
  const code = unitCode ?? actor.unitCode;
  if (!code) throw new AppError('VALIDATION', { vi: 'Hãy chọn tỉnh hoặc xã nhận dữ liệu', en: 'Choose a unit' });
  const unit = await deps.findUnit(code);
  if (!unit || unit.level === 'district')
    throw new AppError('VALIDATION', { vi: `Mã đơn vị ${code} không tồn tại`, en: `No unit ${code}` });
  const target = { provinceCode: unit.provinceCode, communeCode: unit.level === 'commune' ? unit.code : null };
  authorizeUnit(actor, actionOf(def, 'create'), def.resource, target);
  return target;
}

const columnWarnings = (
  def: AnyImport,
  layout: Pick<FileLayout, 'headers' | 'sample'>,
  mapping: Record<string, number>,
) => unmappedLookalikes(def.fields, { headers: layout.headers, mapping }, layout.sample);

/** Where each row's commune comes from, in plain words (the preview shows it above the mapping). */
export function communeNote(
  mapping: Record<string, number>,
  headers: string[],
  fixed: { name: string } | null,
  communeField = 'communeCode',
) {
  const column = mapping[communeField];
  if (column !== undefined)
    return `Xã/phường của từng dòng lấy từ cột "${headers[column] || column + 1}"; dòng ghi xã/phường ngoài phạm vi của bạn, không có trong danh mục hoặc để trống sẽ bị từ chối.`;
  if (fixed) return `Tệp không có cột xã/phường: mọi dòng sẽ được nhập vào ${fixed.name}.`;
  return 'Tệp không có cột xã/phường: hãy ghép cột xã/phường, hoặc chọn một xã khi tải tệp lên; nếu không, mọi dòng sẽ bị từ chối.';
}

/** Stores an uploaded file, finds its header row and maps its columns; nothing is imported yet. */
export async function createTabularImport(
  def: AnyImport,
  input: {
    ctx: RequestContext;
    fileName: string;
    save: (path: string) => Promise<void>;
    unitCode?: string;
    roundYear?: number;
  },
  deps: TabularImportDeps,
): Promise<ImportPreviewT> {
  const unit = await importUnit(def, deps, input.ctx, input.unitCode);
  const ext = input.fileName.toLowerCase().split('.').pop();
  if (ext !== 'xlsx' && ext !== 'csv') {
    throw new AppError('VALIDATION', {
      vi: 'Chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: hãy lưu lại dưới dạng .xlsx)',
      en: 'Only .xlsx or .csv',
    });
  }
  const storedPath = newUploadPath(uploadFolder(deps.dataDir, def.uploads), ext);
  await input.save(storedPath);
  try {
    return await previewUpload(def, { ...input, storedPath, ext, unit }, deps);
  } catch (error) {
    // A refused or failed upload leaves no file behind.
    removeUpload(storedPath);
    throw error;
  }
}

async function previewUpload(
  def: AnyImport,
  input: {
    ctx: RequestContext;
    fileName: string;
    roundYear?: number;
    storedPath: string;
    ext: SheetFormat;
    unit: { provinceCode: string; communeCode: string | null };
  },
  deps: TabularImportDeps,
): Promise<ImportPreviewT> {
  const { storedPath, ext, unit } = input;
  let layout: FileLayout;
  try {
    layout = await inspectFile(storedPath, ext, def);
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
      cause: error,
    });
  }
  if (def.keyFields.every((k) => layout.mapping[k] === undefined)) {
    const names = def.keyFields.map((k) => `"${def.fields.find((f) => f.key === k)?.label.vi ?? k}"`);
    throw new AppError('VALIDATION', {
      vi: `Không tìm thấy dòng tiêu đề có cột ${names.join(' hoặc ')} trong 15 dòng đầu`,
      en: 'No header row found',
    });
  }
  const actor = requireActor(input.ctx);
  const fixed = unit.communeCode ? await deps.findUnit(unit.communeCode) : undefined;
  const defaultCommune = fixed ? { code: fixed.code, name: fixed.name } : null;
  const record = await insertImport(deps.db, {
    kind: def.kind,
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
    target: `${def.auditType} ${record.id} .${ext}`,
  });
  const mapped = def.fields.filter((f) => layout.mapping[f.key] !== undefined);
  return {
    import: presentImport(record),
    headers: layout.headers,
    fields: importFieldList(def),
    warnings: columnWarnings(def, layout, layout.mapping as Record<string, number>),
    defaultCommune,
    communeNote: communeNote(
      layout.mapping as Record<string, number>,
      layout.headers,
      defaultCommune,
      def.communeField,
    ),
    sample: layout.sample.map((r) => ({
      rowNumber: r.rowNumber,
      values: Object.fromEntries(mapped.map((f) => [f.key, cleanText(r.cells[layout.mapping[f.key] as number])])),
      cells: layout.headers.map((_, c) => cleanText(r.cells[c])),
    })),
  };
}

/** An import the actor may `action`; out of scope (or of another kind) it is answered as one that does not exist. */
async function loadImport(
  def: AnyImport,
  db: Db,
  ctx: RequestContext,
  id: number,
  action: 'read' | 'create',
): Promise<ImportRecord> {
  const actor = requireActor(ctx);
  authorize(actor, actionOf(def, action), def.resource);
  const record = await selectImport(db, id, def.kind);
  if (!record) throw def.resource.notFound();
  authorize(actor, actionOf(def, action), def.resource, record);
  return record;
}

export async function getTabularImport(
  def: AnyImport,
  input: { ctx: RequestContext; id: number },
  deps: Pick<TabularImportDeps, 'db'>,
): Promise<ImportStatusT> {
  return presentImport(await loadImport(def, deps.db, input.ctx, input.id, 'read'));
}

export async function listTabularImports(
  def: AnyImport,
  input: { ctx: RequestContext },
  deps: Pick<TabularImportDeps, 'db'>,
): Promise<ImportStatusT[]> {
  const scope = listScope(requireActor(input.ctx), actionOf(def, 'read'), def.resource);
  return (await selectImports(deps.db, scope, def.kind)).map(presentImport);
}

/**
 * Starts (or resumes, after an interruption) the import task with the confirmed column mapping. A finished
 * import can be run again: unchanged rows stay unchanged.
 */
export async function startTabularImport(
  def: AnyImport,
  input: { ctx: RequestContext; id: number; mapping?: Record<string, number>; acceptWarnings?: boolean },
  deps: Pick<TabularImportDeps, 'db' | 'tasks'>,
): Promise<ImportStatusT> {
  const record = await loadImport(def, deps.db, input.ctx, input.id, 'create');
  if (record.status === 'running' || record.status === 'queued') {
    throw new AppError('CONFLICT', { vi: 'Tệp này đang được nhập', en: 'This import is already running' });
  }
  const mapping = input.mapping ?? (record.mapping as Record<string, number>);
  if (mapping[def.requiredColumn] === undefined) {
    const label = def.fields.find((f) => f.key === def.requiredColumn)?.label ?? { vi: def.requiredColumn, en: '' };
    throw new AppError('VALIDATION', {
      vi: `Hãy chọn cột "${label.vi}"`,
      en: `Choose the column "${label.en}"`,
      details: [{ field: def.requiredColumn, message: 'chưa chọn cột', messageEn: 'no column chosen' }],
    });
  }
  if (!existsSync(record.storedPath)) {
    throw new AppError('VALIDATION', {
      vi: 'Tệp của lần nhập này đã được xóa sau thời hạn lưu giữ; hãy tải tệp lên lại',
      en: 'The uploaded file was deleted after the retention period; upload it again',
    });
  }
  if (
    mapping[def.communeField] === undefined &&
    !input.acceptWarnings &&
    (record.status === 'uploaded' || input.mapping)
  ) {
    // The silent way to put rows in the wrong commune: a commune column left unmapped (asked at the first run; a
    // re-run keeps the mapping confirmed then).
    const layout = await inspectFile(record.storedPath, record.format as SheetFormat, def);
    const confirm = new Set<string>(def.confirmFields);
    const unmapped = columnWarnings(def, layout, mapping).filter((w) => w.mappedTo === null && confirm.has(w.field));
    if (unmapped.length > 0) {
      throw new AppError('VALIDATION', {
        vi: `${unmapped.map((w) => w.message).join('; ')}. Hãy ghép cột này với "Xã/phường", hoặc xác nhận nhập tất cả các dòng vào xã của tệp`,
        en: 'A column that looks like the commune is not mapped',
        details: unmapped.map((w) => ({
          field: def.communeField,
          message: w.message,
          messageEn: 'a column that looks like the commune is not mapped',
        })),
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
  await deps.tasks.send<ImportJob>(def.task, { importId: record.id, ctx: input.ctx }, { key: importJobKey(record.id) });
  return presentImport({ ...record, mapping, status: 'queued' });
}

/**
 * Discards an upload that was never run: the record and the stored file (personal data) go, and the change log keeps
 * who discarded which file. Whoever may upload may discard; an import that has run keeps its record and its results.
 */
export async function discardTabularImport(
  def: AnyImport,
  input: { ctx: RequestContext; id: number },
  deps: Pick<TabularImportDeps, 'db'>,
): Promise<void> {
  const record = await loadImport(def, deps.db, input.ctx, input.id, 'create');
  const refuse = () =>
    new AppError('CONFLICT', {
      vi: 'Chỉ bỏ được tệp đã tải lên mà chưa chạy nhập',
      en: 'Only an upload that was never run can be discarded',
    });
  if (record.status !== 'uploaded') throw refuse();
  await deps.db.transaction(async (tx) => {
    // The status is checked again in the statement: a run started meanwhile keeps its record.
    if (!(await deleteUploadedImport(tx, record.id))) throw refuse();
    await writeAudit(tx, input.ctx, {
      action: 'discard',
      entityType: def.auditType,
      entityId: record.id,
      unitCode: record.communeCode ?? record.provinceCode,
      provinceCode: record.provinceCode,
      before: { fileName: record.fileName, status: record.status },
    });
  });
  removeUpload(record.storedPath);
}

/** The refused rows as an .xlsx: row number, reasons in Vietnamese, and the row as the file had it. */
export async function tabularImportErrorFile(
  def: AnyImport,
  input: { ctx: RequestContext; id: number },
  deps: Pick<TabularImportDeps, 'db'>,
) {
  const record = await loadImport(def, deps.db, input.ctx, input.id, 'read');
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Dòng lỗi', { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = def.fields.filter((f) => (record.mapping as Record<string, number>)[f.key] !== undefined);
  sheet.columns = [
    { header: 'Dòng trong tệp', width: 14 },
    { header: 'Lý do', width: 70 },
    { header: 'Loại', width: 12 },
    ...fields.map((f) => ({ header: f.label.vi, width: Math.min(Math.max(f.label.vi.length + 2, 12), 30) })),
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
