export { cleanText, type DateReading, foldText, parseDate, readDate, viDate } from './cells.ts';
export { decodeLegacy, detectEncoding, type LegacyFont, legacyEncodingError, type TextEncoding } from './encoding.ts';
export {
  countDataRows,
  type FileLayout,
  inspectFile,
  readRows,
  type SheetFormat,
  type SheetRow,
  skipRow,
} from './file.ts';
export {
  type ColumnWarning,
  findHeaderRow,
  type HeaderLayout,
  type HeaderMapping,
  type ImportField,
  mapHeaders,
  type SheetRowLike,
  unmappedLookalikes,
  type ValueShape,
} from './headers.ts';
export {
  type ImportBatch,
  type PreparedImportBatch,
  type RawRow,
  registerTabularImport,
  type TabularImport,
  tabularImports,
} from './pipeline.ts';
export {
  addImportProgress,
  countPendingImports,
  type ImportErrorRow,
  type ImportProgress,
  type ImportRecord,
  insertImport,
  insertImportErrors,
  markImportsInterrupted,
  selectImport,
  updateImport,
} from './queries.ts';
export { startUploadRetention, sweepImportUploads } from './retention.ts';
export { readRoundYear, type TabularImportRoutesOptions, tabularImportRoutes, type UploadField } from './routes.ts';
export { IMPORT_BATCH_ROWS, runTabularImport } from './run.ts';
export { importFailure, landIsolatingBadRows, storable } from './safety.ts';
export {
  communeNote,
  createTabularImport,
  discardTabularImport,
  getTabularImport,
  importFieldList,
  listTabularImports,
  presentImport,
  startTabularImport,
  type TabularImportDeps,
  tabularImportErrorFile,
} from './service.ts';
export {
  IMPORT_CONCURRENCY,
  type ImportJob,
  type ImportTaskDeps,
  importJobKey,
  recoverImports,
  tabularImportTask,
} from './task.ts';
export { openImportTemplate } from './template.ts';
