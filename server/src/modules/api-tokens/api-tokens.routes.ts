import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiTokenRow, CreateApiTokenBody, CreatedApiToken, Id } from '@lmis/contracts';
import Type from 'typebox';
import { type ApiTokenDeps, createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';

export const apiTokenRoutes: FastifyPluginAsyncTypebox<ApiTokenDeps> = async (app, deps) => {
  app.get(
    '/api/api-tokens',
    {
      schema: {
        tags: ['admin'],
        summary: 'Danh sách mã truy cập API (chỉ tiền tố, không bao giờ có mã bí mật)',
        response: { 200: Type.Array(ApiTokenRow) },
      },
    },
    (request) => listApiTokens({ ctx: request.ctx }, deps),
  );
  app.post(
    '/api/api-tokens',
    {
      schema: {
        tags: ['admin'],
        summary: 'Tạo mã truy cập API cho một vai trò và đơn vị; mã bí mật chỉ hiện một lần',
        body: CreateApiTokenBody,
        response: { 201: CreatedApiToken },
      },
    },
    async (request, reply) => {
      const created = await createApiToken({ ctx: request.ctx, body: request.body }, deps);
      return reply.code(201).send(created);
    },
  );
  app.post(
    '/api/api-tokens/:id/revoke',
    {
      schema: {
        tags: ['admin'],
        summary: 'Thu hồi mã truy cập API (có hiệu lực ngay)',
        params: Type.Object({ id: Id() }),
        response: { 200: ApiTokenRow },
      },
    },
    (request) => revokeApiToken({ ctx: request.ctx, id: request.params.id }, deps),
  );
};
