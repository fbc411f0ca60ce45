import { CreateUserBody, Paged, UpdateUserBody, UserListQuery, UserRow } from '@lmis/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { endpoint } from '../../kit/client.ts';

export const listUsers = endpoint({
  method: 'GET',
  path: '/api/users',
  query: UserListQuery,
  response: Paged(UserRow),
});
export const getUser = endpoint({ method: 'GET', path: '/api/users/:id', response: UserRow });
export const createUser = endpoint({ method: 'POST', path: '/api/users', body: CreateUserBody, response: UserRow });
export const updateUser = endpoint({
  method: 'PATCH',
  path: '/api/users/:id',
  body: UpdateUserBody,
  response: UserRow,
});

export function useUsers(query: { q: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: () => listUsers({ query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Static<typeof CreateUserBody>) => createUser({ body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: Static<typeof UpdateUserBody> }) =>
      updateUser({ params: { id }, body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Reads one account afresh (after a CONFLICT, to edit the current version). */
export function fetchUser(id: number) {
  return getUser({ params: { id } });
}
