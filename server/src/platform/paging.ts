import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './db/index.ts';
import { AppError } from './errors.ts';
import { GenerationCache } from './generation-cache.ts';

/**
 * List paging and counting for every module. Deep pages use keyset (cursor) paging: the cursor carries the sort
 * key of the page's edge row, and the next page starts right after it through the index that serves the sort,
 * whatever its depth. Offset paging serves only the first pages (up to MAX_OFFSET rows). Counts never scan a
 * large scope on every page: exact when small, otherwise a recent exact count from the cache (with its age) or
 * the planner's estimate; exact on request.
 */

/** One key of a list's order. The last key must make the order total (a unique column). */
export interface SortKey {
  /** The sorted expression, collation included (`name_sort COLLATE "C"`). */
  expr: SQL;
  dir: 'asc' | 'desc';
  /** Type the cursor's value is cast to when it comes back. */
  type: 'text' | 'date' | 'timestamptz' | 'integer' | 'boolean' | 'smallint';
  /** Collation of the value, when the expression has one. */
  collate?: 'C';
  /** Operators of an operator-class order (text_pattern_ops: `~<~`, `~>~`) instead of `<` and `>`. */
  ops?: { less: string; greater: string; lessEq: string; greaterEq: string };
}

export interface PageRequest {
  /** Opaque cursor from a previous page (`nextCursor` / `prevCursor`); takes precedence over `page`. */
  cursor?: string;
  page: number;
  pageSize: number;
}

/** Rows beyond which offset paging is refused (the database would read and drop them all): use the cursor. */
export const MAX_OFFSET = 10_000;

interface Cursor {
  /** a: rows after the key; b: rows before it. */
  d: 'a' | 'b';
  /** The list's sort (a cursor of one order is meaningless in another). */
  s: string;
  k: unknown[];
}

