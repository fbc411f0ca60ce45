import { INT4_MAX, INT4_MIN, STRING_FORMATS, textProblem } from '@lmis/contracts';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { AppError } from './errors.ts';

type Schema = Record<string | symbol, unknown>;

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const SUBSCHEMA_LISTS = ['anyOf', 'allOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'propertyNames', 'contains'] as const;
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;

/**
 * A copy of a request schema with the defaults every input gets unless the contract says otherwise: an integer
 * fits a PostgreSQL `integer` (int4), and a string is one line of plain text (no NUL, control, invisible or
 * bidi-override characters). Contracts narrow these with their own bounds and formats (see packages/contracts
 * formats.ts); this is the net under every route, including ones written without them.
 */
export function hardenSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(hardenSchema) as T;
  if (!isObject(schema)) return schema;
  const out: Schema = { ...schema };
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (types.includes('integer')) {
    if (out.minimum === undefined && out.exclusiveMinimum === undefined) out.minimum = INT4_MIN;
    if (out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = INT4_MAX;
  }
  if (types.includes('string') && out.format === undefined && out.enum === undefined && out.const === undefined) {
    out.format = 'plain-text';
  }
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(hardenSchema);
  for (const key of SUBSCHEMAS) if (isObject(out[key])) out[key] = hardenSchema(out[key]);
  for (const key of SUBSCHEMA_MAPS) {
    const map = out[key];
    if (isObject(map)) out[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, hardenSchema(v)]));
  }
  return out as T;
}

interface Issue {
  field: string;
  message: string;
  messageEn: string;
}

/** The first string (value or key) in a parsed body, query or params that no part of the database can hold. */
function findUnstorable(value: unknown, path: string, depth = 0): Issue | undefined {
  if (depth > 32) return { field: path, message: 'lồng nhau quá sâu', messageEn: 'nested too deeply' };
  if (typeof value === 'string') {
    if (STRING_FORMATS.secret(value)) return undefined;
    const problem = textProblem(value, { multiline: true }) ?? { vi: 'không hợp lệ', en: 'invalid' };
    return { field: path, message: problem.vi, messageEn: problem.en };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      const field = `${path}.${key}`;
      if (!STRING_FORMATS.secret(key)) {
        return { field: path, message: 'tên trường chứa ký tự không được phép', messageEn: 'a key is not allowed' };
      }
      const found = findUnstorable(v, field, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  return undefined;
}

/** The first number that is not finite: Ajv coerces "1e400" in a query or path to Infinity after its checks. */
function findInfinite(value: unknown, path: string, depth = 0): Issue | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? undefined
      : { field: path, message: 'số quá lớn', messageEn: 'number out of range' };
  }
  if (depth > 32 || typeof value !== 'object' || value === null) return undefined;
  for (const [key, v] of Object.entries(value)) {
    const found = findInfinite(v, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function refuse(part: string, issue: Issue): AppError {
  const field = issue.field.replace(/^(params|querystring|body)\.?/, '') || part;
  return new AppError('VALIDATION', {
    vi: `Dữ liệu không hợp lệ — ${field}: ${issue.message}`,
    en: `Invalid input — ${field}: ${issue.messageEn}`,
    details: [{ ...issue, field }],
  });
}

/**
 * The global input guard. Every route's request schema gets the defaults of hardenSchema, and before validation
 * any NUL byte, broken Unicode or infinite number anywhere in the body, query or path — including parts a schema
 * leaves open — is refused with 400 and the field it was in, so no input can reach the database as a value it
 * cannot hold.
 */
export function installInputGuard(app: FastifyInstance) {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as Record<string, unknown> | undefined;
    if (!schema) return;
    route.schema = {
      ...schema,
      ...(schema.body !== undefined && { body: hardenSchema(schema.body) }),
      ...(schema.querystring !== undefined && { querystring: hardenSchema(schema.querystring) }),
      ...(schema.params !== undefined && { params: hardenSchema(schema.params) }),
    };
  });
  const parts = (request: { params: unknown; query: unknown; body: unknown }) =>
    [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const;
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of parts(request)) {
      const issue = findUnstorable(value, part);
      if (issue) throw refuse(part, issue);
    }
  });
  app.addHook('preHandler', async (request) => {
    for (const [part, value] of parts(request)) {
      const issue = findInfinite(value, part);
      if (issue) throw refuse(part, issue);
    }
  });
}
