import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './index.ts';

const locked = readFileSync(`${MIGRATIONS_FOLDER}checksums.txt`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split(' ') as [string, string]);
const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}meta/_journal.json`, 'utf8')) as {
  entries: { tag: string }[];
};

describe('migrations are forward-only', () => {
  it.each(locked)('landed migration %s is unchanged', (file, sum) => {
    const actual = createHash('sha256')
      .update(readFileSync(`${MIGRATIONS_FOLDER}${file}`))
      .digest('hex');
    expect(actual, `${file} was edited after it landed; add a new migration instead`).toBe(sum);
  });

  it('every migration file is recorded in checksums.txt (run `node scripts/lock-migrations.mjs`)', () => {
    const files = readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(locked.map(([f]) => f)).toEqual(files);
  });

  it('the journal lists exactly the migration files, in order', () => {
    const files = readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
  });
});
