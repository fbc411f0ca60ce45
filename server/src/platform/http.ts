import { ERROR_CODES, type ErrorBody, STRING_FORMAT_MESSAGES, type StringFormat } from '@lmis/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dbFault } from './db/faults.ts';
import { appErrorFromDatabase } from './db-errors.ts';
import { AppError } from './errors.ts';
import { newErrorReference } from './log.ts';
import type { FieldIssue } from './validation.ts';

const VI_RULES: Record<string, (p: Record<string, unknown>) => string> = {
  required: () => 'bắt buộc nhập',
  type: (p) =>
    `sai kiểu dữ liệu (cần ${p.type === 'integer' ? 'số nguyên' : p.type === 'number' ? 'số' : p.type === 'string' ? 'chuỗi' : String(p.type)})`,
  pattern: () => 'sai định dạng',
  minLength: (p) => `cần ít nhất ${p.limit} ký tự`,
  maxLength: (p) => `tối đa ${p.limit} ký tự`,
  minimum: (p) => `không được nhỏ hơn ${p.limit}`,
  maximum: (p) => `không được lớn hơn ${p.limit}`,
  const: () => 'giá trị không được chấp nhận',
  enum: () => 'giá trị không được chấp nhận',
  anyOf: () => 'giá trị không được chấp nhận',
  additionalProperties: (p) => `trường không được phép: ${String(p.additionalProperty)}`,
  format: (p) => STRING_FORMAT_MESSAGES[p.format as StringFormat]?.vi ?? `sai định dạng ${String(p.format)}`,
};

const EN_FORMAT = (p: Record<string, unknown>) => STRING_FORMAT_MESSAGES[p.format as StringFormat]?.en;

/** Turns Fastify/Ajv validation errors into per-field Vietnamese and English messages. */
function fieldIssues(error: FastifyError): FieldIssue[] {
  const issues = (error.validation ?? []).map((v) => {
    const params = (v.params ?? {}) as Record<string, unknown>;
    const path = String(v.instancePath ?? '')
      .replace(/^\//, '')
      .replaceAll('/', '.');
    const field = v.keyword === 'required' ? [path, String(params.missingProperty)].filter(Boolean).join('.') : path;
    const vi = VI_RULES[v.keyword]?.(params) ?? 'không hợp lệ';
    const en = (v.keyword === 'format' && EN_FORMAT(params)) || v.message || 'invalid';
    return { field: field || (error.validationContext ?? 'body'), message: vi, messageEn: en };
  });
  // A union failing reports every branch; keep the first message per field.
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.field) && seen.add(i.field));
}

function send(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.messageVi,
      messageEn: error.messageEn,
      details: error.details,
      requestId: request.id,
    },
  };
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply.status(error.status).send(body);
}

/** Codes that are a refusal of access: each leaves a security event (through `onRefusal`). */
const REFUSALS = new Set(['CSRF', 'FORBIDDEN', 'OUT_OF_SCOPE', 'PASSWORD_CHANGE_REQUIRED']);

export function installErrorHandling(
  app: FastifyInstance,
  opts: { onRefusal?: (request: FastifyRequest, error: AppError) => Promise<void> } = {},
) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (opts.onRefusal && (error.refusal || REFUSALS.has(error.code))) {
        await opts.onRefusal(request, error).catch((e) => request.log.error({ err: e }, 'security log write failed'));
      }
      // The user reads the worded refusal; the operator gets the fault behind it.
      if (error.cause !== undefined) request.log.warn({ err: error.cause, code: error.code }, 'request refused');
      return send(reply, request, error);
    }
    if (error.validation) {
      const details = fieldIssues(error);
      const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
      return send(reply, request, new AppError('VALIDATION', { vi: `Dữ liệu không hợp lệ — ${summary}`, details }));
    }
    if (error.statusCode === 429) return send(reply, request, new AppError('RATE_LIMITED'));
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return send(reply, request, new AppError('PAYLOAD_TOO_LARGE'));
    }
    // A duplicate key, a concurrent change or a value the database cannot hold, wherever it was wrapped.
    const fromDatabase = appErrorFromDatabase(error);
    if (fromDatabase) {
      request.log.info({ err: error, code: fromDatabase.code }, 'request refused by the database');
      return send(reply, request, fromDatabase);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, new AppError('BAD_REQUEST', { en: error.message.slice(0, 200) }));
    }
    // The database is away (503, try again shortly) or the statement ran past the interactive limit (504).
    const fault = dbFault(error);
    if (fault) {
      request.log.warn({ err: error }, fault === 'timeout' ? 'statement timeout' : 'database unavailable');
      const appError = new AppError(fault === 'timeout' ? 'QUERY_TIMEOUT' : 'DB_UNAVAILABLE');
      if (fault === 'unavailable') reply.header('retry-after', '5');
      return send(reply, request, appError);
    }
    // The client gets a reference, the log the reason (safeError: no SQL, parameters, row values or stack).
    const reference = newErrorReference();
    request.log.error({ err: error, reference }, 'unhandled error');
    return send(
      reply,
      request,
      new AppError('INTERNAL', {
        vi: `${ERROR_CODES.INTERNAL.vi} (mã tham chiếu ${reference})`,
        en: `${ERROR_CODES.INTERNAL.en} (reference ${reference})`,
        details: { reference },
      }),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, request, new AppError('NOT_FOUND', { en: `No route ${request.method} ${request.url.split('?')[0]}` })),
  );
}

export { ERROR_CODES };

/** `Content-Disposition` of a download: an ASCII name for old clients and the UTF-8 name (RFC 6266, RFC 5987). */
export const attachmentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
