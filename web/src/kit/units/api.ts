import { AdminUnit, AdminUnitDetail, AsOfQuery, UnitListQuery } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Type from 'typebox';
import { endpoint } from '../client.ts';
import { todayIso } from '../format.ts';

/** GET /api/geo/units: units valid on a date, under a parent or matching a name. */
export const listUnits = endpoint({
  method: 'GET',
  path: '/api/geo/units',
  query: UnitListQuery,
  response: Type.Array(AdminUnit),
});
/** GET /api/geo/units/:code: one unit with its ancestors and merger links. */
export const getUnit = endpoint({
  method: 'GET',
  path: '/api/geo/units/:code',
  query: AsOfQuery,
  response: AdminUnitDetail,
});

export function fetchUnits(query: NonNullable<Parameters<typeof listUnits>[0]>['query']) {
  return listUnits({ query });
}

export const unitKeys = {
  list: (asOf: string, parent: string | null) => ['geo', 'units', asOf, parent ?? 'root'] as const,
  search: (asOf: string, q: string) => ['geo', 'search', asOf, q] as const,
  detail: (code: string, asOf: string) => ['geo', 'unit', code, asOf] as const,
};

/** Provinces valid on a date. */
export function useProvinces(asOf: string) {
  return useQuery({
    queryKey: unitKeys.list(asOf, null),
    queryFn: () => listUnits({ query: { asOf } }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Units valid today under a parent (a province's communes); `null` for the provinces, `undefined` for none. */
export function useChildUnits(parent: string | null | undefined) {
  return useQuery({
    queryKey: unitKeys.list(todayIso(), parent ?? null),
    queryFn: () => listUnits({ query: { asOf: todayIso(), parent: parent ?? undefined } }),
    enabled: parent !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUnitSearch(asOf: string, q: string, limit = 50) {
  return useQuery({
    queryKey: [...unitKeys.search(asOf, q), limit],
    queryFn: ({ signal }) => listUnits({ query: { asOf, q, limit }, signal }),
    enabled: q.trim().length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useUnitDetail(code: string | null, asOf: string) {
  return useQuery({
    queryKey: unitKeys.detail(code ?? '', asOf),
    queryFn: () => getUnit({ params: { code: code ?? '' }, query: { asOf } }),
    enabled: code !== null,
    staleTime: 5 * 60_000,
  });
}

export function unitOptions(units: { code: string; name: string }[] | undefined) {
  return (units ?? []).map((u) => ({ value: u.code, label: u.name }));
}
