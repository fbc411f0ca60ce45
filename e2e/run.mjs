// Browser journeys: builds the web app, starts LMIS on a fresh database and a free port, and drives Chromium
// through every module in e2e/journeys (sorted by file name). Prints "N passed, M failed"; exits 1 on failure.
//   node e2e/run.mjs            (DATABASE_URL set: a throwaway database is created on that server)
//   E2E_ONLY=foundation node e2e/run.mjs   runs only the journeys whose file name contains the text
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const journeysDir = join(root, 'e2e/journeys');
const screenshotsDir = join(root, 'e2e/screenshots');
// A first start migrates, loads reference data and seeds the demo with fsync on: minutes on a busy machine.
const HEALTH_TIMEOUT_MS = 300_000;
const JOURNEY_TIMEOUT_MS = 180_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A throwaway database on the DATABASE_URL server, so CI runs the journeys on native PostgreSQL too. */
async function createTempDatabase(baseUrl) {
  const { default: pg } = await import('pg');
  const name = `lmis_e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

function startServer({ port, dataDir, databaseUrl }) {
  // Every journey signs in from 127.0.0.1; lift the per-address sign-in limit for the run.
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    // The journeys sign in with the demo accounts, on PostgreSQL too (where "auto" creates none).
    DEMO_DATA: 'on',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_PER_MINUTE: '1000',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n'));
    if (tail.length > 400) tail.splice(0, tail.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  return {
    child,
    tail: (n = 60) => tail.slice(-n).join('\n'),
    exited: () => exited,
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

async function waitForHealth(baseUrl, server) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exited()) throw new Error(`server exited early (${JSON.stringify(server.exited())})`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]);
}

async function loadJourneys() {
  const only = process.env.E2E_ONLY;
  const files = readdirSync(journeysDir)
    .filter((f) => f.endsWith('.mjs'))
    .filter((f) => !only || f.includes(only))
    .sort();
  const journeys = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(journeysDir, file)).href);
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    // A journey about the screen only (layout, wording) declares `engines = ['embedded']`: the database behind it
    // changes nothing it checks, so the run on native PostgreSQL leaves it out.
    const engine = process.env.DATABASE_URL ? 'postgres' : 'embedded';
    if (Array.isArray(mod.engines) && !mod.engines.includes(engine)) {
      console.log(`- ${mod.name ?? file} (screen only: runs on ${mod.engines.join(', ')})`);
      continue;
    }
    journeys.push({ file, name: mod.name ?? file.replace(/\.mjs$/, ''), run: mod.run, timeoutMs: mod.timeoutMs });
  }
  return journeys;
}

async function main() {
  let passed = 0;
  let failed = 0;
  let server = null;
  let browser = null;
  let database = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'lmis-e2e-'));
  try {
    console.log('e2e: building the web app…');
    const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(build.stdout, build.stderr);
      throw new Error('web build failed');
    }
    const journeys = await loadJourneys();
    mkdirSync(screenshotsDir, { recursive: true });

    if (process.env.DATABASE_URL) {
      database = await createTempDatabase(process.env.DATABASE_URL);
      console.log(`e2e: database ${new URL(database.url).pathname.slice(1)} on the DATABASE_URL server`);
    } else {
      console.log(`e2e: embedded database in ${dataDir}`);
    }
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = startServer({ port, dataDir, databaseUrl: database?.url });
    const t0 = Date.now();
    await waitForHealth(baseUrl, server);
    console.log(`e2e: server ready at ${baseUrl} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });

    for (const journey of journeys) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const consoleErrors = [];
      page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
      });
      // What the page asked the API and where it went, printed when the journey fails.
      const trail = [];
      const started = Date.now();
      const stamp = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) trail.push(`${stamp()} page ${frame.url().replace(baseUrl, '')}`);
      });
      page.on('response', async (res) => {
        const url = new URL(res.url());
        if (!url.pathname.startsWith('/api/')) return;
        const line = `${stamp()} ${res.request().method()} ${url.pathname}${url.search} → ${res.status()}`;
        const body = res.status() >= 400 ? await res.text().catch(() => '') : '';
        trail.push(body ? `${line} ${body.slice(0, 300)}` : line);
      });
      let n = 0;
      const shot = async (name) => {
        n += 1;
        // Let spinners finish and antd's transitions (menu highlight, fades) settle before the picture.
        await page
          .waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), null, {
            timeout: 5_000,
          })
          .catch(() => {});
        await page.waitForTimeout(400);
        const file = join(screenshotsDir, `${journey.name}-${n}-${name}.png`);
        await page.screenshot({ path: file });
        return file;
      };
      try {
        await withTimeout(
          journey.run({ page, baseUrl, shot }),
          journey.timeoutMs ?? JOURNEY_TIMEOUT_MS,
          `journey ${journey.name}`,
        );
        passed += 1;
        console.log(`✓ ${journey.name} (${stamp()})`);
      } catch (err) {
        failed += 1;
        console.log(`✗ ${journey.name}: ${err?.stack ?? err}`);
        try {
          const file = join(screenshotsDir, `${journey.name}-FAILED.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`  screenshot: ${file}`);
          console.log(`  url: ${page.url()}`);
        } catch {
          // the page may be gone
        }
        if (consoleErrors.length) console.log(`  browser errors:\n    ${consoleErrors.slice(-10).join('\n    ')}`);
        console.log(`  pages and API answers (last 30):\n    ${trail.slice(-30).join('\n    ')}`);
        console.log(`  server output (tail):\n${server.tail(40)}`);
      } finally {
        await context.close().catch(() => {});
      }
    }
  } catch (err) {
    failed += 1;
    console.log(`✗ e2e setup: ${err?.stack ?? err}`);
    if (server) console.log(`  server output (tail):\n${server.tail(60)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    await database?.drop().catch((e) => console.log(`e2e: could not drop the test database: ${e.message}`));
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
await main();
