import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/harness.ts';
import { CATALOGUE_FIELDS, operationIdOf } from './openapi.ts';

let t: TestContext;
let doc: {
  paths: Record<
    string,
    Record<string, { operationId?: string; responses: Record<string, unknown>; security?: unknown[] }>
  >;
  components: { schemas: Record<string, unknown> };
};

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
});
afterAll(() => t.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );

describe('OpenAPI document', () => {
  it('names operations from the method and path', () => {
    expect(operationIdOf('get', '/api/workers/{personId}')).toBe('getWorkersByPersonId');
    expect(operationIdOf('post', '/api/worker-imports/{id}/run')).toBe('postWorkerImportsByIdRun');
    expect(operationIdOf('get', '/api/workers/export.{format}')).toBe('getWorkersExportByFormat');
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, JSON.stringify(result, null, 1).slice(0, 2000)).toBe(true);
  });

  it('gives every route a unique operationId, a security requirement and the shared error responses', () => {
    const ids = new Set<string>();
    for (const { path, method, op } of operations()) {
      expect(op.operationId, `${method} ${path}`).toBeTruthy();
      expect(ids.has(op.operationId ?? '')).toBe(false);
      ids.add(op.operationId ?? '');
      expect(op.security, `${method} ${path}`).toBeDefined();
      expect(op.responses['500'], `${method} ${path}`).toMatchObject({
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
      });
      expect(op.responses['400'], `${method} ${path}`).toBeDefined();
    }
    expect(ids.size).toBeGreaterThan(30);
    expect(doc.components.schemas.ErrorResponse).toBeDefined();
  });

  it('documents sign-in as public, changes as needing the anti-forgery header, and the upload as multipart', () => {
    expect(doc.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(doc.paths['/api/auth/login']?.post?.responses['429']).toBeDefined();
    expect(doc.paths['/api/workers']?.post?.security).toEqual([{ session: [], csrfToken: [] }, { apiToken: [] }]);
    expect(doc.paths['/api/workers']?.get?.security).toEqual([{ session: [] }, { apiToken: [] }]);
    // A token never reaches a session's own routes or token management.
    expect(doc.paths['/api/auth/password']?.post?.security).toEqual([{ session: [], csrfToken: [] }]);
    expect(doc.paths['/api/api-tokens']?.post?.security).toEqual([{ session: [], csrfToken: [] }]);
    expect(doc.paths['/api/workers/{personId}']?.get?.responses['404']).toBeDefined();
    const upload = doc.paths['/api/worker-imports']?.post as unknown as { requestBody: { content: object } };
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
  });

  it('documents authentication: the session with its CSRF header, and bearer API tokens', () => {
    const d = doc as unknown as {
      info: { description: string };
      components: { securitySchemes: Record<string, Record<string, string>> };
    };
    expect(d.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const words of [
      'POST /api/auth/login',
      'x-csrf-token',
      'Authorization: Bearer lmis_',
      'POST /api/api-tokens',
    ]) {
      expect(d.info.description).toContain(words);
    }
  });

  it('marks code fields with the catalogue they come from, and every such catalogue exists', () => {
    const text = JSON.stringify(doc);
    const schema = (name: string) => doc.components.schemas[name] as never;
    expect(text).toContain('"x-catalogue":"qualification-levels"');
    const workerInput = JSON.stringify(schema('WorkerInput') ?? doc.paths['/api/workers']?.post);
    expect(workerInput).toContain('"x-catalogue":"ethnic-groups"');
    const used = new Set([...text.matchAll(/"x-catalogue":"([a-z-]+)"/g)].map((m) => m[1] ?? ''));
    for (const catalogue of used) {
      if (catalogue === 'admin-units') continue;
      expect(existsSync(new URL(`../../data/catalogues/${catalogue}.csv`, import.meta.url)), catalogue).toBe(true);
    }
    expect(Object.values(CATALOGUE_FIELDS).every((c) => used.has(c))).toBe(true);
  });

  it('passes the Redocly linter with its recommended rules, without errors or warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lmis-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    writeFileSync(join(dir, 'redocly.yaml'), 'extends:\n  - recommended\n');
    const lint = spawnSync(
      'npx',
      ['redocly', 'lint', file, '--config', join(dir, 'redocly.yaml'), '--format', 'json'],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const report = JSON.parse(lint.stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.totals.errors, JSON.stringify(report.problems.slice(0, 5), null, 1)).toBe(0);
    expect(report.totals.warnings, JSON.stringify(report.problems.slice(0, 5), null, 1)).toBe(0);
  });
});