const badCursor = () =>
  new AppError('VALIDATION', {
    vi: 'Con trỏ trang không hợp lệ hoặc thuộc cách sắp xếp khác; hãy tải lại danh sách từ trang đầu',
    en: 'Invalid page cursor, or one of another sort order; reload the list from its first page',
    details: [{ field: 'cursor', message: 'không hợp lệ' }],
  });

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(text: string, sort: string, keys: number): Cursor {
  let c: Cursor;
  try {
    c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if ((c?.d !== 'a' && c?.d !== 'b') || c.s !== sort || !Array.isArray(c.k) || c.k.length !== keys) throw badCursor();
  return c;
}

export interface KeysetPlan {
  /** Condition placing the page after (or before) the cursor's row; undefined on offset pages. */
  where: SQL | undefined;
  orderBy: SQL[];
  /** Select this as `pageKey`: the row's sort key, from which the page's cursors are made. */
  key: SQL<unknown[]>;
  limit: number;
  offset: number;
  finish<T extends { pageKey: unknown[] }>(
    rows: T[],
  ): { rows: Omit<T, 'pageKey'>[]; nextCursor: string | null; prevCursor: string | null };
}

/** Plans one page of a list ordered by `keys` (named `sort`): its condition, order, limit and cursors. */
export function keysetPage(sort: string, keys: SortKey[], req: PageRequest): KeysetPlan {
  const cursor = req.cursor ? decode(req.cursor, sort, keys.length) : undefined;
  const backward = cursor?.d === 'b';
  const offset = cursor ? 0 : (req.page - 1) * req.pageSize;
  if (offset > MAX_OFFSET) {
    throw new AppError('VALIDATION', {
      vi: `Không thể nhảy tới trang sâu hơn ${MAX_OFFSET.toLocaleString('vi-VN')} dòng; hãy dùng nút "Trang sau" hoặc thu hẹp điều kiện lọc`,
      en: `Pages beyond ${MAX_OFFSET} rows are reached with the cursor (nextCursor), or narrow the filters`,
      details: [{ field: 'page', message: 'quá sâu' }],
    });
  }
  const value = (k: SortKey, v: unknown) =>
    k.collate ? sql`CAST(${v} AS ${sql.raw(k.type)}) COLLATE "C"` : sql`CAST(${v} AS ${sql.raw(k.type)})`;
  // Direction of travel: forward after the key follows the order; backward before it reverses it.
  const ascending = (k: SortKey) => (k.dir === 'asc') !== backward;
  const beyond = (k: SortKey, v: unknown) => {
    const op = ascending(k) ? (k.ops?.greater ?? '>') : (k.ops?.less ?? '<');
    return sql`${k.expr} ${sql.raw(op)} ${value(k, v)}`;
  };
  let where: SQL | undefined;
  if (cursor) {
    const uniform = !keys.some((k) => k.ops) && keys.every((k) => k.dir === keys[0]?.dir);
    if (uniform) {
      // A row comparison the index serves as one range: (a, b) > (x, y).
      const op = ascending(keys[0] as SortKey) ? '>' : '<';
      where = sql`(${sql.join(
        keys.map((k) => k.expr),
        sql`, `,
      )}) ${sql.raw(op)} (${sql.join(
        keys.map((k, i) => value(k, cursor.k[i])),
        sql`, `,
      )})`;
    } else {
      // Mixed directions: (a > x) OR (a = x AND b < y) OR …
      const terms = keys.map((k, i) =>
        sql.join(
          [...keys.slice(0, i).map((p, j) => sql`${p.expr} = ${value(p, cursor.k[j])}`), beyond(k, cursor.k[i])],
          sql` AND `,
        ),
      );
      // The first key's non-strict bound repeats the condition in a form an index range can use.
      const k0 = keys[0] as SortKey;
      const op0 = ascending(k0) ? (k0.ops?.greaterEq ?? '>=') : (k0.ops?.lessEq ?? '<=');
      where = sql`${k0.expr} ${sql.raw(op0)} ${value(k0, cursor.k[0])} AND (${sql.join(
        terms.map((t) => sql`(${t})`),
        sql` OR `,
      )})`;
    }
  }
  const orderBy = keys.map((k) => {
    const asc = ascending(k);
    if (k.ops) return sql`${k.expr} USING ${sql.raw(asc ? k.ops.less : k.ops.greater)}`;
    return sql`${k.expr} ${sql.raw(asc ? 'ASC' : 'DESC')}`;
  });
  const key = sql<unknown[]>`json_build_array(${sql.join(
    keys.map((k) => k.expr),
    sql`, `,
  )})`;
  return {
    where,
    orderBy,
    key,
    limit: req.pageSize + 1,
    offset,
    finish(rows) {
      const more = rows.length > req.pageSize;
      const page = rows.slice(0, req.pageSize);
      if (backward) page.reverse();
      const first = page[0];
      const last = page.at(-1);
      const after = last && (backward || more) ? encode({ d: 'a', s: sort, k: last.pageKey }) : null;
      const before =
        first && (backward ? more : cursor || req.page > 1) ? encode({ d: 'b', s: sort, k: first.pageKey }) : null;
      return {
        rows: page.map(({ pageKey: _k, ...row }) => row),
        nextCursor: after,
        prevCursor: before,
      };
    },
  };
}

export type CountKind = 'exact' | 'estimated' | 'cached';
export interface Counted {
  total: number;
  kind: CountKind;
  /** When the count was exact: now for an exact count, the cache time for a cached one; null for an estimate. */
  asOf: string | null;
}

/** Scopes up to this many rows are counted exactly on every request (a bounded count reads at most this many). */
export const EXACT_COUNT_BELOW = 10_000;
/** How long an exact count of a large scope is reused, shown with its time. */
export const COUNT_CACHE_MS = 10 * 60_000;

const dialect = new PgDialect();
const cache = new Map<string, { n: number; at: Date }>();
/** Exact counts by the generation of the data they were counted at (see `countRows`'s `generation`). */
const exactCounts = new GenerationCache<number>(5_000);
const refreshing = new Set<string>();

async function exactCount(db: DbOrTx, query: SQL): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM (${query}) AS counted`);
  return rows[0]?.n ?? 0;
}

async function plannerEstimate(db: DbOrTx, query: SQL): Promise<number> {
  const { rows } = await db.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    sql`EXPLAIN (FORMAT JSON) ${query}`,
  );
  const plan = rows[0]?.['QUERY PLAN'];
  const parsed = typeof plan === 'string' ? JSON.parse(plan) : plan;
  return Math.round(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0);
}

/**
 * Counts the rows of `query` (a SELECT of the list's rows, without order or limit). Small scopes are counted
 * exactly with a bounded count; a large one gets a cached exact count with its time when there is a recent one,
 * otherwise the planner's estimate while an exact count refreshes the cache in the background. `exact` forces an
 * exact count (bounded by the statement timeout like any request). `generation`, read before counting from a
 * counter the database bumps with every change of the rows counted (platform/generation-cache.ts), makes any
 * exact count reusable as exact while it has not moved; a change committed during a count moves it, so that count
 * is not reused.
 */
export async function countRows(
  db: DbOrTx,
  query: SQL,
  opts: { exact?: boolean; refreshDb?: DbOrTx; generation?: number } = {},
): Promise<Counted> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const cacheKey = `${text}\u0000${JSON.stringify(params)}`;
  const { generation } = opts;
  const remember = (n: number) => {
    const at = new Date();
    cache.set(cacheKey, { n, at });
    if (cache.size > 5_000) cache.delete(cache.keys().next().value as string);
    if (generation !== undefined) exactCounts.set(cacheKey, generation, n);
    return at;
  };
  // Counted while the data was as it is now (the register's generation has not moved): exact, at no cost.
  const unchanged = generation === undefined ? undefined : exactCounts.get(cacheKey, generation);
  if (unchanged !== undefined) return { total: unchanged, kind: 'exact', asOf: new Date().toISOString() };
  if (opts.exact) {
    const n = await exactCount(db, query);
    return { total: n, kind: 'exact', asOf: remember(n).toISOString() };
  }
  // A large scope counted a moment ago is shown with that count's time, without asking the planner again or
  // reading 10.001 rows only to learn that it is still large (a name search matching 20.000 people of a
  // 200.000-worker province did that on every page: 15 requests a second on the embedded database).
  const recent = cache.get(cacheKey);
  if (recent && recent.n > EXACT_COUNT_BELOW && Date.now() - recent.at.getTime() < COUNT_CACHE_MS) {
    return { total: recent.n, kind: 'cached', asOf: recent.at.toISOString() };
  }
  const estimate = await plannerEstimate(db, query);
  // A bounded count only where the estimate says the scope may be small: past that, reading 10.001 rows (joined)
  // on every page cost a province's search or commune list hundreds of ms (measured, 1.000.000 workers).
  if (estimate < EXACT_COUNT_BELOW * 2) {
    const bounded = await exactCount(db, sql`${query} LIMIT ${EXACT_COUNT_BELOW + 1}`);
    if (bounded <= EXACT_COUNT_BELOW) {
      if (generation !== undefined) exactCounts.set(cacheKey, generation, bounded);
      return { total: bounded, kind: 'exact', asOf: new Date().toISOString() };
    }
  }
  const hit = cache.get(cacheKey);
  if (hit && Date.now() - hit.at.getTime() < COUNT_CACHE_MS) {
    return { total: hit.n, kind: 'cached', asOf: hit.at.toISOString() };
  }
  if (!refreshing.has(cacheKey)) {
    refreshing.add(cacheKey);
    exactCount(opts.refreshDb ?? db, query)
      .then(remember)
      .catch(() => undefined)
      .finally(() => refreshing.delete(cacheKey));
  }
  return { total: Math.max(estimate, EXACT_COUNT_BELOW + 1), kind: 'estimated', asOf: null };
}

/** The paging part of a list response. */
export function pageBody(
  req: PageRequest,
  count: Counted,
  cursors: { nextCursor: string | null; prevCursor: string | null },
) {
  return {
    total: count.total,
    totalKind: count.kind,
    totalAsOf: count.asOf,
    page: req.page,
    pageSize: req.pageSize,
    nextCursor: cursors.nextCursor,
    prevCursor: cursors.prevCursor,
  };
}

/** A cursor placing a page after (or before) the row with this sort key: for tools that start deep in a list. */
export function cursorFor(sort: string, key: unknown[], direction: 'after' | 'before' = 'after'): string {
  return encode({ d: direction === 'after' ? 'a' : 'b', s: sort, k: key });
}
