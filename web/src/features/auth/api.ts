import {
  type Capability,
  ChangePasswordBody,
  type CurrentUserT,
  LoginBody,
  Ok,
  ROLES,
  type Role,
  SessionResponse,
} from '@lmis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { endpoint } from '../../kit/client.ts';
import { ApiError, setCsrfToken } from '../../kit/http.ts';

export const getSession = endpoint({ method: 'GET', path: '/api/auth/me', response: SessionResponse });
export const login = endpoint({ method: 'POST', path: '/api/auth/login', body: LoginBody, response: SessionResponse });
export const logout = endpoint({ method: 'POST', path: '/api/auth/logout', response: Ok });
export const changePassword = endpoint({
  method: 'POST',
  path: '/api/auth/password',
  body: ChangePasswordBody,
  response: Ok,
});

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<CurrentUserT | null> => {
      try {
        const session = await getSession();
        setCsrfToken(session.csrfToken);
        return session.user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** The signed-in user; only for pages rendered inside the signed-in layout. */
export function useCurrentUser(): CurrentUserT {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the signed-in layout');
  return data;
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Static<typeof LoginBody>) => login({ body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      qc.clear();
      qc.setQueryData(ME_KEY, session.user);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => {
      setCsrfToken('');
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Static<typeof ChangePasswordBody>) => changePassword({ body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}

export function roleLabel(role: string, lang: 'vi' | 'en'): string {
  return isRole(role) ? ROLES[role][lang] : role;
}

/**
 * Whether the signed-in user may do something, by the capabilities the server's policies granted
 * (`/api/auth/me`). The web keeps no role lists: it only shows and guards by these; the server still decides.
 */
export function can(user: CurrentUserT | null | undefined, capability: Capability): boolean {
  return user?.capabilities.includes(capability) ?? false;
}

/** `can` for the signed-in user, in a component. */
export function useCan(capability: Capability): boolean {
  return can(useMe().data, capability);
}

/** A guard for menu entries and routes: whether the user holds the capability. */
export const allowedBy = (capability: Capability) => (user: CurrentUserT) => can(user, capability);
