import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
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
import type { Database } from './platform/db/index.ts';
import { startDatabaseProbe } from './platform/db/probe.ts';
import { AppError } from './platform/errors.ts';
import { installErrorHandling } from './platform/http.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const HealthBody = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('unavailable')]),
  database: Type.Object({
    kind: Type.String(),
    version: Type.String(),
    state: Type.Union([Type.Literal('up'), Type.Literal('busy'), Type.Literal('down'), Type.Literal('unknown')]),
    checkedAt: Nullable(Type.String()),
    lastUpAt: Nullable(Type.String()),
    latencyMs: Nullable(Type.Integer()),
  }),
  migrations: Type.Object({ applied: Type.Integer(), latest: Type.String() }),
});

export interface AppDeps {
  config: Config;
  database: Database;
  logger?: FastifyBaseLogger;
}

/** Builds the HTTP application: platform plugins first, then each module's routes. */
export async function buildApp({ config, database, logger }: AppDeps) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: { level: config.LOG_LEVEL } }),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    bodyLimit: 5 * 1024 * 1024,
    // allErrors: a form learns every bad field at once, not one per round trip (bodies are size-limited).
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app);

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

  // Health answers from the process with the last probe's findings: a long statement or a lost database never
  // makes it hang. 503 while the database is down, so a supervisor or load balancer can tell.
  const probe = startDatabaseProbe(database, { intervalMs: config.HEALTH_PROBE_SECONDS * 1000 });
  app.addHook('onClose', async () => probe.stop());
  await probe.probeNow();
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Tình trạng hệ thống: loại cơ sở dữ liệu, trạng thái lần kiểm tra gần nhất và mức migration',
        response: {
          '2xx': HealthBody,
          503: HealthBody,
        },
      },
    },
    async (_request, reply) => {
      const db = probe.current();
      const status = db.state === 'down' ? 'unavailable' : db.state === 'up' ? 'ok' : 'degraded';
      return reply.status(db.state === 'down' ? 503 : 200).send({
        status,
        database: {
          kind: database.kind,
          version: db.version,
          state: db.state,
          checkedAt: db.checkedAt,
          lastUpAt: db.lastUpAt,
          latencyMs: db.latencyMs,
        },
        migrations: db.migrations,
      });
    },
  );

  await app.register(authRoutes, { db, config });
  await app.register(userRoutes, { db, config });
  await app.register(geoRoutes, { db });
  await app.register(referenceRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(householdRoutes, { db });
  await app.register(workerRoutes, {
    db,
    backgroundDb: database.background.db,
    dataDir: config.DATA_DIR,
    log: app.log,
  });

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
