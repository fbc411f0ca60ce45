import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CatalogueItem, CatalogueSummary } from '@lmis/contracts';
import Type from 'typebox';
import { getCatalogue, listCatalogues, type ReferenceDeps } from './reference.service.ts';

export const referenceRoutes: FastifyPluginAsyncTypebox<ReferenceDeps> = async (app, deps) => {
  app.get(
    '/api/reference/catalogues',
    {
      schema: {
        tags: ['reference'],
        summary: 'Các danh mục dùng chung',
        response: { 200: Type.Array(CatalogueSummary) },
      },
    },
    () => listCatalogues(deps),
  );
  app.get(
    '/api/reference/catalogues/:name',
    {
      schema: {
        tags: ['reference'],
        summary: 'Các mục của một danh mục, hiệu lực vào ngày chọn',
        params: Type.Object({ name: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }) }),
        querystring: Type.Object({ asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) }),
        response: { 200: Type.Array(CatalogueItem) },
      },
    },
    (request) => getCatalogue({ name: request.params.name, asOf: request.query.asOf }, deps),
  );
};
