import type { Static, TObject, TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** Keys of a list query that are not filters: the page and the cursor travel apart from them. */
const PAGING = new Set(['page', 'pageSize', 'cursor']);

export type UrlKeys<S extends TObject> = Partial<Record<keyof Static<S> & string, string>>;

/**
 * Reads a list's filters from the address by the contract's query schema: each key present in the address is
 * converted to its schema type (Value.Convert) and kept only if the schema accepts it (Value.Check), so a
 * hand-edited or stale address never reaches the API with a value it would refuse. `urlKeys` renames a key in the
 * address (the households list keeps `unit`, `year`, `class`).
 */
export function readUrlFilters<S extends TObject>(
  schema: S,
  params: URLSearchParams,
  urlKeys: UrlKeys<S> = {},
): Partial<Omit<Static<S>, 'page' | 'pageSize'>> {
  const out: Record<string, unknown> = {};
  const properties = schema.properties as Record<string, TSchema>;
  for (const [key, property] of Object.entries(properties)) {
    if (PAGING.has(key)) continue;
    const raw = params.get(urlKeys[key as keyof typeof urlKeys] ?? key);
    if (raw === null || raw === '') continue;
    const value = Value.Convert(property, raw);
    if (Value.Check(property, value)) out[key] = value;
  }
  return out as Partial<Omit<Static<S>, 'page' | 'pageSize'>>;
}

/**
 * The page, page size and cursor of the address; a size not offered falls back to the first offered. The cursor is
 * only there when the server pages by cursor (see paging.ts).
 */
export function readPaging(
  params: URLSearchParams,
  pageSizes: readonly number[],
): { page: number; pageSize: number; cursor?: string } {
  const page = Number(params.get('page'));
  const size = Number(params.get('pageSize'));
  const cursor = params.get('cursor');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: pageSizes.includes(size) ? size : (pageSizes[0] ?? 20),
    ...(cursor ? { cursor } : {}),
  };
}

export type UrlChanges = Record<string, string | number | boolean | undefined>;

/**
 * The next address after changing some keys: empty values and `false` leave the address, and any change of a
 * filter returns to the first page (no page number, no cursor) unless `keepPage`.
 */
export function applyUrlChanges(
  prev: URLSearchParams,
  changes: UrlChanges,
  options: { urlKeys?: Record<string, string>; keepPage?: boolean } = {},
): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(changes)) {
    const name = options.urlKeys?.[key] ?? key;
    if (value === undefined || value === '' || value === false) next.delete(name);
    else next.set(name, String(value));
  }
  if (!options.keepPage) {
    next.delete('page');
    next.delete('cursor');
  }
  return next;
}
