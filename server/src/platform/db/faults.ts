/**
 * What a database error means for the request that met it: the database is away (503, try again shortly), the
 * statement ran past the interactive time limit (504), or neither (the caller's own business).
 */
export type DbFault = 'unavailable' | 'timeout';

// SQLSTATE class 08 (connection exception) and 57P01–57P05 (the server shut down or cannot accept connections).
const UNAVAILABLE_STATES = /^(08|57P0[1-5]|53300)/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
];

/** Classifies an error (looking through wrappers such as drizzle's DrizzleQueryError) as a database fault. */
export function dbFault(error: unknown): DbFault | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : '';
    // 57014 query_canceled: the statement_timeout of an interactive request (or a cancel at shutdown).
    if (code === '57014' || message === 'Query read timeout') return 'timeout';
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code))) return 'unavailable';
    if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return 'unavailable';
  }
  return undefined;
}
