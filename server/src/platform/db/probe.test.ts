import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startDatabaseProbe } from './probe.ts';

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/** A listener that accepts connections and never answers the handshake, as a database held by a transaction does. */
async function silentListener(): Promise<string> {
  const server = createServer((socket) => sockets.push(socket));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return `postgres://u:p@127.0.0.1:${port}/db`;
}

/** One probe of `url`, its state as /api/health would read it. */
async function probeOnce(database: Parameters<typeof startDatabaseProbe>[0], timeoutMs: number) {
  const probe = startDatabaseProbe(database, { intervalMs: 60_000, timeoutMs });
  try {
    await probe.probeNow();
    return probe.current();
  } finally {
    probe.stop();
  }
}

describe('database probe', () => {
  it('calls a database that accepts the connection but does not answer in time busy, never down', async () => {
    expect((await probeOnce({ url: await silentListener(), kind: 'postgres' }, 300)).state).toBe('busy');
  });

  it('calls a database whose socket refuses the connection down', async () => {
    const url = await silentListener();
    await new Promise((done) => servers.pop()?.close(done));
    expect((await probeOnce({ url, kind: 'postgres' }, 300)).state).toBe('down');
  });

  it('calls the test database up, with its version and migration level', async () => {
    const state = await probeOnce({ url: inject('databaseUrl'), kind: inject('databaseKind') }, 10_000);
    expect(state.state).toBe('up');
    expect(state.version).toMatch(/^\d+\.\d+/);
    expect(state.migrations.applied).toBeGreaterThan(20);
  });
});
