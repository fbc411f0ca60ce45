import type { EmployerExportQueryT } from '@lmis/contracts';
import { EMPLOYER_FIELDS } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { exportColumns, openTabularExport, type TabularColumn } from '../../platform/exports/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { findUnits } from '../geo/index.ts';
import { loadCatalogueNames } from '../reference/index.ts';
import type { EmployerRecord } from './employers.queries.ts';
import { streamEmployers } from './employers.queries.ts';
import { buildEmployerFilter } from './employers.service.ts';

/**
 * Streams the filtered register as .xlsx or .csv, columns from the field declaration (catalogue entries by name), so
 * an exported file imports back unchanged. The export is audited with its filter and logged as a security event.
 */
export async function exportEmployers(
  input: {
    ctx: RequestContext;
    query: Omit<EmployerExportQueryT, 'separator'>;
    format: 'xlsx' | 'csv';
    separator?: 'comma' | 'semicolon';
  },
  deps: { db: Db },
) {
  const actor = requireActor(input.ctx);
  const filter = await buildEmployerFilter(deps.db, actor, 'export', input.query);
  const today = todayInVietnam();
  const names = await loadCatalogueNames(deps.db, EMPLOYER_FIELDS, today);
  const communes = new Map<string, string>();
  const province = filter.scope.kind === 'national' ? undefined : filter.scope.provinceCode;
  if (province)
    for (const u of await findUnits(deps.db, { asOf: today, parent: province, limit: 5000 }))
      communes.set(u.code, u.name);
  // The commune column carries today's name (a name imports back; the district/province columns only qualify old
  // names in incoming files and are not exported).
  const columns: TabularColumn<EmployerRecord>[] = [
    { header: 'STT', kind: 'integer', value: (_e, index) => index },
    ...exportColumns<EmployerRecord>(EMPLOYER_FIELDS, {
      read: (e, key) =>
        key === 'communeCode' ? (communes.get(e.communeCode) ?? e.communeCode) : e[key as keyof EmployerRecord],
      catalogueNames: names,
    }),
  ];
  const unitCode =
    filter.communeCode ?? (filter.scope.kind === 'commune' ? filter.scope.communeCode : province) ?? null;
  const audit = (outcome: 'export' | 'export_failed', note: string | null) =>
    deps.db.transaction((tx) =>
      writeAudit(tx, input.ctx, {
        action: outcome,
        entityType: 'employer_list',
        entityId: input.format,
        unitCode,
        provinceCode: province ?? actor.provinceCode,
        after: { filter: input.query, format: input.format },
        note,
      }),
    );
  await audit('export', null);
  const file = await openTabularExport(
    { sheetName: 'Người sử dụng lao động', columns, batches: streamEmployers(deps.db, filter) },
    input.format === 'xlsx' ? 'xlsx' : input.separator === 'semicolon' ? 'csv-semicolon' : 'csv',
  );
  await recordSecurityEvent(deps.db, input.ctx, {
    kind: 'export',
    outcome: 'success',
    target: `employer_list .${input.format}`,
  });
  file.finished.catch((error: unknown) =>
    audit('export_failed', error instanceof Error ? error.message.slice(0, 200) : 'lỗi không xác định').catch(() => {}),
  );
  return {
    stream: file.stream,
    fileName: `nguoi-su-dung-lao-dong-${today}.${file.extension}`,
    contentType: file.contentType,
  };
}
