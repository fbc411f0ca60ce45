import type { WorkerListQueryT } from '@lmis/contracts';
import type { FastifyBaseLogger } from 'fastify';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { type Cell, exportStream, mapBatches } from '../../platform/export-stream.ts';
import { newErrorReference } from '../../platform/log.ts';
import { findUnits } from '../geo/index.ts';
import { findCatalogue } from '../reference/index.ts';
import { WORKER_FIELDS } from './worker-fields.ts';
import { assertCanRead } from './workers.policy.ts';
import { streamWorkers, type WorkerRecord } from './workers.queries.ts';
import { buildWorkerFilter } from './workers.service.ts';

const viDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * An export that failed after it was audited as started: audited again as failed (with a reference to the log
 * line that has the reason) so the trail does not claim a complete file was handed out.
 */
async function exportFailed(opts: {
  db: Db;
  ctx: RequestContext;
  audit: { entityType: string; entityId: string; unitCode?: string | null; provinceCode?: string | null };
  format: string;
  error: unknown;
  log: Pick<FastifyBaseLogger, 'error'>;
}): Promise<void> {
  const reference = newErrorReference();
  opts.log.error({ err: opts.error, reference, requestId: opts.ctx.requestId }, 'export failed');
  // Security-log call point: an export that failed is a security event (see the security log module).
  try {
    await opts.db.transaction((tx) =>
      writeAudit(tx, opts.ctx, {
        action: 'export_failed',
        ...opts.audit,
        after: { format: opts.format, reference },
        note: `Xuất tệp thất bại (mã tham chiếu ${reference})`,
      }),
    );
  } catch (auditError) {
    opts.log.error({ err: auditError, reference }, 'failed export could not be audited');
  }
}

/**
 * Streams the filtered list (no row cap) as .xlsx or .csv with the import's own column headers, so an exported
 * file imports back unchanged. The export of personal data is audited with its filter.
 */
export async function exportWorkers(
  input: { ctx: RequestContext; query: Partial<WorkerListQueryT>; format: 'xlsx' | 'csv' },
  deps: { db: Db; log: Pick<FastifyBaseLogger, 'error'> },
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

  const headers: string[] = [
    'STT',
    ...WORKER_FIELDS.map((f) => (f.key === 'communeCode' ? 'Mã xã' : f.label)),
    'Tên xã/phường',
  ];
  const rowOf = (w: WorkerRecord, index: number): Cell[] => [
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

  const audit = {
    entityType: 'worker_list',
    entityId: input.format,
    unitCode: filter.communeCode ?? filter.provinceCode ?? actor.unitCode,
    provinceCode: filter.provinceCode ?? actor.provinceCode,
  };
  await deps.db.transaction((tx) =>
    writeAudit(tx, input.ctx, {
      action: 'export',
      ...audit,
      after: { filter: input.query, format: input.format },
    }),
  );

  const fileName = `nguoi-lao-dong-${today}.${input.format}`;
  let index = 0;
  const out = await exportStream({
    format: input.format,
    sheetName: 'Người lao động',
    headers,
    batches: mapBatches(streamWorkers(deps.db, filter), (w) => rowOf(w, ++index)),
    onFailed: (error) =>
      exportFailed({ db: deps.db, ctx: input.ctx, audit, format: input.format, error, log: deps.log }),
  });
  return {
    stream: out,
    fileName,
    contentType:
      input.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
