import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseLockedError, lockDataDir } from './lock.ts';

const root = new URL('../../../../', import.meta.url).pathname;

describe('the embedded database is opened by one process at a time', () => {
  it('refuses a CLI command while another process holds the data folder, naming its pid, and writes nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lmis-lock-'));
    const lock = lockDataDir(dataDir);
    try {
      const cli = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'server/src/cli.ts',
          'user:create',
          '--username',
          'x',
          '--role',
          'system_admin',
          '--password',
          'Mat-khau-2026!',
        ],
        { cwd: root, env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'silent' } },
      );
      let stderr = '';
      cli.stderr.on('data', (d) => {
        stderr += d;
      });
      const code = await new Promise((ok) => cli.once('exit', ok));
      expect(code).toBe(1);
      expect(stderr).toContain(`LMIS đang chạy (pid ${process.pid})`);
      expect(stderr).toContain('dừng máy chủ trước, hoặc dùng trang Quản trị người dùng');
      expect(stderr).toContain(`LMIS is running (pid ${process.pid})`);
      expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    } finally {
      lock.release();
    }
  }, 120_000);

  it('refuses a second opening in the same process', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lmis-lock-'));
    const lock = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(DatabaseLockedError);
    } finally {
      lock.release();
    }
  });

  it('takes over a stale lock whose process is dead, and frees the folder on release', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lmis-lock-'));
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(join(dataDir, 'lmis.lock'), `${gone.stdout.toString()}\n`);
    const lock = lockDataDir(dataDir);
    expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    lockDataDir(dataDir).release();
  });
});
