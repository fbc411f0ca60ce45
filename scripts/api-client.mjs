// The generated API client (packages/api-client) from the OpenAPI document the server's routes generate:
//   npm run api:generate   rewrites packages/api-client/openapi.json and src/schema.d.ts
//   npm run api:check      fails when they differ from what the routes generate today (CI: the document drifted)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { renderClientTypes } from '../packages/api-client/generate.mjs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const printed = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/openapi-document.ts'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, DATABASE_URL: '' },
});
if (printed.status !== 0) {
  process.stderr.write(printed.stderr);
  process.exit(printed.status ?? 1);
}
const files = {
  'packages/api-client/openapi.json': printed.stdout,
  'packages/api-client/src/schema.d.ts': await renderClientTypes(JSON.parse(printed.stdout)),
};
let drifted = 0;
for (const [path, text] of Object.entries(files)) {
  const current = (() => {
    try {
      return readFileSync(`${root}${path}`, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current === text) continue;
  if (check) {
    drifted++;
    console.error(`${path} differs from what the routes generate: run npm run api:generate and commit it`);
  } else {
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
}
if (drifted > 0) process.exit(1);
if (check) console.log('API client is up to date with the routes');
