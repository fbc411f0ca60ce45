import { HouseholdDetail, Ok, PutReviewBody, WorkerListQuery } from '@lmis/contracts';
import Type from 'typebox';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endpoint, endpointUrl, fillPath } from './client.ts';
import { ApiError, setCsrfToken } from './http.ts';

function answer(status: number, body: unknown) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken('');
});

describe('fillPath', () => {
  it('fills and encodes each path parameter', () => {
    expect(fillPath('/api/households/:id/reviews/:year', { id: 7, year: 2026 })).toBe('/api/households/7/reviews/2026');
    expect(fillPath('/api/reference/catalogues/:name', { name: 'a b/c' })).toBe('/api/reference/catalogues/a%20b%2Fc');
  });

  it('refuses to call an address with a missing parameter', () => {
    expect(() => fillPath('/api/households/:id', {})).toThrow(/missing path parameter id/);
  });
});

describe('endpoint', () => {
  it('sends the method, the filled path, the query without empty values and the JSON body with the CSRF token', async () => {
    const fetch = answer(200, { id: 1 });
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('tok');
    const put = endpoint({
      method: 'PUT',
      path: '/api/households/:id/reviews/:year',
      body: PutReviewBody,
      response: Type.Object({ id: Type.Integer() }),
    });
    const result = await put({
      params: { id: 3, year: 2026 },
      body: { incomePerCapitaVnd: 1_000_000, memberCount: 4, deprivations: [] },
    });
    expect(result).toEqual({ id: 1 });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/households/3/reviews/2026');
    expect(init?.method).toBe('PUT');
    expect((init?.headers as Record<string, string> | undefined)?.['x-csrf-token']).toBe('tok');
    expect(JSON.parse(String(init?.body))).toEqual({ incomePerCapitaVnd: 1_000_000, memberCount: 4, deprivations: [] });
  });

  it('puts the query in the address and sends no CSRF token on a read', async () => {
    const fetch = answer(200, { items: [], total: 0, page: 1, pageSize: 20 });
    vi.stubGlobal('fetch', fetch);
    const list = endpoint({ method: 'GET', path: '/api/workers', query: WorkerListQuery, response: Ok });
    await list({ query: { q: 'nguyen', sex: undefined, page: 2 } });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/workers?q=nguyen&page=2');
    expect((init?.headers as Record<string, string> | undefined)?.['x-csrf-token']).toBeUndefined();
  });

  it('turns an error answer into an ApiError with both messages and the field issues', async () => {
    vi.stubGlobal(
      'fetch',
      answer(400, {
        error: {
          code: 'VALIDATION',
          message: 'Dữ liệu không hợp lệ',
          messageEn: 'Invalid data',
          details: [{ field: 'headName', message: 'Bắt buộc', messageEn: 'Required' }],
          requestId: 'r1',
        },
      }),
    );
    const get = endpoint({ method: 'GET', path: '/api/households/:id', response: HouseholdDetail });
    const error = await get({ params: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      messageVi: 'Dữ liệu không hợp lệ',
      requestId: 'r1',
    });
  });
});

describe('endpointUrl', () => {
  it('builds a download address with its filters', () => {
    const spec = { method: 'GET' as const, path: '/api/workers/export.:format', query: WorkerListQuery, response: Ok };
    expect(endpointUrl(spec, { params: { format: 'xlsx' }, query: { sex: 'male', q: '' } })).toBe(
      '/api/workers/export.xlsx?sex=male',
    );
  });
});
