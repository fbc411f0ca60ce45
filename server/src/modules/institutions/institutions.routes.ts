import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateInstitutionBody,
  IdParams,
  Institution,
  InstitutionListQuery,
  InstitutionOption,
  InstitutionOptionsQuery,
  Paged,
  UpdateInstitutionBody,
} from '@lmis/contracts';
import Type from 'typebox';
import {
  createInstitution,
  getInstitution,
  type InstitutionsDeps,
  institutionOptions,
  listInstitutions,
  updateInstitution,
} from './institutions.service.ts';

/** The register of vocational education and training institutions (cơ sở giáo dục nghề nghiệp). */
export const institutionRoutes: FastifyPluginAsyncTypebox<InstitutionsDeps> = async (app, deps) => {
  const tags = ['institutions'];
  app.get(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: 'Danh sách cơ sở giáo dục nghề nghiệp trong phạm vi; tìm theo tên (không dấu) hoặc mã',
        querystring: InstitutionListQuery,
        response: { 200: Paged(Institution) },
      },
    },
    (request) => listInstitutions({ ctx: request.ctx, ...request.query }, deps),
  );
  app.get(
    '/api/institutions/options',
    {
      schema: {
        tags,
        summary: 'Chọn cơ sở giáo dục nghề nghiệp: tên, mã, xã (cả tài khoản doanh nghiệp) (Institution picker)',
        querystring: InstitutionOptionsQuery,
        response: { 200: Type.Object({ items: Type.Array(InstitutionOption) }) },
      },
    },
    (request) => institutionOptions({ ctx: request.ctx, ...request.query }, deps),
  );
  app.post(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: 'Thêm cơ sở giáo dục nghề nghiệp (cán bộ cấp tỉnh)',
        body: CreateInstitutionBody,
        response: { 201: Institution },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInstitution({ ctx: request.ctx, body: request.body }, deps)),
  );
  app.get(
    '/api/institutions/:id',
    { schema: { tags, summary: 'Một cơ sở giáo dục nghề nghiệp', params: IdParams, response: { 200: Institution } } },
    (request) => getInstitution({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.put(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        summary: 'Sửa cơ sở giáo dục nghề nghiệp (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa)',
        params: IdParams,
        body: UpdateInstitutionBody,
        response: { 200: Institution },
      },
    },
    (request) => updateInstitution({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
};
