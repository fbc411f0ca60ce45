import {
  CreateHouseholdBody,
  type CreateHouseholdBodyT,
  HouseholdDetail,
  HouseholdListQuery,
  type HouseholdListQueryT,
  HouseholdRow,
  type Paged,
  PovertyRates,
  PovertyRatesQuery,
  PovertyReview,
  PutReviewBody,
  type PutReviewBodyT,
  UpdateHouseholdBody,
  type UpdateHouseholdBodyT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { endpoint } from '../../kit/client.ts';
import { PagedAnswer, withCursor } from '../../kit/list/paging.ts';

export const listHouseholds = endpoint({
  method: 'GET',
  path: '/api/households',
  query: withCursor(HouseholdListQuery),
  response: PagedAnswer(HouseholdRow),
});
export const getHousehold = endpoint({ method: 'GET', path: '/api/households/:id', response: HouseholdDetail });
export const createHousehold = endpoint({
  method: 'POST',
  path: '/api/households',
  body: CreateHouseholdBody,
  response: HouseholdDetail,
});
export const updateHousehold = endpoint({
  method: 'PATCH',
  path: '/api/households/:id',
  body: UpdateHouseholdBody,
  response: HouseholdDetail,
});
export const putReview = endpoint({
  method: 'PUT',
  path: '/api/households/:id/reviews/:year',
  body: PutReviewBody,
  response: PovertyReview,
});
export const getPovertyRates = endpoint({
  method: 'GET',
  path: '/api/households/poverty-rates',
  query: PovertyRatesQuery,
  response: PovertyRates,
});

export type HouseholdPageT = Static<ReturnType<typeof Paged<typeof HouseholdRow>>>;

/** List filters as they travel in the URL and to the API (empty values are left out). */
export type HouseholdFilters = Partial<Omit<HouseholdListQueryT, 'page' | 'pageSize'>>;
export type ReviewBody = PutReviewBodyT;

export function useHouseholds(query: HouseholdFilters & { page: number; pageSize: number; cursor?: string }) {
  return useQuery({
    queryKey: ['households', 'list', query],
    queryFn: ({ signal }) => listHouseholds({ query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function fetchHousehold(id: number) {
  return getHousehold({ params: { id } });
}

export function useHousehold(id: number | undefined) {
  return useQuery({
    queryKey: ['households', 'one', id],
    queryFn: () => fetchHousehold(id ?? 0),
    enabled: id !== undefined,
  });
}

export function usePovertyRates(query: { unitCode?: string; year: number }, enabled = true) {
  return useQuery({
    queryKey: ['households', 'rates', query],
    queryFn: () => getPovertyRates({ query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['households'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useCreateHousehold() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateHouseholdBodyT) => createHousehold({ body }),
    onSuccess: invalidate,
  });
}

export function useUpdateHousehold() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateHouseholdBodyT }) => updateHousehold({ params: { id }, body }),
    onSuccess: invalidate,
  });
}

/** Records a year's review, or adjusts it when `version` (of the stored review) is sent. */
export function usePutReview() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, year, body }: { id: number; year: number; body: ReviewBody }) =>
      putReview({ params: { id, year }, body }),
    onSuccess: invalidate,
  });
}
