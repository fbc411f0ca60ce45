import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { FastifyBaseLogger, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logOptions } from '../platform/log.ts';
import { buildPersonId, buildWorker, LANG_SON } from './factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from './harness.ts';

/**
 * Property-based fuzzing of every operation of the OpenAPI document the server generates: malformed, boundary
 * and hostile values (NUL, huge integers, 1e400, impossible dates, bidi and zero-width text, over-long strings,
 * wrong types, broken JSON and multipart, path parameters out of range), sent as an anonymous caller, a commune
 * officer and a system admin. It fails on any 5xx, and on any response body or log line that carries a stack
 * trace, SQL text, or a personal ID the caller may not see. Every generated write is invalid on purpose (one
 * required field always gets a value no schema accepts), so the run never changes what other tests read.
 */

const RUNS_PER_OPERATION = 20;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  multipart: boolean;
}

// Numbers JSON cannot spell through JSON.stringify are written as markers and replaced in the payload text.
const RAW_NUMBERS: Record<string, string> = {
  '@@1e400@@': '1e400',
  '@@-1e400@@': '-1e400',
  '@@2e63@@': '9223372036854775808',
  '@@big@@': '123456789012345678901234567890',
};
const NUL = 'ab\u0000cd';
const LONG = 'Nguyễn Văn A '.repeat(800);
const HOSTILE_STRINGS = [
  NUL,
  '\u0000',
  '%00',
  '2023-02-30',
  '2023-13-01',
  '0000-00-00',
  '9999-99-99',
  'Nguyễn \u202EnăV',
  'Hà\u200BNội',
  'a\u2066b\u2069',
  'x\uD800y',
  '\uDC00',
  '\uFEFF',
  'dòng\r\nhai',
  '\u0007\u001B[31m',
  LONG,
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE x; --',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '{{7*7}}',
  '\\',
  '99999999999',
  '9223372036854775808',
  '-2147483649',
  '1e400',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  'true',
  'null',
  '[]',
];
const HOSTILE_NUMBERS: unknown[] = [
  2147483648,
  -2147483649,
  99999999999,
  2 ** 53 + 2,
  -1,
  0,
  1.5,
  -0.000001,
  ...Object.keys(RAW_NUMBERS),
];
const WRONG_TYPES: unknown[] = [null, true, [], [1, 2], {}, { a: NUL }, 'string', 42];

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...WRONG_TYPES),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
/** Values no schema accepts: a NUL byte or an infinite number is refused by the input guard anywhere. */
const alwaysInvalid = fc.constantFrom<unknown>(NUL, '\u0000', '@@1e400@@', '@@-1e400@@', { x: NUL }, [NUL]);

const SAMPLE_STRINGS = [LANG_SON.communeA, LANG_SON.province, 'Nguyễn Văn Hùng', 'abc', '1', '2026-01-01', 'male'];

/** A plausible value for a schema (often valid, sometimes at its bounds). */
function plausible(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((s) => plausible(s, depth + 1)));
  if (schema.allOf?.length) {
    return fc
      .tuple(...schema.allOf.map((s) => plausible(s, depth + 1)))
      .map((parts) => Object.assign({}, ...parts.filter((p) => p && typeof p === 'object')));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max, min - 1, max + 1));
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.oneof(
        fc.constantFrom(...SAMPLE_STRINGS),
        fc.string({ maxLength: schema.maxLength ? Math.min(schema.maxLength + 1, 60) : 30 }),
      );
    case 'array':
      return fc.array(plausible(schema.items, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = schema.properties ?? {};
      const required = schema.required ?? [];
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, plausible(s, depth + 1)])), {
        requiredKeys: required.filter((k) => k in props),
      });
    }
    default:
      return fc.oneof(fc.constantFrom(...SAMPLE_STRINGS), fc.integer());
  }
}

/** A plausible value or, one time in two, a hostile one. */
const maybeHostile = (schema: JsonSchema | undefined) => fc.oneof(plausible(schema), hostile);

