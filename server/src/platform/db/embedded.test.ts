import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded.ts';

/** Inodes of the sockets this process holds open (the database runs in a worker thread of it). */
function ownSocketInodes(): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`));
      if (m?.[1]) inodes.add(m[1]);
    } catch {
      // the fd closed while listing
    }
  }
  return inodes;
}

/** Inodes of TCP sockets in the LISTEN state (st 0A), IPv4 and IPv6. */
function tcpListenInodes(): Set<string> {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('embedded database access and durability', () => {
  let root: string;
  let server: EmbeddedServer;
  let before: Set<string>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'lmis-embedded-'));
    before = ownSocketInodes();
    server = await startEmbeddedPostgres(join(root, 'data', 'pg'), { socketDir: join(root, 'data', 'run') });
  }, 600_000); // a first start runs initdb with fsync on: minutes on a busy machine

  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('listens on a Unix socket in an owner-only folder, never on a TCP port', async () => {
    expect(server.socketDir).toBe(join(root, 'data', 'run'));
    expect(mode(server.socketDir)).toBe(0o700);
    expect(statSync(join(server.socketDir, '.s.PGSQL.5432')).isSocket()).toBe(true);
    const opened = [...ownSocketInodes()].filter((i) => !before.has(i));
    const listening = tcpListenInodes();
    expect(opened.filter((i) => listening.has(i))).toEqual([]);
    expect(new URL(server.url).hostname).toBe(encodeURIComponent(server.socketDir));
  });

  it('creates the data folder owner-only', () => {
    expect(mode(join(root, 'data', 'pg'))).toBe(0o700);
  });

  it('answers queries with parameters through the socket', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT $1::int + 1 AS n', [41]);
      expect(rows[0].n).toBe(42);
    } finally {
      await client.end();
    }
  });

  it('commits durably: fsync and synchronous_commit on, and a commit reaches the disk through fsync', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const settings = await client.query(
        "SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sc",
      );
      expect(settings.rows[0]).toEqual({ fsync: 'on', sc: 'on' });
      await client.query('CREATE TABLE IF NOT EXISTS durable_probe (n int)');
      const calls = await server.fsyncCalls();
      await client.query('INSERT INTO durable_probe VALUES (1)');
      expect(await server.fsyncCalls()).toBeGreaterThan(calls);
    } finally {
      await client.end();
    }
  });
});
