import { chmodSync, mkdirSync } from 'node:fs';

/** Owner-only modes: the data folder holds the database and uploaded registers with personal data. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates a folder (and missing parents) that only the LMIS OS user can list or enter, and narrows an existing
 * one: a folder made by an older version or by hand with the default umask (0755) is tightened at start.
 */
export function mkdirPrivate(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}

/** Narrows a file to owner read/write. */
export function chmodPrivate(file: string): void {
  chmodSync(file, PRIVATE_FILE_MODE);
}
