import { ImportPreview, ImportRetention, ImportRunBody, ImportStatus, SessionResponse } from '@lmis/contracts';
import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import Type from 'typebox';
import { endpoint } from '../client.ts';
import { setCsrfToken } from '../http.ts';
import { isImportRunning, type Mapping } from './state.ts';

/**
 * The client of one tabular import, given its base path (`/api/worker-imports`, `/api/employer-imports`,
 * `/api/household-imports`): the server serves the same routes at each (platform/imports `tabularImportRoutes`).
 */
const list = (base: string) => endpoint({ method: 'GET', path: base, response: Type.Array(ImportStatus) });
const one = (base: string, id: number) => endpoint({ method: 'GET', path: `${base}/${id}`, response: ImportStatus });
const upload = (base: string) => endpoint({ method: 'POST', path: base, body: 'multipart', response: ImportPreview });
const discard = (base: string, id: number) =>
  endpoint({ method: 'DELETE', path: `${base}/${id}`, response: Type.Null() });
const run = (base: string, id: number) =>
  endpoint({ method: 'POST', path: `${base}/${id}/run`, body: ImportRunBody, response: ImportStatus });
const retention = (base: string) => endpoint({ method: 'GET', path: `${base}/retention`, response: ImportRetention });
const session = endpoint({ method: 'GET', path: '/api/auth/me', response: SessionResponse });

/** Addresses the browser opens itself (file downloads). */
export const errorsUrl = (base: string, id: number) => `${base}/${id}/errors.xlsx`;
export const templateUrl = (base: string) => `${base}/template.xlsx`;

/** Query keys under the base path, so two kinds of import never share a cache entry. */
const keys = {
  list: (base: string) => [base, 'list'] as const,
  one: (base: string, id: number | null) => [base, 'one', id] as const,
  retention: (base: string) => [base, 'retention'] as const,
};

export function useImports(base: string) {
  return useQuery({ queryKey: keys.list(base), queryFn: () => list(base)() });
}

/** An import's progress, polled every second while it is queued or running. */
export function useImportStatus(base: string, id: number | null) {
  return useQuery({
    queryKey: keys.one(base, id),
    queryFn: () => one(base, id ?? 0)(),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (q) => (isImportRunning(q.state.data?.status) ? 1000 : false),
  });
}

/** The upload form: the file, the receiving unit when chosen, and the kind's extra fields (the collection year). */
export interface UploadInput {
  file: File;
  unitCode?: string;
  fields?: Record<string, string | number>;
}

/** The multipart body: the fields before the file, since the server reads them together with the file part. */
export function uploadForm(input: UploadInput): FormData {
  const form = new FormData();
  if (input.unitCode) form.append('unitCode', input.unitCode);
  for (const [name, value] of Object.entries(input.fields ?? {})) form.append(name, String(value));
  form.append('file', input.file, input.file.name);
  return form;
}

/**
 * Uploads a list as multipart, after reading the session's anti-forgery token from /api/auth/me (the same token the
 * session already holds; a page left open across a new sign-in would otherwise send a stale one).
 */
export function useUploadImport(base: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UploadInput) => {
      setCsrfToken((await session()).csrfToken);
      return upload(base)({ body: uploadForm(input) });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.list(base) }),
  });
}

/** How many days uploads are kept before the server deletes them (asked only of kinds that answer it). */
export function useImportRetention(base: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.retention(base),
    queryFn: () => retention(base)(),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Discards an upload never run: the server deletes the record and the file, and records it in the change log. */
export function useDiscardImport(base: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => discard(base, id)(),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.list(base) });
      void qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** Runs (or runs again) an upload, with the confirmed mapping on a first run. */
export function useRunImport(base: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, mapping, acceptWarnings }: { id: number; mapping?: Mapping; acceptWarnings?: boolean }) =>
      run(base, id)({ body: { ...(mapping && { mapping }), ...(acceptWarnings && { acceptWarnings }) } }),
    onSuccess: (status) => {
      qc.setQueryData(keys.one(base, status.id), status);
      void qc.invalidateQueries({ queryKey: keys.list(base) });
    },
  });
}

/**
 * When a followed run ends (`endKey` names the ending: id, status and finish time, so a re-run that ends refreshes
 * again): the recent imports, the home page's counts and the list's own data are stale.
 */
export function useRefreshWhenEnded(base: string, lists: readonly QueryKey[], endKey: string | null) {
  const qc = useQueryClient();
  const listsRef = useRef(lists);
  listsRef.current = lists;
  useEffect(() => {
    if (endKey === null) return;
    void qc.invalidateQueries({ queryKey: keys.list(base) });
    void qc.invalidateQueries({ queryKey: ['home'] });
    for (const key of listsRef.current) void qc.invalidateQueries({ queryKey: key });
  }, [qc, base, endKey]);
}
