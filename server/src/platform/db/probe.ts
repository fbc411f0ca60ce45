import pg from 'pg';
import { type Database, migrationLevel } from './index.ts';

/** The database as the last background probe found it. */
export interface DatabaseState {
  /** up: answered; busy: its socket accepts connections but it did not answer in time (a long statement or an open
   *  transaction holds it — the embedded database holds back even the handshake of a new connection then); down:
   *  refused or unreachable; unknown: not probed yet. */
  state: 'up' | 'busy' | 'down' | 'unknown';
  version: string;
  checkedAt: string | null;
  lastUpAt: string | null;
  latencyMs: number | null;
  migrations: { applied: number; latest: string };
}

export interface DatabaseProbe {
  current(): DatabaseState;
  /** Probes now (single flight); never throws. */
  probeNow(): Promise<void>;
  stop(): void;
}

/**
 * Probes the database on its own connection every `intervalMs`, so /api/health answers from the process at once
 * with the last known state — even while a long statement holds the pool or the embedded database.
 */
export function startDatabaseProbe(
  database: Pick<Database, 'url' | 'kind'>,
  opts: { intervalMs: number; timeoutMs?: number },
): DatabaseProbe {
  const timeoutMs = opts.timeoutMs ?? Math.min(3_000, opts.intervalMs);
  const state: DatabaseState = {
    state: 'unknown',
    version: '',
    checkedAt: null,
    lastUpAt: null,
    latencyMs: null,
    migrations: { applied: 0, latest: '' },
  };
  let running: Promise<void> | undefined;

  async function probe() {
    const started = performance.now();
    const client = new pg.Client({
      connectionString: database.url,
      connectionTimeoutMillis: timeoutMs,
      // A probe never waits forever: past this it reports "busy" and the next probe tries again.
      query_timeout: 30_000,
    });
    client.on('error', () => undefined);
    // The socket opened: something listens there, so a handshake or a statement that does not answer in time means
    // a busy database. Only a socket that never opens (refused, unreachable) means a database that is down.
    let reached = false;
    client.connection.once('connect', () => {
      reached = true;
    });
    const busy = setTimeout(() => {
      if (reached) Object.assign(state, { state: 'busy', checkedAt: new Date().toISOString() });
    }, timeoutMs);
    try {
      await client.connect();
      const { rows } = await client.query<{ v: string }>("SELECT split_part(version(), ' ', 2) AS v");
      const migrations = await migrationLevel(client);
      const now = new Date().toISOString();
      Object.assign(state, {
        state: 'up',
        version: rows[0]?.v ?? state.version,
        checkedAt: now,
        lastUpAt: now,
        latencyMs: Math.round(performance.now() - started),
        migrations,
      });
    } catch {
      Object.assign(state, { state: reached ? 'busy' : 'down', checkedAt: new Date().toISOString() });
    } finally {
      clearTimeout(busy);
      await client.end().catch(() => undefined);
    }
  }

  const probeNow = () => {
    running ??= probe().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void probeNow(), opts.intervalMs);
  timer.unref();
  return { current: () => ({ ...state }), probeNow, stop: () => clearInterval(timer) };
}
