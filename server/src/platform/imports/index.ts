export { cleanText, type DateReading, foldText, parseDate, readDate, viDate } from './cells.ts';
export { decodeLegacy, detectEncoding, type LegacyFont, legacyEncodingError, type TextEncoding } from './encoding.ts';
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
