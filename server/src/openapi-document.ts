// Prints the OpenAPI document the routes generate (what /api/docs/json serves), for the generated API client
// (scripts/api-client.mjs). It builds the real app on a fresh embedded database in a temporary folder, removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'lmis-openapi-'));
try {
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'off', DATA_DIR: dir, WEB_DIST: '/nonexistent' });
  const database = await openDatabase({ dataDir: dir });
  try {
    const app = await buildApp({ config, database });
    await app.ready();
    process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
    await app.close();
  } finally {
    await database.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
