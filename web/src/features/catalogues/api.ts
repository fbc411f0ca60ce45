import type { CatalogueItemT, CatalogueSummary } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { api } from '../../lib/api.ts';

export type CatalogueSummaryT = Static<typeof CatalogueSummary>;

export function useCatalogues() {
  return useQuery({
    queryKey: ['reference', 'catalogues'],
    queryFn: () => api<CatalogueSummaryT[]>('/api/reference/catalogues'),
    staleTime: 10 * 60_000,
  });
}

export function useCatalogueItems(name: string | null) {
  return useQuery({
    queryKey: ['reference', 'catalogue', name],
    queryFn: () => api<CatalogueItemT[]>(`/api/reference/catalogues/${encodeURIComponent(name ?? '')}`),
    enabled: name !== null,
    staleTime: 10 * 60_000,
  });
}
