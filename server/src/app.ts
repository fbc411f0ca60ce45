import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { STRING_FORMATS } from '@lmis/contracts';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import Type from 'typebox';
import { demoStatusRoutes } from './demo.ts';
import { apiTokenRoutes } from './modules/api-tokens/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { dossierRoutes } from './modules/dossiers/index.ts';
import { employerImport, employerImportRoutes, employerRoutes } from './modules/employers/index.ts';
import { geoRoutes } from './modules/geo/index.ts';
import { homeRoutes } from './modules/home/index.ts';
import {
  householdImport,
  householdImportRoutes,
  householdRoutes,
  leaveHouseholdsOnMove,
} from './modules/households/index.ts';
import { institutionRoutes } from './modules/institutions/index.ts';
import { peopleRoutes } from './modules/people/index.ts';
import { referenceRoutes } from './modules/reference/index.ts';
import { securityRoutes } from './modules/security/index.ts';
import { trainingSupportRoutes } from './modules/training-support/index.ts';
import { authRoutes, userRoutes } from './modules/users/index.ts';
import { importTask, workerRoutes } from './modules/workers/index.ts';
import { authPlugin, overHttps } from './platform/auth/plugin.ts';
import { calendarRoutes } from './platform/calendar/index.ts';
import { type Config, trustProxyOption } from './platform/config.ts';
import type { Database } from './platform/db/index.ts';
import { MAINTENANCE_TASK, maintenanceTask } from './platform/db/maintenance.ts';
import { startDatabaseProbe } from './platform/db/probe.ts';
import { AppError } from './platform/errors.ts';
import { installErrorHandling } from './platform/http.ts';
import { tabularImportTask } from './platform/imports/index.ts';
import { installInputGuard } from './platform/input-guard.ts';
import { installRequestLog, logOptions } from './platform/log.ts';
import { finishOpenApiDocument } from './platform/openapi.ts';
import { recordSecurityEvent } from './platform/security-log.ts';
import { systemRoutes } from './platform/system.ts';
import { startTasks, type Tasks } from './platform/tasks.ts';
import { installUploadHygiene } from './platform/uploads.ts';

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

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const HealthBody = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('unavailable')]),
  database: Type.Object({
    state: Type.Union([Type.Literal('up'), Type.Literal('busy'), Type.Literal('down'), Type.Literal('unknown')]),
    checkedAt: Nullable(Type.String()),
    lastUpAt: Nullable(Type.String()),
    latencyMs: Nullable(Type.Integer()),
  }),
});

export interface AppDeps {
  config: Config;
  database: Database;
  logger?: FastifyBaseLogger;
  /** The background task queue; started (and stopped with the app) when not given. */
  tasks?: Tasks;
}

