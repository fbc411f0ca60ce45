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
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import {
  changePassword,
  createUser,
  getUser,
  listUsers,
  login,
  logout,
  prepareDummyHash,
  presentCurrentUser,
  type UsersDeps,
  updateUser,
} from './users.service.ts';

export const authRoutes: FastifyPluginAsyncTypebox<UsersDeps> = async (app, deps) => {
  await prepareDummyHash();
  app.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: deps.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        description:
          'Sai tên hoặc mật khẩu: 401 như nhau cho mọi tên. Sai nhiều lần: 429 RATE_LIMITED (details.retryAfterSeconds, ' +
          'header Retry-After), theo tài khoản từ một địa chỉ, theo tài khoản (tối đa 30 giây) và theo địa chỉ.',
        body: LoginBody,
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) => {
      const session = await login({ ...request.body, ctx: request.ctx }, deps);
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(deps.config, request));
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );
  app.post(
    '/api/auth/logout',
    {
      config: { allowedBeforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: Ok } },
    },
    async (request, reply) => {
      await logout({ ctx: request.ctx, token: request.sessionToken }, deps);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
  app.get(
    '/api/auth/me',
    {
      config: { allowedBeforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập', response: { 200: SessionResponse } },
    },
    async (request) => {
      const actor = requireActor(request.ctx);
      return {
        user: await presentCurrentUser(deps.db, actor, request.mustChangePassword ?? false),
        csrfToken: request.csrfToken ?? '',
      };
    },
  );
  app.post(
    '/api/auth/password',
    {
      config: {
        allowedBeforePasswordChange: true,
        rateLimit: { max: deps.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        description:
          'Mật khẩu hiện tại sai: 400 WRONG_CURRENT_PASSWORD với lỗi ở trường currentPassword (phiên vẫn giữ); ' +
          'sai nhiều lần: 429 với thời gian chờ tăng dần.',
        body: ChangePasswordBody,
        response: { 200: Ok },
      },
    },
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
