import {
  CreateEmployerBody,
  type CreateEmployerBodyT,
  Employer,
  EmployerListQuery,
  type EmployerListQueryT,
  UpdateEmployerBody,
  type UpdateEmployerBodyT,
} from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoint } from '../../kit/client.ts';
import { withQuery } from '../../kit/http.ts';
import { PagedAnswer, withCursor } from '../../kit/list/paging.ts';

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
export type EmployerFilters = Partial<Omit<EmployerListQueryT, 'page' | 'pageSize'>>;

export const exportUrl = (format: 'xlsx' | 'csv', filters: EmployerFilters) =>
  withQuery(`/api/employers/export.${format}`, { q: filters.q, communeCode: filters.communeCode });

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
