import { PassThrough } from 'node:stream';
import type { WorkerListQueryT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { findUnits } from '../geo/index.ts';
import { findCatalogue } from '../reference/index.ts';
import { WORKER_FIELDS } from './worker-fields.ts';
import { assertCanRead } from './workers.policy.ts';
import { streamWorkers, type WorkerRecord } from './workers.queries.ts';
import { buildWorkerFilter } from './workers.service.ts';

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Streams the filtered list (no row cap) as .xlsx or .csv with the import's own column headers, so an exported
 * file imports back unchanged. The export of personal data is audited with its filter.
 */
export async function exportWorkers(
  input: { ctx: RequestContext; query: Partial<WorkerListQueryT>; format: 'xlsx' | 'csv' },
  deps: { db: Db },
) {
  const actor = requireActor(input.ctx);
  const scope = assertCanRead(actor);
  const filter = await buildWorkerFilter(deps.db, scope, input.query);
  const today = todayInVietnam();
  const names = new Map<string, Map<string, string>>();
  for (const field of WORKER_FIELDS) {
    if (!('catalogue' in field)) continue;
    const items = await findCatalogue(deps.db, field.catalogue, today);
    names.set(field.key, new Map(items.map((i) => [i.code, i.nameVi])));
  }
  const communes = new Map<string, string>();
  const province = filter.provinceCode ?? (scope.kind === 'national' ? undefined : scope.provinceCode);
  if (province)
    for (const u of await findUnits(deps.db, { asOf: today, parent: province, limit: 5000 }))
      communes.set(u.code, u.name);

  const headers = ['STT', ...WORKER_FIELDS.map((f) => (f.key === 'communeCode' ? 'Mã xã' : f.label)), 'Tên xã/phường'];
  const rowOf = (w: WorkerRecord, index: number): (string | number)[] => [
    index,
    ...WORKER_FIELDS.map((f) => {
      const value = w[f.key as keyof WorkerRecord];
      if (value === null || value === undefined) return '';
      if (f.kind === 'date') return viDate(String(value));
      if (f.kind === 'sex') return value === 'male' ? 'Nam' : 'Nữ';
      if (f.kind === 'bool') return value ? 'Có' : 'Không';
      if (f.kind === 'catalogue') return names.get(f.key)?.get(String(value)) ?? String(value);
      return String(value);
    }),
    communes.get(w.communeCode) ?? '',
  ];

  await deps.db.transaction((tx) =>
    writeAudit(tx, input.ctx, {
      action: 'export',
      entityType: 'worker_list',
      entityId: input.format,
      unitCode: filter.communeCode ?? filter.provinceCode ?? actor.unitCode,
      provinceCode: filter.provinceCode ?? actor.provinceCode,
      after: { filter: input.query, format: input.format },
    }),
  );
  await recordSecurityEvent(deps.db, input.ctx, {
    kind: 'export',
    outcome: 'success',
    target: `worker_list .${input.format}`,
  });

  const out = new PassThrough();
  const fileName = `nguoi-lao-dong-${today}.${input.format}`;
  (async () => {
    let index = 0;
    if (input.format === 'csv') {
      const cell = (v: string | number) =>
        /[",\n;]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
      out.write(`\ufeff${headers.map(cell).join(',')}\r\n`);
      for await (const batch of streamWorkers(deps.db, filter)) {
        const chunk = batch.map((w) => rowOf(w, ++index).map(cell).join(',')).join('\r\n');
        if (!out.write(`${chunk}\r\n`)) await new Promise((ok) => out.once('drain', ok));
      }
      out.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const sheet = workbook.addWorksheet('Người lao động', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = headers.map((h) => ({ header: h, width: Math.min(Math.max(h.length + 2, 12), 40) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of streamWorkers(deps.db, filter)) {
      for (const w of batch) sheet.addRow(rowOf(w, ++index)).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return {
    stream: out,
    fileName,
    contentType:
      input.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
