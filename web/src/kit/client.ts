import type { Static, TSchema } from 'typebox';
import { type Method, type Query, request } from './http.ts';

/**
 * The typed API client. An endpoint is declared once from the contract schemas (packages/contracts) — method, path
 * with its `:params`, query, body and response schema — and becomes one function whose arguments and answer carry
 * the schemas' static types: no caller asserts what the server answers.
 *
 *   export const getWorker = endpoint({ method: 'GET', path: '/api/workers/:personId', response: Worker });
 *   const w = await getWorker({ params: { personId } });   // w: Static<typeof Worker>
 */
export interface EndpointSpec<
  P extends string = string,
  Q extends TSchema | undefined = TSchema | undefined,
  B extends TSchema | 'multipart' | undefined = TSchema | 'multipart' | undefined,
  R extends TSchema = TSchema,
> {
  method: Method;
  path: P;
  /** The querystring schema; keys with a server default may be left out. */
  query?: Q;
  /** The JSON body schema, or 'multipart' for a FormData upload. */
  body?: B;
  response: R;
}

/** `'/api/households/:id/reviews/:year'` → `'id' | 'year'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type ParamsArg<P extends string> = [PathParamNames<P>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParamNames<P>, string | number> };
type QueryArg<Q> = Q extends TSchema ? { query?: Partial<Static<Q>> } : { query?: undefined };
type BodyArg<B> = B extends 'multipart'
  ? { body: FormData }
  : B extends TSchema
    ? { body: Static<B> }
    : { body?: undefined };

export type EndpointArgs<P extends string, Q, B> = ParamsArg<P> & QueryArg<Q> & BodyArg<B> & { signal?: AbortSignal };

/** Arguments are optional when the endpoint has no path parameter and no body. */
type Call<P extends string, Q, B, R extends TSchema> = ([PathParamNames<P>] extends [never]
  ? B extends undefined
    ? (args?: EndpointArgs<P, Q, B>) => Promise<Static<R>>
    : (args: EndpointArgs<P, Q, B>) => Promise<Static<R>>
  : (args: EndpointArgs<P, Q, B>) => Promise<Static<R>>) & { spec: EndpointSpec<P> };

/** Fills the `:name` segments of a path, each value URI-encoded; a missing value is a programming error. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z]\w*)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

export function endpoint<
  const P extends string,
  Q extends TSchema | undefined = undefined,
  B extends TSchema | 'multipart' | undefined = undefined,
  R extends TSchema = TSchema,
>(spec: EndpointSpec<P, Q, B, R>): Call<P, Q, B, R> {
  const call = async (args?: {
    params?: Record<string, string | number>;
    query?: object;
    body?: unknown;
    signal?: AbortSignal;
  }) =>
    (await request(fillPath(spec.path, args?.params), {
      method: spec.method,
      query: args?.query as Query | undefined,
      body: args?.body,
      signal: args?.signal,
    })) as Static<R>;
  return Object.assign(call, { spec }) as unknown as Call<P, Q, B, R>;
}

/** The address of a GET endpoint that the browser opens itself (a file download), with its query. */
export function endpointUrl<P extends string, Q extends TSchema | undefined>(
  spec: EndpointSpec<P, Q, undefined>,
  args: { params?: Record<string, string | number>; query?: Partial<Static<NonNullable<Q>>> },
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(args.query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return `${fillPath(spec.path, args.params)}${s ? `?${s}` : ''}`;
}
