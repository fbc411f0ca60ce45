import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './platform/config.ts';
import { logOptions } from './platform/log.ts';
import { publicUrl, startBanner } from './start-banner.ts';
import { createTestApp, type TestContext } from './test/harness.ts';

let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The app with a logger at `level` whose JSON lines are kept. */
async function appLoggingAt(level: string) {
  const lines: { level: number; msg: string; req?: { url: string } }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  t = await createTestApp({}, { logger: pino(logOptions(level), sink) });
  return { app: t.app, lines };
}

describe('running it', () => {
  it('shows the address people type, localhost for a server open on every interface', () => {
    expect(publicUrl('127.0.0.1', 3000)).toBe('http://127.0.0.1:3000');
    expect(publicUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
    expect(publicUrl('::1', 3000)).toBe('http://[::1]:3000');
  });

  it('logs requests at debug level only, with the path and never the query', async () => {
    const quiet = await appLoggingAt('info');
    await quiet.app.inject({ method: 'GET', url: '/api/health?q=Nguyen' });
    expect(quiet.lines.filter((l) => l.msg === 'request completed')).toHaveLength(0);
    await t?.close();
    const verbose = await appLoggingAt('debug');
    await verbose.app.inject({ method: 'GET', url: '/api/health?q=Nguyen' });
    const logged = verbose.lines.filter((l) => l.msg === 'request completed');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.level).toBe(20);
    expect(logged[0]?.req?.url).toBe('/api/health');
  });

  it('says how to stop, and lists no demo accounts where the demo password opens none', async () => {
    t = await createTestApp();
    const banner = await startBanner({ config: loadConfig({ HOST: '127.0.0.1' }), database: t.database, port: 3000 });
    expect(banner).toContain('http://127.0.0.1:3000');
    expect(banner).toContain('Ctrl+C');
    expect(banner).not.toContain('LmisDemo2026');
  });
});
