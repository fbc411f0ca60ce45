// `npm test`: the whole suite. Unit and integration tests (Vitest) against a real database — embedded PGlite,
// or native PostgreSQL when DATABASE_URL is set — then the browser journeys when Chromium is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const kind = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (embedded)';
console.log(`\n== Unit and integration tests on ${kind} ==`);
const unit = run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
if (unit !== 0) process.exit(unit);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.CI) {
    console.error(`Chromium not found at ${chromium}; CI must install it (apt-get install chromium).`);
    process.exit(1);
  }
  console.log(`\nBrowser journeys skipped: no Chromium at ${chromium} (apt-get install chromium).`);
  process.exit(0);
}
console.log(`\n== Browser journeys (Playwright + ${chromium}) on ${kind} ==`);
process.exit(run(process.execPath, ['e2e/run.mjs']));
