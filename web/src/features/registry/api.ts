import type {
  CurrentUserT,
  ImportPreviewT,
  ImportStatusT,
  WorkerInputT,
  WorkerListQueryT,
  WorkerStatsT,
  WorkerT,
  WorkerUpdateT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../lib/api.ts';

export interface WorkerPage {
  items: WorkerT[];
  total: number;
  totalKind: 'exact' | 'estimated' | 'cached';
  totalAsOf: string | null;
  page: number;
  pageSize: number;
  nextCursor: string | null;
  prevCursor: string | null;
}

/** List filters as they travel in the URL and to the API (empty values are left out). */
export type WorkerFilters = Partial<Omit<WorkerListQueryT, 'page' | 'pageSize' | 'sort'>>;

export function useWorkers(query: WorkerFilters & { sort: WorkerListQueryT['sort']; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['workers', 'list', query],
    queryFn: ({ signal }) => api<WorkerPage>('/api/workers', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWorker(personId: string | undefined) {
  return useQuery({
    queryKey: ['workers', 'one', personId],
    queryFn: () => api<WorkerT>(`/api/workers/${encodeURIComponent(personId ?? '')}`),
    enabled: Boolean(personId),
  });
}

export function fetchWorker(personId: string) {
  return api<WorkerT>(`/api/workers/${encodeURIComponent(personId)}`);
}

export function useWorkerStats(query: { unitCode?: string; roundYear?: number }) {
  return useQuery({
    queryKey: ['workers', 'stats', query],
    queryFn: () => api<WorkerStatsT>('/api/workers/stats', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateWorker() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerInputT) => api<WorkerT>('/api/workers', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}

export function useUpdateWorker() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: WorkerUpdateT }) =>
      api<WorkerT>(`/api/workers/${encodeURIComponent(personId)}`, { method: 'PUT', body }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['workers'] });
      qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Export links carry the list filters; the browser downloads the file the server streams. */
export function exportUrl(format: 'xlsx' | 'csv', filters: WorkerFilters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return `/api/workers/export.${format}${s ? `?${s}` : ''}`;
}

// ---- imports ----

export function useImports() {
  return useQuery({
    queryKey: ['worker-imports', 'list'],
    queryFn: () => api<ImportStatusT[]>('/api/worker-imports'),
  });
}

const RUNNING = new Set(['queued', 'running']);
export const isImportRunning = (status: string | undefined) => status !== undefined && RUNNING.has(status);

/** An import's progress, polled every second while it is queued or running. */
export function useImportStatus(id: number | null) {
  return useQuery({
    queryKey: ['worker-imports', 'one', id],
    queryFn: () => api<ImportStatusT>(`/api/worker-imports/${id}`),
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
  const session = await api<{ csrfToken: string }>('/api/auth/me');
  setCsrfToken(session.csrfToken);
  const form = new FormData();
  // Fields before the file: the server reads them together with the file part.
  if (input.unitCode) form.append('unitCode', input.unitCode);
  form.append('roundYear', String(input.roundYear));
  form.append('file', input.file, input.file.name);
  return api<ImportPreviewT>('/api/worker-imports', { method: 'POST', body: form });
}

export function useUploadImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['worker-imports', 'list'] }),
  });
}

export function useRunImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, mapping }: { id: number; mapping?: Record<string, number> }) =>
      api<ImportStatusT>(`/api/worker-imports/${id}/run`, { method: 'POST', body: mapping ? { mapping } : {} }),
    onSuccess: (status) => {
      qc.setQueryData(['worker-imports', 'one', status.id], status);
      qc.invalidateQueries({ queryKey: ['worker-imports', 'list'] });
    },
  });
}

// ---- permissions (mirror workers.policy on the server; the server still decides) ----

const READERS = ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'];
const WRITERS = ['system_admin', 'province_officer', 'commune_officer'];

export const canReadWorkers = (user: CurrentUserT) => READERS.includes(user.role);
export const canWriteWorkers = (user: CurrentUserT) => WRITERS.includes(user.role);
