import type { ErrorBody } from '@lmis/contracts';

/** An error answered by the API, or a network failure (code NETWORK, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details: unknown;
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    messageVi: string;
    messageEn: string;
    details?: unknown;
    requestId?: string | null;
  }) {
    super(init.messageEn);
    this.status = init.status;
    this.code = init.code;
    this.messageVi = init.messageVi;
    this.messageEn = init.messageEn;
    this.details = init.details;
    this.requestId = init.requestId ?? null;
  }
}

export interface FieldIssue {
  field: string;
  message: string;
  messageEn?: string;
}

/** The per-field issues of a refused input (400), when the server sent them. */
export function fieldIssues(error: unknown): FieldIssue[] {
  // Any 400 may name its fields (VALIDATION, WRONG_CURRENT_PASSWORD, WEAK_PASSWORD …).
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (d): d is FieldIssue =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as FieldIssue).field === 'string' &&
      typeof (d as FieldIssue).message === 'string',
  );
}

// The anti-forgery token comes with the session (login or /api/auth/me) and goes on every mutating request.
let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

let onUnauthenticated: (() => void) | null = null;
/** Called when a request other than the session check answers 401 (the session expired). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The one fetch of the web app: JSON (or multipart) in, JSON out, errors as ApiError. Answers are `unknown`: only
 * the typed client (client.ts) gives them a type, the one of the endpoint's response schema.
 */
export async function request(
  path: string,
  options: {
    method?: Method;
    query?: Query;
    body?: unknown;
    signal?: AbortSignal;
  } = {},
): Promise<unknown> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (a file upload) goes as multipart with the boundary fetch sets; anything else as JSON.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      messageVi: 'Không kết nối được máy chủ, vui lòng kiểm tra mạng và thử lại',
      messageEn: 'Cannot reach the server; check the network and try again',
    });
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const body = (data as Partial<ErrorBody> | null)?.error;
    const error = new ApiError({
      status: res.status,
      code: body?.code ?? 'INTERNAL',
      messageVi: body?.message ?? `Lỗi máy chủ (HTTP ${res.status})`,
      messageEn: body?.messageEn ?? `Server error (HTTP ${res.status})`,
      details: body?.details,
      requestId: body?.requestId ?? null,
    });
    if (res.status === 401 && path !== '/api/auth/me' && path !== '/api/auth/login') onUnauthenticated?.();
    throw error;
  }
  return data;
}
