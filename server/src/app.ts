import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import helmet from '@fastify/helmet';
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
import { securityRoutes } from './modules/security/index.ts';
import { authRoutes, userRoutes } from './modules/users/index.ts';
import { workerRoutes } from './modules/workers/index.ts';
import { authPlugin, overHttps } from './platform/auth/plugin.ts';
import { type Config, trustProxyOption } from './platform/config.ts';
import { type Database, migrationLevel } from './platform/db/index.ts';
import { AppError } from './platform/errors.ts';
import { installErrorHandling } from './platform/http.ts';
import { recordSecurityEvent } from './platform/security-log.ts';

/**
 * What the built web app and the API docs (Swagger UI) need, and nothing more. Ant Design writes its styles as
 * inline <style> elements (CSS-in-JS), hence 'unsafe-inline' for styles only; scripts come from this origin alone.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

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
    // Behind a reverse proxy: request.ip is the client and request.protocol what the client used.
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    bodyLimit: 5 * 1024 * 1024,
    // allErrors: a form learns every bad field at once, not one per round trip (bodies are size-limited).
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers carry personal data: no browser or proxy may keep them (the docs' static files may).
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs/static/')) {
      reply.header('cache-control', 'no-store');
    }
    if (overHttps(request)) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  installErrorHandling(app, {
    onRefusal: (request, error) =>
      recordSecurityEvent(database.db, request.ctx ?? null, {
        kind:
          error.code === 'CSRF'
            ? 'csrf_refused'
            : error.code === 'PASSWORD_CHANGE_REQUIRED'
              ? 'password_change_required'
              : 'access_refused',
        outcome: 'refused',
        reason: error.refusal ?? error.code,
        target: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      }),
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // HSTS only over HTTPS (above): over plain HTTP browsers ignore it, and a test host must not be pinned.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });

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
  await app.register(securityRoutes, { db });
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