/** Bodies that must all be refused: one required field (or an extra key) always breaks, others may too. */
function invalidBody(schema: JsonSchema): fc.Arbitrary<{ text: string }> {
  const props = schema.properties ?? {};
  const required = (schema.required ?? []).filter((k) => k in props);
  const object = fc
    .tuple(
      fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, maybeHostile(s)])), {
        requiredKeys: [],
      }),
      required.length > 0 ? fc.constantFrom(...required) : fc.constant('\u0000extra'),
      alwaysInvalid,
      fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 2 }),
    )
    .map(([base, key, bad, extra]) => ({ text: toJson({ ...extra, ...base, [key]: bad }) }));
  const wholeWrong = fc.constantFrom(
    { text: 'null' },
    { text: '[]' },
    { text: '"\\u0000"' },
    { text: '1e400' },
    { text: '{"a":' },
    { text: '{"a":1,}' },
    { text: '{"__proto__":{"x":"\\u0000"}}' },
    { text: '\u0000' },
    { text: `{"x":"${'a'.repeat(70_000)}\\u0000"}` },
  );
  return fc.oneof({ weight: 4, arbitrary: object }, { weight: 1, arbitrary: wholeWrong });
}

function toJson(value: unknown): string {
  let text = JSON.stringify(value);
  for (const [marker, raw] of Object.entries(RAW_NUMBERS)) text = text.replaceAll(`"${marker}"`, raw);
  return text;
}

/** A path or query value, encoded for the URL (strings that are not valid UTF-16 are sent percent-encoded). */
function urlValue(value: unknown): string {
  if (typeof value === 'string' && Object.hasOwn(RAW_NUMBERS, value)) return RAW_NUMBERS[value] as string;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // a lone surrogate's UTF-8 bytes
  }
}

const pathValue = (schema: JsonSchema, hidden: string[]) =>
  fc.oneof(
    hostile,
    fc.constantFrom(...hidden),
    schema.type === 'integer'
      ? fc.integer({ min: 2_000_000_000, max: 2_147_483_647 }) // valid ids no test creates
      : fc.constantFrom(buildPersonId({ birthProvince: '99' }), '99999', 'khong-co'),
  );

function brokenMultipart(): fc.Arbitrary<{ contentType: string; text: string }> {
  const part = (name: string, filename: string, content: string) =>
    `Content-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${content}`;
  return fc.constantFrom(
    { contentType: 'multipart/form-data; boundary=XYZ', text: `--XYZ\r\n${part('file', 'a.csv', 'abc')}` },
    { contentType: 'multipart/form-data', text: `--XYZ\r\n${part('file', 'a.csv', 'abc')}\r\n--XYZ--\r\n` },
    { contentType: 'multipart/form-data; boundary=', text: '--\r\n\r\n' },
    { contentType: 'multipart/form-data; boundary=XYZ', text: '--ABC\r\nhello\r\n--ABC--\r\n' },
    { contentType: 'multipart/form-data; boundary=XYZ', text: '--XYZ\r\nContent-Disposition\r\n\r\n--XYZ--\r\n' },
    {
      contentType: 'multipart/form-data; boundary=XYZ',
      text: `--XYZ\r\n${part('file', 'a\u0000.csv', 'x')}\r\n--XYZ--`,
    },
    {
      contentType: 'multipart/form-data; boundary=XYZ',
      text: `--XYZ\r\n${part('file', 'a.exe', 'MZ')}\r\n--XYZ--\r\n`,
    },
    { contentType: 'multipart/form-data; boundary=XYZ', text: '' },
    { contentType: 'multipart/form-data; boundary=XYZ', text: `--XYZ\r\n${part('file', 'a.xlsx', 'PK\u0003\u0004')}` },
    { contentType: 'multipart/mixed; boundary=XYZ', text: `--XYZ\r\n${part('file', 'a.csv', 'x')}\r\n--XYZ--\r\n` },
    { contentType: 'application/json', text: '{"file":"a.csv"}' },
  );
}

function operations(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)?.content;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body: content?.['application/json']?.schema,
        multipart: !!content?.['multipart/form-data'],
      });
    }
  }
  return ops;
}

