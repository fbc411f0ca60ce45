import type { WorkerListQueryT } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { exportColumns, openTabularExport, type TabularColumn } from '../../platform/exports/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { findUnits } from '../geo/index.ts';
import { loadCatalogueNames } from '../reference/index.ts';
import { WORKER_FIELDS } from './worker-fields.ts';
import { streamWorkers, type WorkerRecord } from './workers.queries.ts';
import { buildWorkerFilter } from './workers.service.ts';

/**
 * Streams the filtered list (no row cap) as .xlsx or .csv with the import's own column headers, so an exported
 * file imports back unchanged. The export of personal data is audited with its filter.
 */
export async function exportWorkers(
  input: {
    ctx: RequestContext;
    query: Partial<WorkerListQueryT>;
    format: 'xlsx' | 'csv';
    separator?: 'comma' | 'semicolon';
  },
  deps: { db: Db },
) {
  const actor = requireActor(input.ctx);
  const filter = await buildWorkerFilter(deps.db, { actor, action: 'export' }, input.query);
  const scope = filter.scope;
  const today = todayInVietnam();
  const names = await loadCatalogueNames(deps.db, WORKER_FIELDS, today);
  const communes = new Map<string, string>();
  const province = filter.provinceCode ?? (scope.kind === 'national' ? undefined : scope.provinceCode);
  if (province)
    for (const u of await findUnits(deps.db, { asOf: today, parent: province, limit: 5000 }))
      communes.set(u.code, u.name);

  // The columns come from the field declarations; the district/province columns only qualify a commune name in an
  // incoming file (a record has today's commune), so they are not exported.
  const columns: TabularColumn<WorkerRecord>[] = [
    { header: 'STT', kind: 'integer', value: (_w, index) => index },
    ...exportColumns<WorkerRecord>(WORKER_FIELDS, {
      read: (w, key) => w[key as keyof WorkerRecord],
      catalogueNames: names,
    }),
    { header: 'Tên xã/phường', kind: 'text', value: (w) => communes.get(w.communeCode) ?? '' },
  ];

  const audit = (outcome: 'export' | 'export_failed', note: string | null) =>
    deps.db.transaction((tx) =>
      writeAudit(tx, input.ctx, {
        action: outcome,
        entityType: 'worker_list',
        entityId: input.format,
        unitCode: filter.communeCode ?? filter.provinceCode ?? actor.unitCode,
        provinceCode: filter.provinceCode ?? actor.provinceCode,
        after: { filter: input.query, format: input.format },
        note,
      }),
    );
  await audit('export', null);
  const file = await openTabularExport(
    { sheetName: 'Người lao động', columns, batches: streamWorkers(deps.db, filter) },
    input.format === 'xlsx' ? 'xlsx' : input.separator === 'semicolon' ? 'csv-semicolon' : 'csv',
  );
  await recordSecurityEvent(deps.db, input.ctx, {
    kind: 'export',
    outcome: 'success',
    target: `worker_list .${input.format}`,
  });
  // A failure part-way aborts the transfer (the stream is destroyed) and is recorded with its reason.
  file.finished.catch((error: unknown) =>
    audit('export_failed', error instanceof Error ? error.message.slice(0, 200) : 'lỗi không xác định').catch(() => {}),
  );
  return { stream: file.stream, fileName: `nguoi-lao-dong-${today}.${file.extension}`, contentType: file.contentType };
}
