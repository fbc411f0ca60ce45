import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import type { FastifyBaseLogger } from 'fastify';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { runMaintenance } from '../../platform/db/maintenance.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { isTaskRunning, startTask } from '../../platform/tasks.ts';
import { findUnit } from '../geo/index.ts';
import { inspectFile, type SheetFormat } from './import-file.ts';
import { FIELD_LIST, runImport } from './run-import.ts';
import { WORKER_FIELDS } from './worker-fields.ts';
import { cleanText } from './worker-input.ts';
import { assertCanRead, assertCanWrite, assertUnitInScope } from './workers.policy.ts';
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
  /** Connections exempt from the interactive statement timeout, for the import task and exports. */
  backgroundDb?: Db;
  dataDir: string;
  log: Pick<FastifyBaseLogger, 'error'>;
}

/** Tables an import writes, analysed when it ends. */
const IMPORTED_TABLES = ['worker', 'worker_stat', 'worker_snapshot', 'audit_log', 'worker_import_error'];

const taskKey = (id: number) => `worker-import:${id}`;

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
    errorMessage: i.errorMessage,
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}

/** Where an upload goes: the uploader's commune, or for province users their province (optionally one commune). */
async function importUnit(db: Db, ctx: RequestContext, unitCode: string | undefined) {
  const actor = requireActor(ctx);
  const scope = assertCanWrite(actor);
  const code = unitCode ?? actor.unitCode;
  if (!code) throw new AppError('VALIDATION', { vi: 'Hãy chọn tỉnh hoặc xã nhận dữ liệu', en: 'Choose a unit' });
  const unit = await findUnit(db, code, todayInVietnam());
  if (!unit || unit.level === 'district')
    throw new AppError('VALIDATION', { vi: `Mã đơn vị ${code} không tồn tại`, en: `No unit ${code}` });
  assertUnitInScope(scope, unit.code, unit.provinceCode);
  if (scope.kind === 'commune' && unit.code !== scope.communeCode) throw new AppError('OUT_OF_SCOPE');
  return { provinceCode: unit.provinceCode, communeCode: unit.level === 'commune' ? unit.code : null };
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
  const dir = resolve(deps.dataDir, 'uploads', 'worker-imports');
  mkdirSync(dir, { recursive: true });
  const storedPath = resolve(dir, `${randomUUID()}.${ext}`);
  await input.save(storedPath);
  let layout: Awaited<ReturnType<typeof inspectFile>>;
  try {
    layout = await inspectFile(storedPath, ext as SheetFormat);
  } catch {
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
  const record = await insertImport(deps.db, {
    fileName: input.fileName.normalize('NFC'),
    storedPath,
    format: ext as SheetFormat,
    ...unit,
    roundYear: input.roundYear ?? Number(todayInVietnam().slice(0, 4)),
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    status: 'uploaded',
    createdBy: actor.id,
  });
  return {
    import: presentImport(record),
    headers: layout.headers,
    fields: FIELD_LIST,
    sample: layout.sample.map((r) => ({
      rowNumber: r.rowNumber,
      values: sampleValues(r.cells, layout.mapping),
      cells: layout.headers.map((_, c) => cleanText(r.cells[c])),
    })),
  };
}

async function loadImport(db: Db, ctx: RequestContext, id: number): Promise<ImportRecord> {
  const actor = requireActor(ctx);
  const scope = assertCanRead(actor);
  const record = await selectImport(db, id);
  if (!record) throw notFound();
  assertUnitInScope(scope, record.communeCode ?? record.provinceCode, record.provinceCode);
  return record;
}

export async function getImport(input: { ctx: RequestContext; id: number }, deps: ImportsDeps): Promise<ImportStatusT> {
  return presentImport(await loadImport(deps.db, input.ctx, input.id));
}

export async function listImports(input: { ctx: RequestContext }, deps: ImportsDeps): Promise<ImportStatusT[]> {
  const scope = assertCanRead(requireActor(input.ctx));
  return (await selectImports(deps.db, scope)).map(presentImport);
}

/**
 * Starts (or resumes, after an interruption) the import task with the confirmed column mapping. A finished
 * import can be run again: unchanged rows stay unchanged.
 */
export async function startImport(
  input: { ctx: RequestContext; id: number; mapping?: Record<string, number> },
  deps: ImportsDeps,
): Promise<ImportStatusT> {
  assertCanWrite(requireActor(input.ctx));
  const record = await loadImport(deps.db, input.ctx, input.id);
  if (isTaskRunning(taskKey(record.id)) || record.status === 'running' || record.status === 'queued') {
    throw new AppError('CONFLICT', { vi: 'Tệp này đang được nhập', en: 'This import is already running' });
  }
  const mapping = input.mapping ?? (record.mapping as Record<string, number>);
  if (mapping.personId === undefined) {
    throw new AppError('VALIDATION', {
      vi: 'Hãy chọn cột "Số định danh cá nhân"',
      details: [{ field: 'personId', message: 'chưa chọn cột' }],
    });
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
      totalRows: null,
      finishedAt: null,
    }),
  });
  const work = deps.backgroundDb ?? deps.db;
  const task = async () => {
    await runImport(record.id, input.ctx, { db: work });
    // The embedded database never analyses on its own: fresh statistics keep lists planned and counted well.
    await runMaintenance(work, { analyze: IMPORTED_TABLES });
  };
  startTask(taskKey(record.id), task, deps.log);
  return presentImport({ ...record, mapping, status: 'queued' });
}

/** The refused rows as an .xlsx: row number, reasons in Vietnamese, and the row as the file had it. */
export async function importErrorFile(input: { ctx: RequestContext; id: number }, deps: ImportsDeps) {
  const record = await loadImport(deps.db, input.ctx, input.id);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Dòng lỗi', { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = WORKER_FIELDS.filter((f) => (record.mapping as Record<string, number>)[f.key] !== undefined);
  sheet.columns = [
    { header: 'Dòng trong tệp', width: 14 },
    { header: 'Lý do', width: 70 },
    ...fields.map((f) => ({ header: f.label, width: Math.min(Math.max(f.label.length + 2, 12), 30) })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const batch of streamImportErrors(deps.db, record.id)) {
      for (const e of batch) {
        const raw = e.raw as Record<string, unknown>;
        sheet.addRow([e.rowNumber, e.reasons, ...fields.map((f) => cleanText(raw[f.key]) ?? '')]).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return { stream: out, fileName: `loi-nhap-${record.id}.xlsx` };
}