// What must never appear in a response body or a log line.
const STACK = /\n\s+at\s|\bat\s+\S+\s+\((?:file:\/\/)?\/[^)]+:\d+:\d+\)|node:internal/;
const SQL =
  /Failed query|\bselect\s+[\w*"., ()]+\s+from\s|\binsert\s+into\s|\bupdate\s+"?\w+"?\s+set\s|\bdelete\s+from\s|\bviolates\b|\bsyntax error at\b|\$\d+::/i;

interface Identity {
  name: 'anonymous' | 'commune officer' | 'admin';
  headers: Record<string, string>;
  /** Personal IDs this caller may not see. */
  hidden: string[];
}

let t: TestContext;
const logLines: string[] = [];
const identities: Identity[] = [];
const seededIds: string[] = [];
const counts = new Map<string, number>();

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino(logOptions('info'), sink) as unknown as FastifyBaseLogger;
  t = await createTestApp({}, { logger });
  const officer = await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeA });
  const admin = await signInAs(t, { role: 'system_admin' });
  const officerB = await signInAs(t, { role: 'commune_officer', unitCode: LANG_SON.communeB });
  // People the commune-A officer and the anonymous caller must never see.
  for (let i = 0; i < 2; i++) {
    const worker = buildWorker({ communeCode: LANG_SON.communeB, fullName: 'Người Ẩn Danh' });
    const res = await officerB.session.post('/api/workers', worker);
    expect(res.statusCode).toBe(201);
    seededIds.push(worker.personId);
  }
  const session = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
  identities.push(
    { name: 'anonymous', headers: {}, hidden: seededIds },
    { name: 'commune officer', headers: session(officer.session), hidden: seededIds },
    { name: 'admin', headers: session(admin.session), hidden: [] },
  );
  logLines.length = 0;
});

afterAll(async () => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const byClass = Object.fromEntries([...counts].sort());
  console.info(`fuzz on ${inject('databaseKind')}: ${total} requests`, byClass);
  await t.close();
});

function check(identity: Identity, request: string, res: LightMyRequestResponse) {
  const statusClass = `${String(res.statusCode)[0]}xx`;
  counts.set(statusClass, (counts.get(statusClass) ?? 0) + 1);
  const where = `${identity.name} ${request} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  const body = res.rawPayload.toString('utf8');
  expect(STACK.test(body), `stack in body: ${where}`).toBe(false);
  expect(SQL.test(body), `SQL in body: ${where}`).toBe(false);
  for (const id of identity.hidden) {
    if (!request.includes(id)) expect(body.includes(id), `hidden ID in body: ${where}`).toBe(false);
  }
}

describe('fuzzing every OpenAPI operation', () => {
  it('answers every malformed, boundary and hostile request with a 4xx or a 2xx, never a 5xx or a leak', async () => {
    const doc = t.app.swagger() as unknown as Parameters<typeof operations>[0];
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(20);
    for (const identity of identities) {
      for (const op of ops) {
        // Signing out would end the fuzzing session itself.
        if (op.path === '/api/auth/logout' && identity.name !== 'anonymous') continue;
        const pathParams = op.parameters.filter((p) => p.in === 'path');
        const queryParams = op.parameters.filter((p) => p.in === 'query');
        const request = fc.record({
          path: fc.tuple(...pathParams.map((p) => pathValue(p.schema, seededIds))),
          query: fc.tuple(...queryParams.map((p) => fc.option(maybeHostile(p.schema), { nil: undefined, freq: 3 }))),
          body: op.body ? invalidBody(op.body) : fc.constant(undefined),
          multipart: op.multipart ? brokenMultipart() : fc.constant(undefined),
        });
        await fc.assert(
          fc.asyncProperty(request, async (r) => {
            let url = op.path;
            pathParams.forEach((p, i) => {
              url = url.replace(`{${p.name}}`, urlValue(r.path[i]));
            });
            const query = queryParams
              .map((p, i) => (r.query[i] === undefined ? '' : `${p.name}=${urlValue(r.query[i])}`))
              .filter(Boolean)
              .join('&');
            if (query) url += `?${query}`;
            const headers: Record<string, string> = { ...identity.headers };
            let payload: string | undefined;
            if (r.multipart) {
              headers['content-type'] = r.multipart.contentType;
              payload = r.multipart.text;
            } else if (r.body) {
              headers['content-type'] = 'application/json';
              payload = r.body.text;
            }
            const res = await t.app.inject({ method: op.method as 'GET', url, headers, payload });
            check(identity, `${op.method} ${url} ${payload?.slice(0, 200) ?? ''}`, res);
          }),
          { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
        );
      }
    }
    // Logs carry reasons and references, never stacks, SQL or anyone's personal ID.
    for (const line of logLines) {
      expect(STACK.test(line), `stack in log: ${line.slice(0, 500)}`).toBe(false);
      expect(SQL.test(line), `SQL in log: ${line.slice(0, 500)}`).toBe(false);
      for (const id of seededIds) expect(line.includes(id), `personal ID in log: ${line.slice(0, 500)}`).toBe(false);
    }
    expect(counts.get('5xx') ?? 0).toBe(0);
  }, 900_000);
});
