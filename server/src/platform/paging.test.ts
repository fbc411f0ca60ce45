import type { WorkerT } from '@lmis/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker, LANG_SON } from '../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../test/harness.ts';
import { countRows, EXACT_COUNT_BELOW } from './paging.ts';

let t: TestContext;
let officer: Session;
const suffix = `Xoan${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

beforeAll(async () => {
  t = await createTestApp();
  officer = (await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA })).session;
  for (const middle of ['An', 'Bích', 'Cúc', 'Dung', 'Đào', 'Giang', 'Hà', 'Hồng', 'Khánh', 'Lan', 'Mai']) {
    const res = await officer.post('/api/workers', buildWorker({ fullName: `Đinh Thị ${middle} ${suffix}` }));
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t.close());

type Page = {
  items: WorkerT[];
  nextCursor: string | null;
  prevCursor: string | null;
  total: number;
  totalKind: string;
};
const list = async (query: string) => {
  const res = await officer.get(`/api/workers?q=${suffix}&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const ids = (p: Page) => p.items.map((w) => w.personId);

describe('list paging', () => {
  for (const sort of ['name', 'updated', 'birthDate']) {
    it(`walks the ${sort} order page by page with cursors, forwards and back, without gaps or repeats`, async () => {
      const all = await list(`sort=${sort}&pageSize=100`);
      expect(all.items).toHaveLength(11);
      expect(all).toMatchObject({ total: 11, totalKind: 'exact', nextCursor: null, prevCursor: null });
      const first = await list(`sort=${sort}&pageSize=4`);
      expect(first.prevCursor).toBeNull();
      const second = await list(`sort=${sort}&pageSize=4&cursor=${first.nextCursor}`);
      const third = await list(`sort=${sort}&pageSize=4&cursor=${second.nextCursor}`);
      expect(third.nextCursor).toBeNull();
      expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(ids(all));
      const back = await list(`sort=${sort}&pageSize=4&cursor=${third.prevCursor}`);
      expect(ids(back)).toEqual(ids(second));
      const start = await list(`sort=${sort}&pageSize=4&cursor=${back.prevCursor}`);
      expect(ids(start)).toEqual(ids(first));
      expect(start.prevCursor).toBeNull();
    });
  }

  it('walks a name search typed from the family name (prefix range, exact matches first) without gaps or repeats', async () => {
    const query = async (extra: string) => {
      const res = await officer.get(`/api/workers?q=${encodeURIComponent('Đinh Thị')}&sort=name&${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Page;
    };
    const all = await query('pageSize=100');
    const ours = all.items.filter((w) => w.fullName.endsWith(suffix));
    expect(ours).toHaveLength(11);
    const seen: string[] = [];
    let page = await query('pageSize=3');
    seen.push(...ids(page));
    while (page.nextCursor) {
      page = await query(`pageSize=3&cursor=${page.nextCursor}`);
      seen.push(...ids(page));
    }
    expect(seen).toEqual(ids(all));
  });

  it('refuses a cursor that is not one, or that belongs to another sort order', async () => {
    const bad = await officer.get(`/api/workers?cursor=not-a-cursor`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Con trỏ trang không hợp lệ/);
    const byName = await list('sort=name&pageSize=2');
    const other = await officer.get(`/api/workers?q=${suffix}&sort=updated&cursor=${byName.nextCursor}`);
    expect(other.statusCode).toBe(400);
  });

  it('refuses deep offset pages, which the cursor reaches instead', async () => {
    const res = await officer.get('/api/workers?page=1000&pageSize=50');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Trang sau/);
  });
});

describe('list counts', () => {
  const table = `count_probe_${process.pid}`;
  beforeAll(async () => {
    await t.database.pool.query(`CREATE TABLE ${table} AS SELECT generate_series(1, 20000) AS n`);
    await t.database.pool.query(`ANALYZE ${table}`);
  });
  afterAll(() => t.database.pool.query(`DROP TABLE IF EXISTS ${table}`));

  it('counts a small scope exactly, and a large one by estimate, then from the cache with its time', async () => {
    const small = await countRows(t.database.db, sql`SELECT 1 FROM ${sql.identifier(table)} WHERE n <= 500`);
    expect(small).toMatchObject({ total: 500, kind: 'exact' });

    const query = sql`SELECT 1 FROM ${sql.identifier(table)} WHERE n > 0`;
    const first = await countRows(t.database.db, query);
    expect(first.kind).toBe('estimated');
    expect(first.asOf).toBeNull();
    expect(first.total).toBeGreaterThan(EXACT_COUNT_BELOW);
    let later = first;
    for (let i = 0; i < 50 && later.kind !== 'cached'; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      later = await countRows(t.database.db, query);
    }
    expect(later).toMatchObject({ total: 20000, kind: 'cached' });
    expect(later.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('shows a large scope counted a moment ago with that count and its time, without counting it again', async () => {
    const query = sql`SELECT 1 FROM ${sql.identifier(table)} WHERE n > 5000`;
    let counted = await countRows(t.database.db, query);
    for (let i = 0; i < 50 && counted.kind !== 'cached'; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      counted = await countRows(t.database.db, query);
    }
    expect(counted).toMatchObject({ total: 15000, kind: 'cached' });
    // The scope shrinks below the exact-count bound: within the cache's age it is still shown as counted then.
    await t.database.pool.query(`UPDATE ${table} SET n = -n WHERE n > 5000 AND n <= 12000`);
    try {
      expect(await countRows(t.database.db, query)).toMatchObject({ total: 15000, kind: 'cached', asOf: counted.asOf });
      expect(await countRows(t.database.db, query, { exact: true })).toMatchObject({ total: 8000, kind: 'exact' });
    } finally {
      await t.database.pool.query(`UPDATE ${table} SET n = -n WHERE n < 0`);
    }
  });

  it('counts exactly on request whatever the size', async () => {
    const exact = await countRows(t.database.db, sql`SELECT 1 FROM ${sql.identifier(table)} WHERE n > 1`, {
      exact: true,
    });
    expect(exact).toMatchObject({ total: 19999, kind: 'exact' });
  });
});
