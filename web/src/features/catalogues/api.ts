import { CatalogueSummary } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import Type from 'typebox';
import { endpoint } from '../../kit/client.ts';

export type { CatalogueSummaryT } from '@lmis/contracts';
export { useCatalogueItems } from '../../kit/catalogues.tsx';

/** GET /api/reference/catalogues: every shared catalogue with its title and item counts. */
export const listCatalogues = endpoint({
  method: 'GET',
  path: '/api/reference/catalogues',
  response: Type.Array(CatalogueSummary),
});

export function useCatalogues() {
  return useQuery({
    queryKey: ['reference', 'catalogues'],
    queryFn: () => listCatalogues(),
    staleTime: 10 * 60_000,
  });
}
