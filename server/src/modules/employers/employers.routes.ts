import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateEmployerBody,
  Employer,
  EmployerExportQuery,
  EmployerListQuery,
  IdParams,
  LinkEmployerAccountBody,
  Paged,
  UpdateEmployerBody,
  UserRow,
} from '@lmis/contracts';
import Type from 'typebox';
import { attachmentDisposition } from '../../platform/http.ts';
import {
  createEmployer,
  type EmployersDeps,
  getEmployer,
  linkAccount,
  listEmployers,
  updateEmployer,
} from './employers.service.ts';
import { exportEmployers } from './export-employers.ts';

/** The employers register (người sử dụng lao động). */
export const employerRoutes: FastifyPluginAsyncTypebox<EmployersDeps> = async (app, deps) => {
  const tags = ['employers'];
  app.get(
    '/api/employers',
    {
      schema: {
        tags,
        summary: 'Danh sách người sử dụng lao động trong phạm vi; tìm theo tên (không dấu) hoặc đầu mã số thuế',
        querystring: EmployerListQuery,
        response: { 200: Paged(Employer) },
      },
    },
    (request) => listEmployers({ ctx: request.ctx, ...request.query }, deps),
  );
  app.get(
    '/api/employers/export.:format',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách người sử dụng lao động đang lọc ra .xlsx hoặc .csv (được ghi nhật ký)',
        params: Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]) }),
        querystring: EmployerExportQuery,
      },
    },
    async (request, reply) => {
      const { separator, ...query } = request.query;
      const file = await exportEmployers({ ctx: request.ctx, query, format: request.params.format, separator }, deps);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.stream);
    },
  );
  app.post(
    '/api/employers',
    {
      schema: {
        tags,
        summary: 'Thêm người sử dụng lao động (mã số thuế đã có bị từ chối)',
        body: CreateEmployerBody,
        response: { 201: Employer },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEmployer({ ctx: request.ctx, body: request.body }, deps)),
  );
  app.get(
    '/api/employers/:id',
    { schema: { tags, summary: 'Một người sử dụng lao động', params: IdParams, response: { 200: Employer } } },
    (request) => getEmployer({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.put(
    '/api/employers/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin người sử dụng lao động (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa)',
        params: IdParams,
        body: UpdateEmployerBody,
        response: { 200: Employer },
      },
    },
    (request) => updateEmployer({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
  app.post(
    '/api/employers/:id/accounts',
    {
      schema: {
        tags,
        summary: 'Gắn một tài khoản doanh nghiệp với người sử dụng lao động này (quản trị viên, cán bộ cấp tỉnh)',
        params: IdParams,
        body: LinkEmployerAccountBody,
        response: { 200: UserRow },
      },
    },
    (request) => linkAccount({ ctx: request.ctx, id: request.params.id, userId: request.body.userId }, deps),
  );
};
