import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../platform/db/index.ts';
import type { Tasks } from '../../platform/tasks.ts';
import { workerImport } from './worker-import.ts';

/** The register import: the generic pipeline (platform/imports) with the worker import declaration. */
export interface ImportsDeps {
  db: Db;
  dataDir: string;
  log: Pick<FastifyBaseLogger, 'error'>;
  tasks: Tasks;
}

/** Where uploaded register files are kept (under DATA_DIR/uploads). */
export const IMPORT_UPLOADS = workerImport.uploads;
