import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import { findPgError } from './db-errors.ts';

/** A short reference that ties what a user or an import record shows to the one log line with the details. */
export const newErrorReference = () => randomUUID().slice(0, 8);

/** Where in our code an error came from (file:line of the first frame outside node_modules), without the stack. */
function origin(stack: string | undefined): string | undefined {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const m = /(?:\(|\s)((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?$/.exec(line.trim());
    if (m?.[1] && !m[1].includes('/node_modules/') && !m[1].startsWith('node:')) {
      return `${m[1].replace(/^.*\/(server|packages)\//, '$1/')}:${m[2]}`;
    }
  }
  return undefined;
}

// Messages that quote values: "invalid input syntax for type integer: \"abc\"", "Key (person_id)=(0123…)".
const QUOTED = /"[^"]*"|'[^']*'|\([^)]*\)=\([^)]*\)/g;

/**
 * What is logged of an error: its type, code and database fields, a message with quoted values blanked and
 * where it came from. Never the SQL text, its parameters, the database's detail line (which quotes the row) or
 * the stack: a 500 must not copy names and personal IDs into the log.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { message: String(error).slice(0, 200) };
  const e = error as Error & { code?: unknown; statusCode?: unknown };
  const pg = findPgError(error);
  const failedQuery = /^Failed query:/.test(e.message ?? '');
  const cause = (e as { cause?: unknown }).cause as Error | undefined;
  const message = failedQuery ? (cause?.message ?? 'query failed') : (e.message ?? '');
  return {
    type: e.name ?? e.constructor?.name,
    ...(typeof e.code === 'string' && { code: e.code }),
    ...(typeof e.statusCode === 'number' && { statusCode: e.statusCode }),
    ...(pg && { sqlState: pg.code, constraint: pg.constraint, table: pg.table, column: pg.column }),
    ...(typeof (e as { reference?: unknown }).reference === 'string' && {
      reference: (e as { reference?: string }).reference,
    }),
    message: message.replace(QUOTED, '«…»').slice(0, 300),
    at: origin(e.stack),
  };
}

/**
 * pino options for the server: errors through safeError, and request bodies, SQL parameters and query texts
 * redacted wherever a log call puts them.
 */
export function logOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: {
      err: safeError,
      error: safeError,
      // The query string can hold a searched name, and a path a personal ID: log the path with long numbers masked.
      req: (req: { method?: string; url?: string; id?: string; ip?: string }) => ({
        method: req.method,
        url: req.url?.split('?')[0]?.replace(/\d{9,}/g, '#'),
        id: req.id,
        remoteAddress: req.ip,
      }),
    },
    redact: {
      paths: [
        'body',
        'params',
        'query',
        'sql',
        'req.body',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        '*.body',
        '*.params',
        '*.query',
        '*.sql',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * The server's logger: readable lines in a terminal (pino-pretty, times in local time, no pid/host noise), one
 * JSON object a line otherwise (a service manager, a file, a log collector).
 */
export function createLogger(level: string, opts: { pretty?: boolean } = {}): Logger {
  const options = logOptions(level);
  if (!(opts.pretty ?? process.stdout.isTTY)) return pino(options);
  return pino(
    options,
    pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true, sync: true }),
  );
}

/**
 * One line per request, at debug level (LOG_LEVEL=debug shows them): Fastify's own request logs are at info and
 * would flood an office server's log with every list page and poll.
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      { req: request, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });
}
