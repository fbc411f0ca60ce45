// Records the SHA-256 of every new migration in server/db/migrations/checksums.txt. Existing lines are never
// rewritten: migrations are forward-only, and a test fails when a recorded file no longer matches.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../server/db/migrations/', import.meta.url).pathname;
const lockFile = `${dir}checksums.txt`;
const locked = new Set(
  existsSync(lockFile)
    ? readFileSync(lockFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[0])
    : [],
);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.sql'))
  .sort()) {
  if (locked.has(file)) continue;
  const sum = createHash('sha256')
    .update(readFileSync(`${dir}${file}`))
    .digest('hex');
  appendFileSync(lockFile, `${file} ${sum}\n`);
  console.log(`locked ${file}`);
}
