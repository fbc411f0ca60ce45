import type {
  CreateHouseholdBodyT,
  CurrentUserT,
  HouseholdDetailT,
  HouseholdListQueryT,
  HouseholdRow,
  Paged,
  PovertyRatesT,
  PovertyReviewT,
  PutReviewBodyT,
  UpdateHouseholdBodyT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { api } from '../../lib/api.ts';

export type HouseholdPageT = Static<ReturnType<typeof Paged<typeof HouseholdRow>>>;

/** List filters as they travel in the URL and to the API (empty values are left out). */
export type HouseholdFilters = Partial<Omit<HouseholdListQueryT, 'page' | 'pageSize'>>;
export type ReviewBody = PutReviewBodyT;

export function useHouseholds(query: HouseholdFilters & { page: number; pageSize: number; cursor?: string }) {
  return useQuery({
    queryKey: ['households', 'list', query],
    queryFn: ({ signal }) => api<HouseholdPageT>('/api/households', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function fetchHousehold(id: number) {
  return api<HouseholdDetailT>(`/api/households/${id}`);
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
    queryFn: () => api<PovertyRatesT>('/api/households/poverty-rates', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: ['households'] });
    qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useCreateHousehold() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateHouseholdBodyT) => api<HouseholdDetailT>('/api/households', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateHousehold() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateHouseholdBodyT }) =>
      api<HouseholdDetailT>(`/api/households/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

/** Records a year's review, or adjusts it when `version` (of the stored review) is sent. */
export function usePutReview() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, year, body }: { id: number; year: number; body: ReviewBody }) =>
      api<PovertyReviewT>(`/api/households/${id}/reviews/${year}`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}

// ---- permissions (mirror households.policy on the server; the server still decides) ----

const READERS = ['system_admin', 'province_officer', 'commune_officer', 'viewer'];
const EDITORS = ['system_admin', 'province_officer', 'commune_officer'];

export const canReadHouseholds = (user: CurrentUserT) => READERS.includes(user.role);
export const canWriteHouseholds = (user: CurrentUserT) => EDITORS.includes(user.role);
