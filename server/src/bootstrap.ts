import type { FastifyBaseLogger } from 'fastify';
import { seedDemo } from './demo.ts';
import { loadAdminUnits } from './modules/geo/index.ts';
import { loadCatalogues } from './modules/reference/index.ts';
import { countUsers } from './modules/users/index.ts';
import { loadCalendar } from './platform/calendar/index.ts';
import type { Config } from './platform/config.ts';
import { type Database, migrateDatabase, openDatabase } from './platform/db/index.ts';

type Log = Pick<FastifyBaseLogger, 'info'>;

/** Loads every reference dataset that changed since the last start (units, crosswalk, catalogues, rates). */
export async function loadReferenceData(database: Database, log: Log) {
  const units = await loadAdminUnits(database.db);
  const catalogues = await loadCatalogues(database.db);
  const calendar = await loadCalendar(database.db);
  log.info({ ...units, ...catalogues, calendarDays: calendar.days }, 'reference data ready');
}

/** The demo's accounts share a published password: by default only a local embedded installation gets them. */
export const demoDataWanted = (config: Pick<Config, 'DEMO_DATA'>, kind: Database['kind']) =>
  config.DEMO_DATA === 'on' || (config.DEMO_DATA === 'auto' && kind === 'embedded');

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
    if (demoDataWanted(config, database.kind) && (await countUsers(database.db)) === 0) {
      await seedDemo({ database, config, log });
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
