import { EMPLOYER_FIELDS, type EmployerFieldKey, REGISTERED_ELSEWHERE } from '@lmis/contracts';
import { writeAudits } from '../../platform/audit.ts';
import { scopeCovers } from '../../platform/auth/actor.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import {
  addImportProgress,
  cleanText,
  type ImportErrorRow,
  insertImportErrors,
  type RawRow,
  registerTabularImport,
} from '../../platform/imports/index.ts';
import { loadScopedCommuneResolver, type ScopedCommuneResolver } from '../geo/index.ts';
import { type EmployerReference, employerFieldLabel, loadEmployerReference, readEmployer } from './employer-input.ts';
import { employerImportResource } from './employers.policy.ts';
import {
  type EmployerRecord,
  type EmployerValues,
  insertEmployers,
  selectEmployersByTaxCodesForUpdate,
  updateEmployerVersioned,
} from './employers.queries.ts';
import { employerAuditView } from './employers.service.ts';
import { readTaxCode } from './tax-code.ts';

/**
 * An employer list as departments, communes and industrial-zone boards keep it, imported on the generic pipeline
 * (platform/imports): one row per employer or branch, identified by its tax code. A code not yet registered is
 * added; one registered in the importer's scope is updated in the columns the file has (left as it is when they
 * hold the same values, so importing a file again changes nothing); one registered outside the scope is refused
 * with the registry's neutral words. The row's commune is today's unit or an old one mapped through the 2025
 * crosswalk, with its district to tell namesakes apart.
 */
export interface EmployerImportValue {
  employer: EmployerValues;
  /** The fields the file has a column for: an update touches only these. */
  mapped: readonly (keyof EmployerValues)[];
}

interface Reference {
  communes: ScopedCommuneResolver;
  catalogues: EmployerReference;
  mapped: readonly (keyof EmployerValues)[];
}

type Row = EmployerImportValue & { sourceRow: number };

/** The tax code as stored, so "0101234567-001" and "0101234567001" are one row's identity. */
const fileKeyOf = (raw: RawRow<EmployerFieldKey>) => {
  const text = cleanText(raw.taxCode) ?? '';
  const read = readTaxCode(text);
  return read.ok ? read.taxCode : text;
};

const STORED: readonly (keyof EmployerValues)[] = [
  'taxCode',
  'name',
  'legalFormCode',
  'vsicSectionCode',
  'address',
  'employeeCount',
  'uiParticipation',
  'uiSince',
  'contactName',
  'phone',
  'email',
  'industrialZone',
];

function validateRow(
  raw: RawRow<EmployerFieldKey>,
  ref: Reference,
  today: string,
): { value?: EmployerImportValue; reasons: string[] } {
  const { value, issues } = readEmployer(raw, ref.catalogues, today);
  const reasons = issues.map((i) => `${employerFieldLabel(i.field)}: ${i.message}`);
  const communeText = cleanText(raw.communeCode);
  const qualifiers = [cleanText(raw.districtName), cleanText(raw.provinceName)].filter((q): q is string => q !== null);
  const commune = ref.communes(
    communeText && qualifiers.length > 0 && !/^\d+$/.test(communeText)
      ? [communeText, ...qualifiers].join(', ')
      : communeText,
  );
  if ('error' in commune) reasons.push(commune.error);
  if (!value || 'error' in commune) return { reasons };
  return {
    reasons,
    value: {
      employer: {
        ...value,
        provinceCode: commune.provinceCode,
        communeCode: commune.communeCode,
        unitNeedsReview: commune.needsReview,
        sourceUnit: commune.sourceUnit,
      },
      mapped: ref.mapped,
    },
  };
}

/** The patch a row makes to a registered employer: the file's columns that differ (empty: unchanged). */
function patchOf(before: EmployerRecord, row: Row): Partial<EmployerValues> {
  const patch: Partial<EmployerValues> = {};
  const e = row.employer;
  for (const key of row.mapped) {
    if (key === 'taxCode') continue;
    if ((before[key] ?? null) !== (e[key] ?? null)) Object.assign(patch, { [key]: e[key] });
  }
  if (before.communeCode !== e.communeCode) {
    Object.assign(patch, {
      provinceCode: e.provinceCode,
      communeCode: e.communeCode,
      unitNeedsReview: e.unitNeedsReview,
      sourceUnit: e.sourceUnit,
    });
  }
  return patch;
}

