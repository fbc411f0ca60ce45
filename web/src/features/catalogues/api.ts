import { type CatalogueSummary, CatalogueSummary as CatalogueSummarySchema } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import Type, { type Static } from 'typebox';
import { endpoint } from '../../kit/client.ts';

export { useCatalogueItems } from '../../kit/catalogues.tsx';

export type CatalogueSummaryT = Static<typeof CatalogueSummary>;

/** GET /api/reference/catalogues: every shared catalogue with its item counts. */
export const listCatalogues = endpoint({
  method: 'GET',
  path: '/api/reference/catalogues',
  response: Type.Array(CatalogueSummarySchema),
});

export function useCatalogues() {
  return useQuery({
    queryKey: ['reference', 'catalogues'],
    queryFn: () => listCatalogues(),
    staleTime: 10 * 60_000,
  });
}
