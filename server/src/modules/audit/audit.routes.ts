import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditEntry, AuditQuery, Paged } from '@lmis/contracts';
import { type AuditDeps, listHistory } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncTypebox<AuditDeps> = async (app, deps) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Lịch sử thay đổi của một bản ghi (hoặc mọi bản ghi trong phạm vi)',
        querystring: AuditQuery,
        response: { 200: Paged(AuditEntry) },
      },
    },
    (request) => listHistory({ ctx: request.ctx, ...request.query }, deps),
  );
};
