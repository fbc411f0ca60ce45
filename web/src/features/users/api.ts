import type { CreateUserBodyT, UpdateUserBodyT, UserRowT } from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

interface UserPage {
  items: UserRowT[];
  total: number;
  page: number;
  pageSize: number;
}

export function useUsers(query: { q: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: () => api<UserPage>('/api/users', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBodyT) => api<UserRowT>('/api/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBodyT }) =>
      api<UserRowT>(`/api/users/${id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Reads one account afresh (after a CONFLICT, to edit the current version). */
export function fetchUser(id: number) {
  return api<UserRowT>(`/api/users/${id}`);
}
