import pino from 'pino';
import { buildApp } from './app.ts';
import { prepareDatabase } from './bootstrap.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { scheduleMaintenance } from './platform/db/maintenance.ts';

const started = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const log = pino({ level: config.LOG_LEVEL });
const database = await prepareDatabase(config, log);
const app = await buildApp({ config, database, logger: log });
await app.listen({ host: config.HOST, port: config.PORT });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
app.log.info(
  { database: database.kind, startupMs: Math.round(performance.now() - started) },
  `LMIS sẵn sàng tại http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`,
);

const maintenance =
  config.MAINTENANCE_INTERVAL_MINUTES > 0
    ? scheduleMaintenance(database.background.db, { intervalMs: config.MAINTENANCE_INTERVAL_MINUTES * 60_000, log })
    : undefined;

const wait = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms).unref());

/**
 * Stops within SHUTDOWN_TIMEOUT_MS whatever runs: no new connections, this process's statements ended on the
 * server (their requests answer 503), open connections closed, pools and the embedded database closed — and if
 * anything still holds on (a statement the embedded database cannot interrupt), a hard exit.
 */
async function shutdown(signal: string) {
  const budget = config.SHUTDOWN_TIMEOUT_MS;
  app.log.info(`${signal}: stopping`);
  setTimeout(() => {
    app.log.error(`${signal}: still busy after ${budget} ms, exiting now`);
    process.exit(1);
  }, budget).unref();
  maintenance?.stop();
  const closing = app.close();
  await database.terminateQueries();
  await Promise.race([closing, wait(budget / 2)]);
  app.server.closeAllConnections();
  await database.close({ timeoutMs: budget / 3 });
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
