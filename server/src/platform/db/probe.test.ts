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

describe('database probe', () => {
  it('calls a database that accepts the connection but does not answer in time busy, never down', async () => {
    const probe = startDatabaseProbe(
      { url: await silentListener(), kind: 'postgres' },
      { intervalMs: 60_000, timeoutMs: 300 },
    );
    try {
      await probe.probeNow();
      expect(probe.current().state).toBe('busy');
    } finally {
      probe.stop();
    }
  });

  it('calls a database whose socket refuses the connection down', async () => {
    const url = await silentListener();
    await new Promise((done) => servers.pop()?.close(done));
    const probe = startDatabaseProbe({ url, kind: 'postgres' }, { intervalMs: 60_000, timeoutMs: 300 });
    try {
      await probe.probeNow();
      expect(probe.current().state).toBe('down');
    } finally {
      probe.stop();
    }
  });

  it('calls the test database up, with its version and migration level', async () => {
    const probe = startDatabaseProbe(
      { url: inject('databaseUrl'), kind: inject('databaseKind') },
      { intervalMs: 60_000, timeoutMs: 10_000 },
    );
    try {
      await probe.probeNow();
      const state = probe.current();
      expect(state.state).toBe('up');
      expect(state.version).toMatch(/^\d+\.\d+/);
      expect(state.migrations.applied).toBeGreaterThan(20);
    } finally {
      probe.stop();
    }
  });
});
