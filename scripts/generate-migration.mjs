// `npm run db:generate -- --name <what>` (add --custom for hand-written SQL): drizzle-kit writes the next
// migration from the schema, then its checksum is recorded (scripts/lock-migrations.mjs; a custom one once written).
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const args = ['drizzle-kit', 'generate', '--config', 'server/drizzle.config.ts', ...process.argv.slice(2)];
const gen = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
if (gen.status !== 0) process.exit(gen.status ?? 1);
// A custom migration is still empty: it is locked once written, by the next generate or by lock-migrations.
if (process.argv.includes('--custom')) {
  console.log('Write the SQL, then run `node scripts/lock-migrations.mjs` to record its checksum.');
  process.exit(0);
}
process.exit(spawnSync(process.execPath, ['scripts/lock-migrations.mjs'], { cwd: root, stdio: 'inherit' }).status ?? 1);
