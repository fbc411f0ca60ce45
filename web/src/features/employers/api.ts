import {
  CreateEmployerBody,
  type CreateEmployerBodyT,
  Employer,
  EmployerListQuery,
  type EmployerListQueryT,
  ImportPreview,
  ImportRunBody,
  ImportStatus,
  UpdateEmployerBody,
  type UpdateEmployerBodyT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoint } from '../../kit/client.ts';
import { setCsrfToken, withQuery } from '../../kit/http.ts';
import { PagedAnswer, withCursor } from '../../kit/list/paging.ts';
import { getSession } from '../auth/index.ts';

export const listEmployers = endpoint({
  method: 'GET',
  path: '/api/employers',
  query: withCursor(EmployerListQuery),
  response: PagedAnswer(Employer),
});
export const getEmployer = endpoint({ method: 'GET', path: '/api/employers/:id', response: Employer });
export const createEmployer = endpoint({
  method: 'POST',
  path: '/api/employers',
  body: CreateEmployerBody,
  response: Employer,
});
export const updateEmployer = endpoint({
  method: 'PUT',
  path: '/api/employers/:id',
  body: UpdateEmployerBody,
  response: Employer,
});
const uploadFile = endpoint({
  method: 'POST',
  path: '/api/employer-imports',
  body: 'multipart',
  response: ImportPreview,
});
const runImport = endpoint({
  method: 'POST',
  path: '/api/employer-imports/:id/run',
  body: ImportRunBody,
  response: ImportStatus,
});
const getImport = endpoint({ method: 'GET', path: '/api/employer-imports/:id', response: ImportStatus });

export type EmployerFilters = Partial<Omit<EmployerListQueryT, 'page' | 'pageSize'>>;

export const exportUrl = (format: 'xlsx' | 'csv', filters: EmployerFilters) =>
  withQuery(`/api/employers/export.${format}`, { q: filters.q, communeCode: filters.communeCode });
export const TEMPLATE_URL = '/api/employer-imports/template.xlsx';
export const errorsUrl = (id: number) => `/api/employer-imports/${id}/errors.xlsx`;

export function useEmployers(query: EmployerFilters & { page: number; pageSize: number; cursor?: string }) {
  return useQuery({
    queryKey: ['employers', 'list', query],
    queryFn: ({ signal }) => listEmployers({ query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(id: number | undefined) {
  return useQuery({
    queryKey: ['employers', 'one', id],
    queryFn: () => getEmployer({ params: { id: id ?? 0 } }),
    enabled: id !== undefined,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['employers'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useSaveEmployer() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { id?: number; body: CreateEmployerBodyT | UpdateEmployerBodyT }) =>
      input.id === undefined
        ? createEmployer({ body: input.body as CreateEmployerBodyT })
        : updateEmployer({ params: { id: input.id }, body: input.body as UpdateEmployerBodyT }),
    onSuccess: invalidate,
  });
}

/** Uploads a list, then runs it with the mapping the server found (the look-alike warnings accepted by the user). */
export function useImportEmployers() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: { file: File; acceptWarnings: boolean }) => {
      const session = await getSession();
      setCsrfToken(session.csrfToken);
      const form = new FormData();
      form.append('file', input.file, input.file.name);
      const preview = await uploadFile({ body: form });
      return runImport({ params: { id: preview.import.id }, body: { acceptWarnings: input.acceptWarnings } });
    },
    onSuccess: invalidate,
  });
}

export function useEmployerImport(id: number | null) {
  return useQuery({
    queryKey: ['employers', 'import', id],
    queryFn: () => getImport({ params: { id: id ?? 0 } }),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (q) => (['queued', 'running', 'uploaded'].includes(q.state.data?.status ?? '') ? 1000 : false),
  });
}
