import { buildApp } from './app.ts';
import { prepareDatabase } from './bootstrap.ts';
import { recoverImports, startUploadRetention } from './modules/workers/index.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { DatabaseLockedError } from './platform/db/lock.ts';
import { scheduleMaintenance } from './platform/db/maintenance.ts';
import { createLogger } from './platform/log.ts';
import { startTasks } from './platform/tasks.ts';
import { publicUrl, startBanner } from './start-banner.ts';

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

const log = createLogger(config.LOG_LEVEL);
const database = await prepareDatabase(config, log).catch((error: unknown) => {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
const tasks = await startTasks({ connectionString: database.url, log });
const app = await buildApp({ config, database, logger: log, tasks });
// Imports whose process is gone (not those another live server process runs) can be run again.
const interrupted = await recoverImports({ db: database.db, tasks });
if (interrupted > 0) {
  log.info({ interrupted }, 'imports interrupted by the last stop can be run again');
}
await app.listen({ host: config.HOST, port: config.PORT });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
app.log.info(
  { database: database.kind, startupMs: Math.round(performance.now() - started) },
  `LMIS sẵn sàng tại ${publicUrl(config.HOST, port)}`,
);
await printStartBanner(port);

const stopUploadRetention = startUploadRetention(
  {
    db: database.db,
    dataDir: config.DATA_DIR,
    retentionDays: config.UPLOAD_RETENTION_DAYS,
    intervalMinutes: config.UPLOAD_SWEEP_MINUTES,
  },
  app.log,
);
// ANALYZE and VACUUM by thresholds on a schedule, in one process of all that share the database.
await scheduleMaintenance(tasks, config.MAINTENANCE_CRON);

const wait = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms).unref());

/**
 * Stops within SHUTDOWN_TIMEOUT_MS whatever runs: no new connections, running tasks asked to stop (an import
 * resumes from its last committed batch later), this process's statements ended on the server (their requests
 * answer 503), open connections closed, pools and the embedded database closed — and if anything still holds on
 * (a statement the embedded database cannot interrupt), a hard exit.
 */
async function shutdown(signal: string) {
  const budget = config.SHUTDOWN_TIMEOUT_MS;
  app.log.info(`${signal}: stopping`);
  setTimeout(() => {
    app.log.error(`${signal}: still busy after ${budget} ms, exiting now`);
    process.exit(1);
  }, budget).unref();
  stopUploadRetention();
  const closing = Promise.allSettled([app.close(), tasks.stop(budget / 3)]);
  await database.terminateQueries();
  await Promise.race([closing, wait(budget / 2)]);
  app.server.closeAllConnections();
  await database.close({ timeoutMs: budget / 3 });
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
/** The start banner, in a terminal only: a JSON log (not a TTY) has the same facts in the line above. */
async function printStartBanner(port: number) {
  if (!process.stdout.isTTY) return;
  console.log(await startBanner({ config, database, port }));
}
