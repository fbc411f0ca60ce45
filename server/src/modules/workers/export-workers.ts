import type { WorkerListQueryT } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { openTabularExport, type TabularColumn } from '../../platform/exports/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { findUnits } from '../geo/index.ts';
import { findCatalogue } from '../reference/index.ts';
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

  const columns: TabularColumn<WorkerRecord>[] = [
    { header: 'STT', kind: 'integer', value: (_w, index) => index },
    // The district/province columns only qualify a commune name in an incoming file; a record has today's commune.
    ...WORKER_FIELDS.filter((f) => f.kind !== 'unitPart').map((f): TabularColumn<WorkerRecord> => {
      const read = (w: WorkerRecord) => w[f.key as keyof WorkerRecord];
      const header = f.key === 'communeCode' ? 'Mã xã' : f.label;
      if (f.kind === 'date') return { header, kind: 'date', value: read };
      if (f.kind === 'bool') return { header, kind: 'bool', value: read };
      if (f.kind === 'personId' || f.kind === 'commune') return { header, kind: 'code', value: read };
      if (f.kind === 'sex') return { header, kind: 'text', value: (w) => (read(w) === 'male' ? 'Nam' : 'Nữ') };
      if (f.kind === 'catalogue')
        return {
          header,
          kind: 'text',
          value: (w) => {
            const code = read(w);
            return code === null || code === undefined ? null : (names.get(f.key)?.get(String(code)) ?? String(code));
          },
        };
      return { header, kind: 'text', value: read };
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
