// CI: the committed migrations match the schema. drizzle-kit generates from server/db/schema into a scratch copy
// of the migrations folder; any new or changed file there means a schema change without its migration (run
// `npm run db:generate -- --name <what>` and commit the result). Checksums are checked by migrations.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const committed = join(root, 'server/db/migrations');
// drizzle-kit takes paths relative to the working directory, so the scratch copy lives in the (ignored) .tmp.
mkdirSync(join(root, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(root, '.tmp/migrations-'));
cpSync(committed, scratch, { recursive: true });
const config = join(scratch, 'drizzle.config.mjs');
writeFileSync(
  config,
  `export default ${JSON.stringify({ dialect: 'postgresql', schema: './server/db/schema/index.ts', out: `./${relative(root, scratch)}` })};\n`,
);
const gen = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config], { cwd: root, encoding: 'utf8' });
process.stdout.write(gen.stdout);
process.stderr.write(gen.stderr);
const list = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.sql') || f.endsWith('.json'))
    .sort();
const changed = list(scratch).filter((f) => {
  try {
    return readFileSync(join(scratch, f), 'utf8') !== readFileSync(join(committed, f), 'utf8');
  } catch {
    return true;
  }
});
rmSync(scratch, { recursive: true, force: true });
// drizzle-kit exits 0 even when it fails, so its verdict is read from its output.
if (gen.status !== 0 || /Error|error:/.test(gen.stderr + gen.stdout)) {
  console.error('drizzle-kit generate failed');
  process.exit(1);
}
if (changed.length > 0) {
  console.error(`The schema has changes without a committed migration: ${changed.join(', ')}`);
  console.error('Run `npm run db:generate -- --name <what>` and commit the migration.');
  process.exit(1);
}
console.log('Migrations are committed: the schema has no change without its migration.');