/** Builds the HTTP application: platform plugins first, then each module's routes. */
export async function buildApp({ config, database, logger, tasks: givenTasks }: AppDeps) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: logOptions(config.LOG_LEVEL) }),
    genReqId: () => crypto.randomUUID(),
    // Requests are logged at debug level (installRequestLog), not at Fastify's info.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    // Behind a reverse proxy: request.ip is the client and request.protocol what the client used.
    trustProxy: trustProxyOption(config.TRUST_PROXY),
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
    // The response serializer checks unions with its own validator: it knows the same string formats.
    serializerOpts: { ajv: { formats: STRING_FORMATS } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers carry personal data: no browser or proxy may keep them (the docs' static files may).
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs/static/')) {
      reply.header('cache-control', 'no-store');
    }
    if (overHttps(request)) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  installRequestLog(app);
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
  installInputGuard(app);
  installUploadHygiene(app);

  // Which routes need no session and which take an upload, for the OpenAPI document (platform/openapi.ts).
  const publicRoutes = new Set<string>();
  const uploads = new Set<string>();
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'LMIS API',
        description:
          'Hệ thống thông tin thị trường lao động. Đăng nhập bằng POST /api/auth/login: phiên là cookie lmis_session, ' +
          'và mọi yêu cầu thay đổi dữ liệu gửi kèm tiêu đề x-csrf-token (csrfToken nhận khi đăng nhập). Lỗi trả về ' +
          'cùng một dạng (ErrorResponse) với mã lỗi, thông báo tiếng Việt và tiếng Anh, và mã yêu cầu.',
        version: '0.1.0',
        license: { name: 'Proprietary — Sở Nội vụ / LMIS', identifier: 'LicenseRef-LMIS' },
        contact: { name: 'Quản trị hệ thống LMIS' },
      },
      servers: [{ url: '/', description: 'Máy chủ LMIS đang phục vụ tài liệu này' }],
    },
    transformObject: (documentObject) =>
      finishOpenApiDocument((documentObject as { openapiObject: Record<string, unknown> }).openapiObject, {
        publicRoutes,
        uploads,
      }),
  });
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config as object), public: true };
    for (const method of [route.method].flat()) {
      const key = `${method} ${route.url}`;
      if ((route.config as { public?: boolean } | undefined)?.public) publicRoutes.add(key);
      if ((route.schema as { consumes?: string[] } | undefined)?.consumes?.includes('multipart/form-data'))
        uploads.add(key);
    }
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  await app.register(rateLimit, { global: false });
  // Register files of a province run to hundreds of MB; they stream to disk, never into memory.
  await app.register(multipart, { limits: { fileSize: 1024 * 1024 * 1024, files: 1 } });
  const db = database.db;
  const tasks = givenTasks ?? (await startTasks({ connectionString: database.url, log: app.log }));
  if (!givenTasks) {
    app.addHook('onClose', () => tasks.stop());
  }
  await tasks.define(maintenanceTask({ db: database.background.db, log: app.log }));
  // Imports run on connections exempt from the interactive statement timeout; the tables they wrote are analysed
  // when they end.
  const importDeps = {
    db: database.background.db,
    afterImport: (tables: readonly string[]) => tasks.send(MAINTENANCE_TASK, { analyze: [...tables] }),
  };
  await tasks.define(importTask(importDeps));
  await tasks.define(tabularImportTask(householdImport, importDeps));
  await tasks.define(tabularImportTask(employerImport, importDeps));
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
        summary: 'Tình trạng hệ thống: trạng thái cơ sở dữ liệu ở lần kiểm tra gần nhất',
        description:
          'Public, for supervisors and load balancers: the state only. The database engine and the migration ' +
          'level are system facts for administrators (GET /api/system).',
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
          state: db.state,
          checkedAt: db.checkedAt,
          lastUpAt: db.lastUpAt,
          latencyMs: db.latencyMs,
        },
      });
    },
  );

  await app.register(demoStatusRoutes, { db });
  await app.register(authRoutes, { db, config });
  await app.register(userRoutes, { db, config });
  await app.register(geoRoutes, { db });
  await app.register(referenceRoutes, { db });
  await app.register(calendarRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(securityRoutes, { db });
  await app.register(apiTokenRoutes, { db });
  await app.register(homeRoutes, { db });
  await app.register(systemRoutes, { database });
  await app.register(householdRoutes, { db });
  await app.register(householdImportRoutes, { db, dataDir: config.DATA_DIR, tasks });
  await app.register(peopleRoutes, { db, onPersonMoved: [leaveHouseholdsOnMove] });
  await app.register(workerRoutes, {
    db,
    dataDir: config.DATA_DIR,
    log: app.log,
    tasks,
    uploadRetentionDays: config.UPLOAD_RETENTION_DAYS,
  });
  await app.register(dossierRoutes, { db, dataDir: config.DATA_DIR });
  await app.register(employerRoutes, { db });
  await app.register(employerImportRoutes, { db, dataDir: config.DATA_DIR, tasks });
  await app.register(institutionRoutes, { db });
  await app.register(trainingSupportRoutes, { db, dataDir: config.DATA_DIR });

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
