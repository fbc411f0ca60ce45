import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { RequestContext } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import {
  createTabularImport,
  discardTabularImport,
  getTabularImport,
  listTabularImports,
  startTabularImport,
  tabularImportErrorFile,
} from '../../platform/imports/index.ts';
import type { Tasks } from '../../platform/tasks.ts';
import { findUnit } from '../geo/index.ts';
import { workerImport } from './worker-import.ts';

/** The register import's service: the generic pipeline (platform/imports) with the worker import declaration. */
export interface ImportsDeps {
  db: Db;
  dataDir: string;
  log: Pick<FastifyBaseLogger, 'error'>;
  tasks: Tasks;
}

/** Where uploaded register files are kept (under DATA_DIR/uploads). */
export const IMPORT_UPLOADS = workerImport.uploads;

const withUnits = (deps: ImportsDeps) => ({
  ...deps,
  findUnit: (code: string) => findUnit(deps.db, code, todayInVietnam()),
});

/** Stores an uploaded file, finds its header row and maps its columns; nothing is imported yet. */
export function createImport(
  input: {
    ctx: RequestContext;
    fileName: string;
    save: (path: string) => Promise<void>;
    unitCode?: string;
    roundYear?: number;
  },
  deps: ImportsDeps,
): Promise<ImportPreviewT> {
  return createTabularImport(workerImport, input, withUnits(deps));
}

export function getImport(input: { ctx: RequestContext; id: number }, deps: ImportsDeps): Promise<ImportStatusT> {
  return getTabularImport(workerImport, input, deps);
}

export function listImports(input: { ctx: RequestContext }, deps: ImportsDeps): Promise<ImportStatusT[]> {
  return listTabularImports(workerImport, input, deps);
}

/** Starts (or resumes) the import task with the confirmed column mapping. */
export function startImport(
  input: { ctx: RequestContext; id: number; mapping?: Record<string, number>; acceptWarnings?: boolean },
  deps: ImportsDeps,
): Promise<ImportStatusT> {
  return startTabularImport(workerImport, input, deps);
}

/** Discards an upload that was never run (record and file), audited. */
export function discardImport(input: { ctx: RequestContext; id: number }, deps: ImportsDeps): Promise<void> {
  return discardTabularImport(workerImport, input, deps);
}

/** The refused rows as an .xlsx: row number, reasons in Vietnamese, and the row as the file had it. */
export function importErrorFile(input: { ctx: RequestContext; id: number }, deps: ImportsDeps) {
  return tabularImportErrorFile(workerImport, input, deps);
}
