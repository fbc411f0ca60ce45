import type { AdminUnitDetailT, AdminUnitT } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export function fetchUnits(query: { asOf?: string; parent?: string; q?: string; level?: string; limit?: number }) {
  return api<AdminUnitT[]>('/api/geo/units', { query });
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
    queryFn: () => fetchUnits({ asOf }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUnitSearch(asOf: string, q: string, limit = 50) {
  return useQuery({
    queryKey: [...unitKeys.search(asOf, q), limit],
    queryFn: ({ signal }) => api<AdminUnitT[]>('/api/geo/units', { query: { asOf, q, limit }, signal }),
    enabled: q.trim().length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useUnitDetail(code: string | null, asOf: string) {
  return useQuery({
    queryKey: unitKeys.detail(code ?? '', asOf),
    queryFn: () => api<AdminUnitDetailT>(`/api/geo/units/${encodeURIComponent(code ?? '')}`, { query: { asOf } }),
    enabled: code !== null,
    staleTime: 5 * 60_000,
  });
}
