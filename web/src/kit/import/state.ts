import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';

/**
 * The pure rules of the import page, apart from React: which step shows, how far a run has come, what the mapping
 * still lacks and which warnings are still open. The server decides every run; these only say what the page shows.
 */

export type ImportStep = 0 | 1 | 2;

const RUNNING = new Set(['queued', 'running']);

/** A run the server still works on: the page polls it. */
export const isImportRunning = (status: string | undefined) => status !== undefined && RUNNING.has(status);

/** A run that ended without finishing: the page offers to run it again. */
export const isImportBroken = (status: string | undefined) => status === 'failed' || status === 'interrupted';

/** Upload (0) until a file is read, mapping (1) while a preview is open, run (2) once an import is followed. */
export function wizardStep(preview: ImportPreviewT | null, runId: number | null): ImportStep {
  if (runId !== null) return 2;
  return preview ? 1 : 0;
}

/** The steps bar: finished when the followed run is done, in error when it failed or was interrupted. */
export function stepsStatus(step: ImportStep, status: string | undefined): 'finish' | 'error' | 'process' {
  if (step !== 2) return 'process';
  if (status === 'done') return 'finish';
  return isImportBroken(status) ? 'error' : 'process';
}

/** Percent of the rows done; a done run without a row count is complete, anything else without one is at 0. */
export function progressPercent(s: Pick<ImportStatusT, 'status' | 'rowsDone' | 'totalRows'>): number {
  const total = s.totalRows ?? 0;
  if (total > 0) return Math.min(100, Math.round((s.rowsDone / total) * 100));
  return s.status === 'done' ? 100 : 0;
}

/** The progress bar's state: an exception for a broken run, active while it runs, success otherwise. */
export function progressState(status: string): 'exception' | 'active' | 'success' {
  if (isImportBroken(status)) return 'exception';
  return isImportRunning(status) ? 'active' : 'success';
}

/** Rows that landed or were already there: inserted, updated and unchanged. */
export const validRows = (s: Pick<ImportStatusT, 'inserted' | 'updated' | 'unchanged'>) =>
  s.inserted + s.updated + s.unchanged;

/** The error file holds the refused rows and the exact repeats (the pipeline writes both with their reason). */
export const hasErrorFile = (s: Pick<ImportStatusT, 'failed' | 'repeated'>) => s.failed + s.repeated > 0;

export type Mapping = Record<string, number>;

/**
 * Feeds a field from a column (or from none when `column` is undefined). A column feeds one field: choosing it for
 * this field takes it away from the field that had it.
 */
export function mapColumn(mapping: Mapping, field: string, column: number | undefined): Mapping {
  const next = Object.fromEntries(Object.entries(mapping).filter(([k, c]) => k !== field && c !== column));
  if (column !== undefined) next[field] = column;
  return next;
}

/** Required fields no column feeds yet: the run stays disabled until they are mapped. */
export function missingRequired(preview: Pick<ImportPreviewT, 'fields'>, mapping: Mapping) {
  return preview.fields.filter((f) => f.required && mapping[f.key] === undefined);
}

/** The server's look-alike warnings name columns it left unmapped; one the person has since mapped is settled. */
export function openWarnings(preview: Pick<ImportPreviewT, 'warnings'>, mapping: Mapping) {
  const mapped = new Set(Object.values(mapping));
  return preview.warnings.filter((w) => !mapped.has(w.column));
}

/** Fields whose unmapped look-alike column the server asks to acknowledge before rows land in the upload's commune. */
export const COMMUNE_FIELDS = ['communeCode', 'districtName', 'provinceName'];

/**
 * Without a commune column every row lands in the upload's commune: a commune-like column left unmapped must be
 * acknowledged first (the server refuses the run otherwise, platform/imports `startTabularImport`).
 */
export function needsCommuneConfirm(preview: Pick<ImportPreviewT, 'warnings'>, mapping: Mapping): boolean {
  return (
    mapping.communeCode === undefined &&
    openWarnings(preview, mapping).some((w) => COMMUNE_FIELDS.includes(w.field) && w.mappedTo === null)
  );
}

/**
 * The sample rows keyed by column: the server sends each row's values by field under its own mapping, so an edited
 * mapping can still show the cells of the columns the server read.
 */
export function sampleByColumn(preview: Pick<ImportPreviewT, 'sample' | 'import'>) {
  const original = preview.import.mapping;
  return preview.sample.map((r) => {
    const cells = new Map<number, unknown>();
    for (const [key, col] of Object.entries(original)) cells.set(col, r.values[key]);
    return { rowNumber: r.rowNumber, cells };
  });
}

/** Statuses a link may filter the recent imports to (`?status=uploaded` from the home page). */
const LINKED_STATUSES = new Set(['uploaded', 'interrupted']);

export function linkedStatus(param: string | null): string | undefined {
  return param && LINKED_STATUSES.has(param) ? param : undefined;
}

/** Where an import put its rows: its commune, or its province when the rows took their commune from the file. */
export const importedUnit = (s: Pick<ImportStatusT, 'communeCode' | 'provinceCode'>) => s.communeCode ?? s.provinceCode;

/** The province user's choice "by the file's commune column": the upload goes to the province. */
export const FILE_COLUMN = '__file__';

export type UnitLevels = readonly ('province' | 'commune')[];

/** A province user starts on "by the file's column" when the province may receive the import; others choose. */
export function initialUploadUnit(userUnit: string | null, levels: UnitLevels): string | null {
  return userUnit?.length === 2 && levels.includes('province') ? FILE_COLUMN : null;
}

/** The `unitCode` the upload sends: none for a commune user (the server takes theirs) nor for "by the file". */
export const uploadUnitCode = (unit: string | null) => (unit && unit !== FILE_COLUMN ? unit : undefined);

/** Whether the upload may go: a file, and a receiving unit unless the user's own commune receives it. */
export function canUpload(input: { hasFile: boolean; userUnit: string | null; unit: string | null }): boolean {
  if (!input.hasFile) return false;
  if (input.userUnit?.length === 5) return true;
  return input.unit !== null;
}
