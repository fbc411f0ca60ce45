import {
  countDataRows,
  type FileLayout,
  inspectFile as inspectWith,
  readRows,
  type SheetFormat,
  type SheetRow,
  skipRow,
} from '../../platform/imports/index.ts';
import { WORKER_FIELDS, type WorkerFieldKey } from './worker-fields.ts';

export { countDataRows, readRows, type SheetFormat, type SheetRow, skipRow };

/** A register file's header row, column mapping to the worker fields and sample rows (platform/imports). */
export function inspectFile(path: string, format: SheetFormat): Promise<FileLayout<WorkerFieldKey>> {
  return inspectWith(path, format, { fields: WORKER_FIELDS, keyFields: ['personId', 'fullName'] });
}
