import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { recordSecurityEvent } from '../security-log.ts';
import type { RequestContext } from './actor.ts';
import { bearerSecret, lookupApiToken } from './api-tokens.ts';
import { lookupSession, SESSION_COOKIE, type SessionLimits } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionToken?: string;
    csrfToken?: string;
    /** The signed-in account is still on a temporary password. */
    mustChangePassword?: boolean;
    /** The request authenticated with an API token (Authorization: Bearer), not a session cookie. */
    viaApiToken?: boolean;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (health, sign-in, docs). Everything else under /api requires a session. */
    public?: boolean;
    /** Reachable by an account that must first change its temporary password (me, password change, sign-out). */
    allowedBeforePasswordChange?: boolean;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const sessionLimits = (config: Config): SessionLimits => ({
  ttlHours: config.SESSION_TTL_HOURS,
  absoluteHours: config.SESSION_ABSOLUTE_HOURS,
});

/**
 * Resolves the session cookie (or an API token sent as `Authorization: Bearer`) into `request.ctx.actor`, refuses
 * unauthenticated calls to non-public API routes, requires the session's anti-forgery token in `x-csrf-token` on
 * every mutating call of a cookie session (synchronizer token), and keeps an account on its temporary password to
 * the few routes that let it change it.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db; config: Config }) => {
  await app.register(cookie);
  app.decorateRequest('ctx', null as unknown as RequestContext);

  /**
   * An `Authorization: Bearer lmis_…` header: the token's actor, or a refusal in the security log (the request then
   * goes on unauthenticated, and a route that needs a session answers 401). A cookie sent alongside is ignored.
   */
  async function resolveApiToken(request: FastifyRequest, secret: string) {
    const found = await lookupApiToken(opts.db, secret);
    if (found.status === 'live') {
      request.ctx.actor = found.actor;
      request.viaApiToken = true;
      return;
    }
    await recordSecurityEvent(opts.db, request.ctx, {
      kind: 'api_token_use',
      outcome: 'refused',
      reason:
        found.status === 'unknown'
          ? 'mã API không tồn tại'
          : found.status === 'expired'
            ? 'mã API hết hạn'
            : 'mã API đã thu hồi',
      target: found.status === 'unknown' ? null : `mã API ${found.token.prefix}…`,
    });
  }

  app.addHook('onRequest', async (request) => {
    const userAgent = request.headers['user-agent'];
    request.ctx = { actor: null, requestId: request.id, client: { ip: request.ip, userAgent } };
    const bearer = bearerSecret(request.headers.authorization);
    const token = bearer === undefined ? request.cookies[SESSION_COOKIE] : undefined;
    if (bearer !== undefined) await resolveApiToken(request, bearer);
    if (token) {
      const found = await lookupSession(opts.db, token, sessionLimits(opts.config));
      if (found.status === 'live') {
        request.ctx.actor = found.session.actor;
        request.sessionToken = token;
        request.csrfToken = found.session.csrfToken;
        request.mustChangePassword = found.session.mustChangePassword;
      } else if (found.status === 'expired') {
        await recordSecurityEvent(opts.db, request.ctx, {
          kind: 'session_expired',
          outcome: 'success',
          account: found.user,
          reason: found.reason === 'absolute' ? 'hết thời hạn tối đa của phiên' : 'hết thời gian chờ',
        });
      }
    }
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public) return;
    if (!request.ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (request.viaApiToken) {
      // A token is not a cookie: a browser never attaches it on its own, so no anti-forgery token is needed. It
      // has no session to end and no password to change: of the sign-in routes it reaches only "who am I".
      if (request.url.startsWith('/api/auth/') && request.routeOptions.url !== '/api/auth/me') {
        throw new AppError('FORBIDDEN', { refusal: 'mã API không dùng cho phiên đăng nhập' });
      }
      return;
    }
    if (MUTATING.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.csrfToken || !sameToken(sent, request.csrfToken)) {
        throw new AppError('CSRF');
      }
    }
    if (request.mustChangePassword && !request.routeOptions.config?.allowedBeforePasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
  });
});

/** True when the client reached us over HTTPS (directly, or through a trusted proxy's X-Forwarded-Proto). */
export const overHttps = (request: FastifyRequest) => request.protocol === 'https';

export function sessionCookieOptions(config: Config, request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.COOKIE_SECURE ?? (config.NODE_ENV === 'production' || overHttps(request)),
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  };
}
