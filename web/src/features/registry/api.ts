import {
  ImportPreview,
  ImportRetention,
  ImportRunBody,
  ImportStatus,
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
import { setCsrfToken } from '../../kit/http.ts';
import { PagedAnswer, withCursor } from '../../kit/list/paging.ts';
import { getSession } from '../auth/index.ts';

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
export const listImports = endpoint({
  method: 'GET',
  path: '/api/worker-imports',
  response: Type.Array(ImportStatus),
});
export const getImport = endpoint({ method: 'GET', path: '/api/worker-imports/:id', response: ImportStatus });
export const uploadImportFile = endpoint({
  method: 'POST',
  path: '/api/worker-imports',
  body: 'multipart',
  response: ImportPreview,
});
export const discardImport = endpoint({
  method: 'DELETE',
  path: '/api/worker-imports/:id',
  response: Type.Null(),
});
export const getImportRetention = endpoint({
  method: 'GET',
  path: '/api/worker-imports/retention',
  response: ImportRetention,
});
export const runImport = endpoint({
  method: 'POST',
  path: '/api/worker-imports/:id/run',
  body: ImportRunBody,
  response: ImportStatus,
});
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

// ---- imports ----

export function useImports() {
  return useQuery({
    queryKey: ['worker-imports', 'list'],
    queryFn: () => listImports(),
  });
}

const RUNNING = new Set(['queued', 'running']);
export const isImportRunning = (status: string | undefined) => status !== undefined && RUNNING.has(status);

/** An import's progress, polled every second while it is queued or running. */
export function useImportStatus(id: number | null) {
  return useQuery({
    queryKey: ['worker-imports', 'one', id],
    queryFn: () => getImport({ params: { id: id ?? 0 } }),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (q) => (isImportRunning(q.state.data?.status) ? 1000 : false),
  });
}

/**
 * Uploads a register file as multipart, after reading the session's anti-forgery token from /api/auth/me (the same
 * token the session already holds).
 */
export async function uploadImport(input: { file: File; unitCode?: string; roundYear: number }) {
  const session = await getSession();
  setCsrfToken(session.csrfToken);
  const form = new FormData();
  // Fields before the file: the server reads them together with the file part.
  if (input.unitCode) form.append('unitCode', input.unitCode);
  form.append('roundYear', String(input.roundYear));
  form.append('file', input.file, input.file.name);
  return uploadImportFile({ body: form });
}

export function useUploadImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['worker-imports', 'list'] }),
  });
}

/** How many days uploads are kept before the server deletes them. */
export function useImportRetention() {
  return useQuery({
    queryKey: ['worker-imports', 'retention'],
    queryFn: () => getImportRetention(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Discards an upload never run: the server deletes the record and the file, and records it in the change log. */
export function useDiscardImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => discardImport({ params: { id } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['worker-imports', 'list'] });
      void qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export function useRunImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      mapping,
      acceptWarnings,
    }: {
      id: number;
      mapping?: Record<string, number>;
      acceptWarnings?: boolean;
    }) =>
      runImport({
        params: { id },
        body: { ...(mapping && { mapping }), ...(acceptWarnings && { acceptWarnings }) },
      }),
    onSuccess: (status) => {
      qc.setQueryData(['worker-imports', 'one', status.id], status);
      void qc.invalidateQueries({ queryKey: ['worker-imports', 'list'] });
    },
  });
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
