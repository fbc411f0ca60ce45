import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/index.ts';
import { removeUpload, uploadFolder } from '../uploads.ts';
import { tabularImports } from './pipeline.ts';
import { selectImportFiles } from './queries.ts';

/** A file younger than this with no import record may still be an upload being checked; it is left alone. */
const ORPHAN_GRACE_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes uploaded files (full of personal data) once they are no longer needed: a file whose import finished,
 * failed or was left more than `retentionDays` ago, and any file in an import folder that no import record points
 * to (its record was deleted, or the upload was refused and the process stopped before cleaning up). The import
 * records and their row errors stay; running such an import again asks for the file anew.
 */
export async function sweepImportUploads(deps: {
  db: Db;
  dataDir: string;
  retentionDays: number;
  now?: Date;
}): Promise<{ expired: number; orphans: number }> {
  const now = (deps.now ?? new Date()).getTime();
  const records = await selectImportFiles(deps.db);
  const known = new Set(records.map((r) => resolve(r.storedPath)));
  let expired = 0;
  for (const r of records) {
    if (r.status === 'running' || r.status === 'queued') continue;
    const last = (r.finishedAt ?? r.createdAt).getTime();
    if (now - last > deps.retentionDays * DAY_MS && existsSync(r.storedPath)) {
      removeUpload(r.storedPath);
      expired += 1;
    }
  }
  let orphans = 0;
  for (const folder of new Set(tabularImports().map((d) => d.uploads))) {
    const dir = uploadFolder(deps.dataDir, folder);
    for (const name of readdirSync(dir)) {
      const path = resolve(dir, name);
      if (known.has(path)) continue;
      if (now - statSync(path).mtimeMs > ORPHAN_GRACE_MS) {
        removeUpload(path);
        orphans += 1;
      }
    }
  }
  return { expired, orphans };
}

/** Runs the sweep now and then every `intervalMinutes`; returns the function that stops it. */
export function startUploadRetention(
  deps: { db: Db; dataDir: string; retentionDays: number; intervalMinutes: number },
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
): () => void {
  const run = () =>
    sweepImportUploads(deps)
      .then((r) => {
        if (r.expired + r.orphans > 0) log.info(r, 'uploaded files past retention or orphaned were deleted');
      })
      .catch((error) => log.error({ err: error }, 'upload retention sweep failed'));
  void run();
  const timer = setInterval(run, deps.intervalMinutes * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
