import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Paged, SecurityEvent, SecurityEventQuery } from '@lmis/contracts';
import { listSecurityEvents, type SecurityDeps } from './security.service.ts';

export const securityRoutes: FastifyPluginAsyncTypebox<SecurityDeps> = async (app, deps) => {
  app.get(
    '/api/security-events',
    {
      schema: {
        tags: ['security'],
        summary: 'Nhật ký an ninh: đăng nhập, đăng xuất, đổi mật khẩu, phiên, từ chối truy cập (chỉ quản trị hệ thống)',
        querystring: SecurityEventQuery,
        response: { 200: Paged(SecurityEvent) },
      },
    },
    (request) => listSecurityEvents({ ctx: request.ctx, ...request.query }, deps),
  );
};
