import {
  PersonTransfer,
  PersonTransferCreate,
  type PersonTransferCreateT,
  PersonTransferDecision,
  type PersonTransferDecisionT,
  PersonTransferListQuery,
  Worker,
  WorkerInput,
  type WorkerInputT,
  WorkerListQuery,
  type WorkerListQueryT,
  WorkerStats,
  WorkerStatsQuery,
  type WorkerT,
  WorkerUpdate,
  type WorkerUpdateT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Type from 'typebox';
import { endpoint, endpointUrl } from '../../kit/client.ts';
import { PagedAnswer, withCursor } from '../../kit/list/paging.ts';

export const listWorkers = endpoint({
  method: 'GET',
  path: '/api/workers',
  query: withCursor(WorkerListQuery),
  response: PagedAnswer(Worker),
});
export const getWorker = endpoint({ method: 'GET', path: '/api/workers/:personId', response: Worker });
export const getWorkerStats = endpoint({
  method: 'GET',
  path: '/api/workers/stats',
  query: WorkerStatsQuery,
  response: WorkerStats,
});
export const createWorker = endpoint({ method: 'POST', path: '/api/workers', body: WorkerInput, response: Worker });
export const updateWorker = endpoint({
  method: 'PUT',
  path: '/api/workers/:personId',
  body: WorkerUpdate,
  response: Worker,
});
/** The export is a file the browser downloads itself; the spec gives its address. */
const exportWorkers = {
  method: 'GET' as const,
  path: '/api/workers/export.:format' as const,
  query: Type.Omit(WorkerListQuery, ['page', 'pageSize', 'sort']),
  response: Type.Unknown(),
};
export const listTransfers = endpoint({
  method: 'GET',
  path: '/api/people/transfers',
  query: PersonTransferListQuery,
  response: Type.Object({ items: Type.Array(PersonTransfer) }),
});
export const createTransfer = endpoint({
  method: 'POST',
  path: '/api/people/transfers',
  body: PersonTransferCreate,
  response: PersonTransfer,
});
export const decideTransfer = endpoint({
  method: 'POST',
  path: '/api/people/transfers/:id/decision',
  body: PersonTransferDecision,
  response: PersonTransfer,
});
export const cancelTransfer = endpoint({
  method: 'POST',
  path: '/api/people/transfers/:id/cancel',
  response: PersonTransfer,
});

export interface WorkerPage {
  items: WorkerT[];
  total: number;
  page: number;
  pageSize: number;
}

/** List filters as they travel in the URL and to the API (empty values are left out). */
export type WorkerFilters = Partial<Omit<WorkerListQueryT, 'page' | 'pageSize' | 'sort'>>;

export function useWorkers(
  query: WorkerFilters & { sort: WorkerListQueryT['sort']; page: number; pageSize: number; cursor?: string },
) {
  return useQuery({
    queryKey: ['workers', 'list', query],
    queryFn: ({ signal }) => listWorkers({ query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWorker(personId: string | undefined) {
  return useQuery({
    queryKey: ['workers', 'one', personId],
    queryFn: () => getWorker({ params: { personId: personId ?? '' } }),
    enabled: Boolean(personId),
  });
}

export function fetchWorker(personId: string) {
  return getWorker({ params: { personId } });
}

export function useWorkerStats(query: { unitCode?: string; roundYear?: number }) {
  return useQuery({
    queryKey: ['workers', 'stats', query],
    queryFn: () => getWorkerStats({ query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateWorker() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerInputT) => createWorker({ body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}

export function useUpdateWorker() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: WorkerUpdateT }) =>
      updateWorker({ params: { personId }, body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['workers'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Export links carry the list filters; the browser downloads the file the server streams. */
export function exportUrl(format: 'xlsx' | 'csv', filters: WorkerFilters): string {
  return endpointUrl(exportWorkers, { params: { format }, query: filters });
}

/** Transfer requests in and out of the reader's unit (the person registry's /api/people/transfers). */
export function useTransfers(direction: 'incoming' | 'outgoing') {
  return useQuery({
    queryKey: ['transfers', direction],
    queryFn: () => listTransfers({ query: { direction } }),
  });
}

export function useRequestTransfer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonTransferCreateT) => createTransfer({ body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['transfers'] }),
  });
}

export function useDecideTransfer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; body: PersonTransferDecisionT }) =>
      decideTransfer({ params: { id: v.id }, body: v.body }),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ['transfers'] }), qc.invalidateQueries({ queryKey: ['workers'] })]),
  });
}

export function useCancelTransfer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => cancelTransfer({ params: { id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['transfers'] }),
  });
}

/** The registry's neutral refusal of a personal ID held by another unit: the form offers a transfer request. */
export function transferablePersonId(error: unknown): string | null {
  const details = (error as { details?: { transferable?: boolean; personId?: string } } | null)?.details;
  return details?.transferable && typeof details.personId === 'string' ? details.personId : null;
}
