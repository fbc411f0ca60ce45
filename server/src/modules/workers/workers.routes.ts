import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Paged, Worker, WorkerInput, WorkerListQuery, WorkerStats, WorkerUpdate } from '@lmis/contracts';
import Type from 'typebox';
import { attachmentDisposition } from '../../platform/http.ts';
import { readRoundYear, tabularImportRoutes } from '../../platform/imports/index.ts';
import { withUnitsOfToday } from '../geo/index.ts';
import { exportWorkers } from './export-workers.ts';
import { workerImportTemplate } from './import-template.ts';
import type { ImportsDeps } from './imports.service.ts';
import { workerImport } from './worker-import.ts';
import { createWorker, getWorker, listWorkers, updateWorker, workerStats } from './workers.service.ts';

const PersonIdParam = Type.Object({ personId: Type.String({ pattern: '^\\d{12}$' }) });

export const workerRoutes: FastifyPluginAsyncTypebox<ImportsDeps & { uploadRetentionDays: number }> = async (
  app,
  deps,
) => {
  const tags = ['workers'];
  app.get(
    '/api/workers',
    {
      schema: {
        tags,
        summary: 'Danh sách người lao động (lọc, tìm không dấu, phân trang)',
        querystring: WorkerListQuery,
        response: { 200: Paged(Worker) },
      },
    },
    (request) => listWorkers({ ctx: request.ctx, query: request.query }, deps),
  );
  app.get(
    '/api/workers/stats',
    {
      schema: {
        tags,
        summary: 'Lực lượng lao động, có việc làm, thất nghiệp, tỷ lệ qua đào tạo của một đơn vị trong một kỳ thu thập',
        querystring: Type.Object({
          unitCode: Type.Optional(Type.String({ pattern: '^\\d{2}(\\d{3})?$' })),
          roundYear: Type.Optional(Type.Integer({ minimum: 2015, maximum: 2100 })),
        }),
        response: { 200: WorkerStats },
      },
    },
    (request) => workerStats({ ctx: request.ctx, ...request.query }, deps),
  );
  app.get(
    '/api/workers/export.:format',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách đang lọc ra .xlsx hoặc .csv (không giới hạn số dòng; được ghi nhật ký)',
        params: Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')]) }),
        querystring: Type.Object({
          ...Type.Omit(WorkerListQuery, ['page', 'pageSize', 'sort', 'cursor', 'count']).properties,
          separator: Type.Optional(
            Type.Union([Type.Literal('comma'), Type.Literal('semicolon')], {
              description:
                'CSV: dấu phẩy (mặc định) hoặc dấu chấm phẩy với dấu thập phân là dấu phẩy (Excel cài đặt vùng Việt Nam)',
            }),
          ),
        }),
      },
    },
    async (request, reply) => {
      const { separator, ...query } = request.query;
      const file = await exportWorkers({ ctx: request.ctx, query, format: request.params.format, separator }, deps);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.stream);
    },
  );
  app.get(
    '/api/workers/:personId',
    { schema: { tags, summary: 'Hồ sơ một người lao động', params: PersonIdParam, response: { 200: Worker } } },
    (request) => getWorker({ ctx: request.ctx, personId: request.params.personId }, deps),
  );
  app.post(
    '/api/workers',
    { schema: { tags, summary: 'Thêm người lao động', body: WorkerInput, response: { 201: Worker } } },
    async (request, reply) =>
      reply.status(201).send(await createWorker({ ctx: request.ctx, body: request.body }, deps)),
  );
  app.put(
    '/api/workers/:personId',
    {
      schema: {
        tags,
        summary: 'Sửa hồ sơ (kèm version đã đọc)',
        params: PersonIdParam,
        body: WorkerUpdate,
        response: { 200: Worker },
      },
    },
    (request) => updateWorker({ ctx: request.ctx, personId: request.params.personId, body: request.body }, deps),
  );

  await app.register(tabularImportRoutes, {
    def: workerImport,
    basePath: '/api/worker-imports',
    tags,
    listName: 'danh sách người lao động',
    template: (ctx) => workerImportTemplate({ ctx }, deps),
    uploadFields: { describe: 'roundYear', read: readRoundYear },
    retentionDays: deps.uploadRetentionDays,
    deps: withUnitsOfToday(deps),
  });
};
