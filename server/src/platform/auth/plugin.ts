import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../errors.ts';
import type { RequestContext } from './actor.ts';
import { resolveSession, SESSION_COOKIE } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionToken?: string;
    csrfToken?: string;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (health, sign-in, docs). Everything else under /api requires a session. */
    public?: boolean;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Resolves the session cookie into `request.ctx.actor`, refuses unauthenticated calls to non-public API routes,
 * and requires the session's anti-forgery token in `x-csrf-token` on every mutating call (synchronizer token).
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db; config: Config }) => {
  await app.register(cookie);
  app.decorateRequest('ctx', null as unknown as RequestContext);

  app.addHook('onRequest', async (request) => {
    request.ctx = { actor: null, requestId: request.id };
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(opts.db, token, opts.config.SESSION_TTL_HOURS);
      if (session) {
        request.ctx.actor = session.actor;
        request.sessionToken = token;
        request.csrfToken = session.csrfToken;
      }
    }
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public) return;
    if (!request.ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (MUTATING.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.csrfToken || !sameToken(sent, request.csrfToken)) {
        throw new AppError('CSRF');
      }
    }
  });
});

export function sessionCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
    maxAge: config.SESSION_TTL_HOURS * 3600,
  };
}
