import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ImportPreview,
  ImportRetention,
  ImportRunBody,
  ImportStatus,
  Paged,
  Worker,
  WorkerInput,
  WorkerListQuery,
  WorkerStats,
  WorkerUpdate,
} from '@lmis/contracts';
import Type from 'typebox';
import { AppError } from '../../platform/errors.ts';
import { receiveFile, storeUpload } from '../../platform/uploads.ts';
import { exportWorkers } from './export-workers.ts';
import { workerImportTemplate } from './import-template.ts';
import {
  createImport,
  discardImport,
  getImport,
  type ImportsDeps,
  importErrorFile,
  listImports,
  startImport,
} from './imports.service.ts';
import { createWorker, getWorker, listWorkers, updateWorker, workerStats } from './workers.service.ts';

const PersonIdParam = Type.Object({ personId: Type.String({ pattern: '^\\d{12}$' }) });
const IdParam = Type.Object({ id: Type.Integer() });
const attachment = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

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
        .header('content-disposition', attachment(file.fileName))
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

  app.post(
    '/api/worker-imports',
    {
      schema: {
        tags,
        summary:
          'Tải lên tệp .xlsx/.csv (multipart: file; tùy chọn unitCode, roundYear) — trả về ánh xạ cột và các dòng đầu',
        consumes: ['multipart/form-data'],
        response: { 201: ImportPreview },
      },
    },
    async (request, reply) => {
      const file = await receiveFile(request);
      const field = (name: string) => {
        const f = file.fields[name];
        return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : undefined;
      };
      const roundYear = field('roundYear') ? Number(field('roundYear')) : undefined;
      if (roundYear !== undefined && !(Number.isInteger(roundYear) && roundYear >= 2015 && roundYear <= 2100)) {
        throw new AppError('VALIDATION', {
          vi: 'Năm thu thập không hợp lệ',
          details: [{ field: 'roundYear', message: 'không hợp lệ' }],
        });
      }
      const preview = await createImport(
        {
          ctx: request.ctx,
          fileName: file.filename,
          unitCode: field('unitCode') || undefined,
          roundYear,
          save: (path) => storeUpload(file.file, path),
        },
        deps,
      );
      return reply.status(201).send(preview);
    },
  );
  app.get(
    '/api/worker-imports',
    { schema: { tags, summary: 'Các lần nhập gần đây', response: { 200: Type.Array(ImportStatus) } } },
    (request) => listImports({ ctx: request.ctx }, deps),
  );
  app.get(
    '/api/worker-imports/:id',
    { schema: { tags, summary: 'Tiến độ và kết quả một lần nhập', params: IdParam, response: { 200: ImportStatus } } },
    (request) => getImport({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.get(
    '/api/worker-imports/retention',
    {
      schema: {
        tags,
        summary: 'Số ngày giữ tệp đã tải lên (tệp chưa chạy nhập hoặc đã nhập xong sẽ bị xóa sau thời hạn này)',
        response: { 200: ImportRetention },
      },
    },
    async () => ({ days: deps.uploadRetentionDays }),
  );
  app.delete(
    '/api/worker-imports/:id',
    {
      schema: {
        tags,
        summary: 'Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)',
        params: IdParam,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await discardImport({ ctx: request.ctx, id: request.params.id }, deps);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/worker-imports/:id/run',
    {
      schema: {
        tags,
        summary: 'Chạy (hoặc chạy lại) việc nhập với ánh xạ cột đã xác nhận',
        params: IdParam,
        body: ImportRunBody,
        response: { 202: ImportStatus },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await startImport(
          {
            ctx: request.ctx,
            id: request.params.id,
            mapping: request.body.mapping,
            acceptWarnings: request.body.acceptWarnings,
          },
          deps,
        ),
      ),
  );
  app.get(
    '/api/worker-imports/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Tệp mẫu danh sách người lao động: các cột hệ thống nhận biết và một dòng ví dụ',
      },
    },
    async (request, reply) => {
      const file = await workerImportTemplate({ ctx: request.ctx }, deps);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .send(file.stream);
    },
  );
  app.get(
    '/api/worker-imports/:id/errors.xlsx',
    { schema: { tags, summary: 'Tệp .xlsx các dòng lỗi (số dòng và lý do)', params: IdParam } },
    async (request, reply) => {
      const file = await importErrorFile({ ctx: request.ctx, id: request.params.id }, deps);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(file.fileName))
        .send(file.stream);
    },
  );
};
