import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The embedded database (PGlite) is a folder that only one process may open: a second process writing to it
 * (`npm run lmis -- user:create` while the server runs) would write into a copy the server never reads and later
 * overwrites. The first process to open it writes its pid to `lmis.lock` in the data folder; a lock whose process
 * is gone (killed, power cut) is stale and taken over.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly pid: number,
    readonly dataDir: string,
  ) {
    super(
      `LMIS đang chạy (pid ${pid}) trên dữ liệu ${dataDir}: dừng máy chủ trước, hoặc dùng trang Quản trị người dùng.\n` +
        `LMIS is running (pid ${pid}) on ${dataDir}: stop the server first, or use the user administration page.`,
    );
    this.name = 'DatabaseLockedError';
  }
}

export interface DataDirLock {
  path: string;
  release(): void;
}

/** True while `pid` is a running process (EPERM: it runs under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A pid reused after a restart by a program that is not Node is not LMIS.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('node');
}

function holder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the data folder's lock for this process, or throws DatabaseLockedError naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  const path = `${dir}/lmis.lock`;
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        if (holder(path) === process.pid) {
          unlinkSync(path);
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const pid = holder(path);
    if (pid !== null && isAlive(pid)) {
      throw new DatabaseLockedError(pid, dataDir);
    }
    // Stale (its process is gone) or half-written by a process that died while writing it: take it over.
    try {
      unlinkSync(path);
    } catch {
      // another process took it over first; the next attempt sees its pid
    }
  }
  throw new DatabaseLockedError(holder(path) ?? 0, dataDir);
}
