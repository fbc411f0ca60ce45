import { type FieldDeclaration, WORKER_FIELDS, type WorkerFieldKey } from '@lmis/contracts';
import { foldText, mapHeaders as mapFieldHeaders } from '../../platform/imports/index.ts';

/** The worker's fields are declared once, in packages/contracts (person.fields.ts, worker.fields.ts). */
export { WORKER_FIELDS, type WorkerFieldKey };
export type FieldSpec = FieldDeclaration<WorkerFieldKey>;

export { foldText };

/** Matches spreadsheet headers to worker fields (platform/imports: exact alias first, then the longest contained). */
export function mapHeaders(headers: readonly string[]): Partial<Record<WorkerFieldKey, number>> {
  return mapFieldHeaders(WORKER_FIELDS, headers);
}
