import { ApiTokenRow, CreateApiTokenBody, CreatedApiToken } from '@lmis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Type from 'typebox';
import { endpoint } from '../../kit/client.ts';

export const listApiTokens = endpoint({ method: 'GET', path: '/api/api-tokens', response: Type.Array(ApiTokenRow) });
export const createApiToken = endpoint({
  method: 'POST',
  path: '/api/api-tokens',
  body: CreateApiTokenBody,
  response: CreatedApiToken,
});
export const revokeApiToken = endpoint({ method: 'POST', path: '/api/api-tokens/:id/revoke', response: ApiTokenRow });

const KEY = ['api-tokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: KEY, queryFn: () => listApiTokens() });
}

export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof createApiToken>[0]['body']) => createApiToken({ body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => revokeApiToken({ params: { id: String(id) } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