export const employerImport = registerTabularImport<EmployerFieldKey, EmployerImportValue, Reference>({
  kind: 'employer',
  task: 'employer-import',
  writesTables: ['employer', 'audit_log', 'worker_import_error'],
  uploads: 'employer-imports',
  auditType: 'employer_import',
  resource: employerImportResource,
  actions: { read: 'import', create: 'import' },
  templateFileName: 'mau-danh-sach-nguoi-su-dung-lao-dong.xlsx',
  fields: EMPLOYER_FIELDS,
  keyFields: ['taxCode', 'name'],
  requiredColumn: 'taxCode',
  communeField: 'communeCode',
  confirmFields: ['communeCode', 'districtName', 'provinceName'],
  identityOfRaw: fileKeyOf,
  identityOfValue: (v) => v.employer.taxCode,
  duplicateReason: (id, row) => `Mã số thuế ${id} trùng với dòng ${row} trong tệp`,
  loadReference: async (db, job, today) => {
    const mappedKeys = new Set(Object.keys(job.mapping));
    return {
      communes: await loadScopedCommuneResolver(db, {
        provinceCode: job.provinceCode,
        fixedCommuneCode: job.communeCode,
        defaultCommuneCode: job.mapping.communeCode === undefined ? job.communeCode : null,
        today,
      }),
      catalogues: await loadEmployerReference(db, today),
      mapped: STORED.filter((k) => mappedKeys.has(k)),
    };
  },
  validate: (raw, ref, _job, today) => validateRow(raw, ref, today),
  prepareBatch: (batch) => ({ batch }),
  landBatch: async (tx: DbOrTx, prepared) => {
    const { rows, importId, ctx, scope, progress = { rowsRead: rows.length, invalid: [] } } = prepared.batch;
    const existing = new Map(
      (
        await selectEmployersByTaxCodesForUpdate(
          tx,
          rows.map((r) => r.employer.taxCode),
        )
      ).map((e) => [e.taxCode, e]),
    );
    const clashes: ImportErrorRow[] = [];
    const fresh: Row[] = [];
    const changes: { before: EmployerRecord; patch: Partial<EmployerValues> }[] = [];
    for (const row of rows) {
      const before = existing.get(row.employer.taxCode);
      if (!before) fresh.push(row);
      else if (!scopeCovers(scope, before)) {
        clashes.push({
          rowNumber: row.sourceRow,
          reasons: `${employerFieldLabel('taxCode')}: ${before.taxCode} ${REGISTERED_ELSEWHERE.vi}`,
          raw: { taxCode: row.employer.taxCode, name: row.employer.name },
        });
      } else {
        const patch = patchOf(before, row);
        if (Object.keys(patch).length > 0) changes.push({ before, patch });
      }
    }
    const inserted = await insertEmployers(
      tx,
      fresh.map((r) => r.employer),
    );
    const updated: { before: EmployerRecord; after: EmployerRecord }[] = [];
    for (const c of changes) {
      const after = await updateEmployerVersioned(tx, c.before.id, c.before.version, c.patch);
      if (after) updated.push({ before: c.before, after });
    }
    const note = `lần nhập #${importId}`;
    await writeAudits(tx, ctx, [
      ...inserted.map((e) => ({
        action: 'create',
        entityType: 'employer',
        entityId: e.id,
        unitCode: e.communeCode,
        provinceCode: e.provinceCode,
        after: employerAuditView(e),
        note,
      })),
      ...updated.map(({ before, after }) => ({
        action: 'update',
        entityType: 'employer',
        entityId: after.id,
        unitCode: after.communeCode,
        provinceCode: after.provinceCode,
        before: employerAuditView(before),
        after: employerAuditView(after),
        note,
      })),
    ]);
    const invalid = [...progress.invalid, ...clashes];
    await insertImportErrors(
      tx,
      invalid.map((e) => ({ importId: importId as number, ...e, notice: e.notice === true })),
    );
    const repeated = invalid.filter((e) => e.notice).length;
    return addImportProgress(tx, importId as number, {
      rowsRead: progress.rowsRead,
      inserted: inserted.length,
      updated: updated.length,
      // Registered with the same values, or written meanwhile by another hand (the insert skips it).
      unchanged: rows.length - clashes.length - inserted.length - updated.length,
      failed: invalid.length - repeated,
      repeated,
    });
  },
  keptOfFailedRow: (row) => ({ taxCode: row.employer.taxCode, name: row.employer.name }),
});
