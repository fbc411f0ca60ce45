import Type, { type Static, type TObject, type TSchema } from 'typebox';
import { formatCount, formatDateTime } from '../format.ts';
import type { UrlChanges } from './url-filters.ts';

/**
 * Paging of list answers. Two shapes reach the list page:
 * - page/pageSize with an exact `total` (what the list endpoints answer today), paged by page number;
 * - the same plus `nextCursor`/`prevCursor` and a count that may be estimated (`totalKind: 'estimated'`) or a recent
 *   exact count (`'cached'`, with `totalAsOf`): then the page moves by cursor (previous / next), since a deep page by
 *   number costs the server a scan of every row before it, and the total is written as what it is.
 * The mode is read from the answer itself, so a list works with either server.
 */
export const COUNT_KINDS = ['exact', 'estimated', 'cached'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/** A list answer of either shape (the cursor fields are absent from the page/pageSize one). */
export const PagedAnswer = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    totalKind: Type.Optional(Type.Union([Type.Literal('exact'), Type.Literal('estimated'), Type.Literal('cached')])),
    totalAsOf: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nextCursor: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    prevCursor: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  });
export type PagedAnswerT<T> = Omit<Static<ReturnType<typeof PagedAnswer>>, 'items'> & { items: T[] };

/** A list query schema with the cursor of a returned page (taken before `page` by a server that pages by cursor). */
export function withCursor<S extends TObject>(query: S) {
  return Type.Object({
    ...(query.properties as S['properties']),
    cursor: Type.Optional(Type.String({ maxLength: 2000 })),
  });
}

type Answer = Omit<PagedAnswerT<unknown>, 'items'>;

/** Whether an answer pages by cursor: it carries `nextCursor` (null on the last page). */
export function pagesByCursor(answer: Answer | undefined): boolean {
  return answer !== undefined && answer.nextCursor !== undefined;
}

/**
 * The address changes that move one page forward or back by cursor. Back to page 1 drops the cursor: the first
 * page is the plain list, so its address is the plain one too. Null when there is no page that way.
 */
export function cursorMove(answer: Answer, page: number, direction: 'next' | 'prev'): UrlChanges | null {
  if (direction === 'next') {
    return answer.nextCursor ? { cursor: answer.nextCursor, page: page + 1 } : null;
  }
  if (page <= 1 || (!answer.prevCursor && page > 2)) return null;
  return page <= 2
    ? { cursor: undefined, page: undefined }
    : { cursor: answer.prevCursor ?? undefined, page: page - 1 };
}

/** An estimate to three significant digits (208 417 → 208 000): more digits would claim a precision it lacks. */
export function roundEstimate(n: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 2);
  return Math.round(n / step) * step;
}

type TotalKey = 'totalRows' | 'totalAbout' | 'totalAsOf';

/** The total as the server counted it: "Tổng số: 1.234", "Tổng số: khoảng 208.000", or with the time of the count. */
export function totalText(t: (key: TotalKey) => string, answer: Answer): string {
  if (answer.totalKind === 'estimated')
    return `${t('totalRows')}: ${t('totalAbout')} ${formatCount(roundEstimate(answer.total))}`;
  if (answer.totalKind === 'cached' && answer.totalAsOf) {
    return `${t('totalRows')}: ${formatCount(answer.total)} (${t('totalAsOf')} ${formatDateTime(answer.totalAsOf)})`;
  }
  return `${t('totalRows')}: ${formatCount(answer.total)}`;
}
