import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { STRING_FORMATS } from '@lmis/contracts';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import Type from 'typebox';
import { auditRoutes } from './modules/audit/index.ts';
import { geoRoutes } from './modules/geo/index.ts';
import { householdRoutes } from './modules/households/index.ts';
import { referenceRoutes } from './modules/reference/index.ts';
import { authRoutes, userRoutes } from './modules/users/index.ts';
import { workerRoutes } from './modules/workers/index.ts';
import { authPlugin } from './platform/auth/plugin.ts';
import type { Config } from './platform/config.ts';
import { type Database, migrationLevel } from './platform/db/index.ts';
import { AppError } from './platform/errors.ts';
import { installErrorHandling } from './platform/http.ts';
import { installInputGuard } from './platform/input-guard.ts';
import { logOptions } from './platform/log.ts';
import { installUploadHygiene } from './platform/uploads.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  logger?: FastifyBaseLogger;
}

/** Builds the HTTP application: platform plugins first, then each module's routes. */
export async function buildApp({ config, database, logger }: AppDeps) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: logOptions(config.LOG_LEVEL) }),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    bodyLimit: 5 * 1024 * 1024,
    // allErrors: a form learns every bad field at once, not one per round trip (bodies are size-limited).
    // strictNumbers: 1e400 (Infinity) is not a number; the shared string formats (plain text, real dates) apply.
    ajv: {
      customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true, strictNumbers: true },
      plugins: [
        <A extends { addFormat(name: string, validate: (v: string) => boolean): unknown }>(ajv: A): A => {
          for (const [name, validate] of Object.entries(STRING_FORMATS)) ajv.addFormat(name, validate);
          return ajv;
        },
      ],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app);
  installInputGuard(app);
  installUploadHygiene(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'LMIS API', description: 'Hệ thống thông tin thị trường lao động', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lmis_session' } } },
    },
  });
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config as object), public: true };
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  await app.register(rateLimit, { global: false });
  // Register files of a province run to hundreds of MB; they stream to disk, never into memory.
  await app.register(multipart, { limits: { fileSize: 1024 * 1024 * 1024, files: 1 } });
  const db = database.db;
  await app.register(authPlugin, { db, config });

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Tình trạng hệ thống: loại cơ sở dữ liệu và mức migration',
        response: {
          200: Type.Object({
            status: Type.String(),
            database: Type.Object({ kind: Type.String(), version: Type.String() }),
            migrations: Type.Object({ applied: Type.Integer(), latest: Type.String() }),
          }),
        },
      },
    },
    async () => {
      const { rows } = await database.pool.query<{ v: string }>("SELECT split_part(version(), ' ', 2) AS v");
      return {
        status: 'ok',
        database: { kind: database.kind, version: rows[0]?.v ?? '' },
        migrations: await migrationLevel(database),
      };
    },
  );

  await app.register(authRoutes, { db, config });
  await app.register(userRoutes, { db, config });
  await app.register(geoRoutes, { db });
  await app.register(referenceRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(householdRoutes, { db });
  await app.register(workerRoutes, { db, dataDir: config.DATA_DIR, log: app.log });

  const webDist = resolve(config.WEB_DIST);
  if (existsSync(`${webDist}/index.html`)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
    // Client-side routes (/registry, /admin/units …) all load the single-page app.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) throw new AppError('NOT_FOUND');
      return reply.sendFile('index.html');
    });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
