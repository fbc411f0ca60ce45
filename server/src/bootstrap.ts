import type { FastifyBaseLogger } from 'fastify';
import { seedDemo } from './demo.ts';
import { loadAdminUnits } from './modules/geo/index.ts';
import { loadCatalogues } from './modules/reference/index.ts';
import { countUsers } from './modules/users/index.ts';
import { markStaleImportsInterrupted } from './modules/workers/index.ts';
import type { Config } from './platform/config.ts';
import { type Database, migrateDatabase, openDatabase } from './platform/db/index.ts';

type Log = Pick<FastifyBaseLogger, 'info'>;

/** Loads every reference dataset that changed since the last start (units, crosswalk, catalogues, rates). */
export async function loadReferenceData(database: Database, log: Log) {
  const units = await loadAdminUnits(database.db);
  const catalogues = await loadCatalogues(database.db);
  log.info({ ...units, ...catalogues }, 'reference data ready');
}

/** Opens the database, migrates it, loads reference data and, on an empty installation, the demo data. */
export async function prepareDatabase(config: Config, log: Log & Pick<FastifyBaseLogger, 'warn'>): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    log,
  });
  try {
    await migrateDatabase(database);
    await loadReferenceData(database, log);
    const interrupted = await markStaleImportsInterrupted(database.db);
    if (interrupted > 0) log.info({ interrupted }, 'imports interrupted by the last stop can be run again');
    if (config.DEMO_DATA === 'auto' && (await countUsers(database.db)) === 0) {
      await seedDemo({ database, config, log });
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
