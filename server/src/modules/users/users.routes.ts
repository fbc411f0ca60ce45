import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChangePasswordBody,
  CreateUserBody,
  ListPaging,
  LoginBody,
  Ok,
  Paged,
  SessionResponse,
  UpdateUserBody,
  UserRow,
} from '@lmis/contracts';
import Type from 'typebox';
import { requireActor } from '../../platform/auth/actor.ts';
import { sessionCookieOptions } from '../../platform/auth/plugin.ts';
import { resolveSession, SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import {
  changePassword,
  createUser,
  getUser,
  listUsers,
  login,
  logout,
  presentCurrentUser,
  type UsersDeps,
  updateUser,
} from './users.service.ts';

export const authRoutes: FastifyPluginAsyncTypebox<UsersDeps> = async (app, deps) => {
  app.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: deps.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: LoginBody, response: { 200: SessionResponse } },
    },
    async (request, reply) => {
      const session = await login(
        { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'], requestId: request.id },
        deps,
      );
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(deps.config));
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );
  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: Ok } } },
    async (request, reply) => {
      await logout({ ctx: request.ctx, token: request.sessionToken }, deps);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập', response: { 200: SessionResponse } } },
    async (request) => {
      const actor = requireActor(request.ctx);
      const session = request.sessionToken
        ? await resolveSession(deps.db, request.sessionToken, deps.config.SESSION_TTL_HOURS)
        : null;
      return {
        user: await presentCurrentUser(deps.db, actor, session?.mustChangePassword ?? false),
        csrfToken: request.csrfToken ?? '',
      };
    },
  );
  app.post(
    '/api/auth/password',
    { schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: ChangePasswordBody, response: { 200: Ok } } },
    async (request) => {
      await changePassword({ ctx: request.ctx, token: request.sessionToken, ...request.body }, deps);
      return { ok: true };
    },
  );
};

export const userRoutes: FastifyPluginAsyncTypebox<UsersDeps> = async (app, deps) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Danh sách tài khoản trong phạm vi quản lý',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          page: Type.Integer({ minimum: 1, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          ...ListPaging,
        }),
        response: { 200: Paged(UserRow) },
      },
    },
    (request) => listUsers({ ctx: request.ctx, ...request.query }, deps),
  );
  app.get(
    '/api/users/:id',
    {
      schema: { tags: ['users'], params: Type.Object({ id: Type.Integer() }), response: { 200: UserRow } },
    },
    (request) => getUser({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.post(
    '/api/users',
    { schema: { tags: ['users'], summary: 'Tạo tài khoản', body: CreateUserBody, response: { 201: UserRow } } },
    async (request, reply) => reply.status(201).send(await createUser({ ctx: request.ctx, body: request.body }, deps)),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Sửa, khóa/mở khóa, đặt lại mật khẩu',
        params: Type.Object({ id: Type.Integer() }),
        body: UpdateUserBody,
        response: { 200: UserRow },
      },
    },
    (request) => updateUser({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
};
