import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ImportPreview, ImportRunBody, ImportStatus } from '@lmis/contracts';
import Type from 'typebox';
import { receiveFile, storeUpload } from '../../platform/uploads.ts';
import {
  createHouseholdImport,
  discardHouseholdImport,
  getHouseholdImport,
  type HouseholdImportsDeps,
  householdImportErrorFile,
  householdImportTemplate,
  listHouseholdImports,
  startHouseholdImport,
} from './household-imports.service.ts';

const attachment = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The commune's household list imported from .xlsx/.csv on the generic pipeline, like the worker register. */
export const householdImportRoutes: FastifyPluginAsyncTypebox<HouseholdImportsDeps> = async (app, deps) => {
  const tags = ['households'];
  app.post(
    '/api/household-imports',
    {
      schema: {
        tags,
        summary:
          'Tải lên danh sách hộ (.xlsx/.csv; multipart: file, tùy chọn unitCode) — trả về ánh xạ cột và các dòng đầu',
        consumes: ['multipart/form-data'],
        response: { 201: ImportPreview },
      },
    },
    async (request, reply) => {
      const file = await receiveFile(request);
      const unit = file.fields.unitCode;
      const unitCode = unit && !Array.isArray(unit) && unit.type === 'field' ? String(unit.value) : undefined;
      const preview = await createHouseholdImport(
        {
          ctx: request.ctx,
          fileName: file.filename,
          unitCode: unitCode || undefined,
          save: (path) => storeUpload(file.file, path),
        },
        deps,
      );
      return reply.status(201).send(preview);
    },
  );
  app.get(
    '/api/household-imports',
    { schema: { tags, summary: 'Các lần nhập danh sách hộ gần đây', response: { 200: Type.Array(ImportStatus) } } },
    (request) => listHouseholdImports({ ctx: request.ctx }, deps),
  );
  app.get(
    '/api/household-imports/template.xlsx',
    { schema: { tags, summary: 'Tệp mẫu danh sách hộ: các cột hệ thống nhận biết và một dòng ví dụ' } },
    async (request, reply) => {
      const file = await householdImportTemplate({ ctx: request.ctx }, deps);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .send(file.stream);
    },
  );
  app.get(
    '/api/household-imports/:id',
    {
      schema: {
        tags,
        summary: 'Tiến độ và kết quả một lần nhập danh sách hộ',
        params: IdParams,
        response: { 200: ImportStatus },
      },
    },
    (request) => getHouseholdImport({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.delete(
    '/api/household-imports/:id',
    {
      schema: {
        tags,
        summary: 'Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await discardHouseholdImport({ ctx: request.ctx, id: request.params.id }, deps);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/household-imports/:id/run',
    {
      schema: {
        tags,
        summary: 'Chạy (hoặc chạy lại) việc nhập danh sách hộ với ánh xạ cột đã xác nhận',
        params: IdParams,
        body: ImportRunBody,
        response: { 202: ImportStatus },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await startHouseholdImport(
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
    '/api/household-imports/:id/errors.xlsx',
    { schema: { tags, summary: 'Tệp .xlsx các dòng lỗi của lần nhập danh sách hộ', params: IdParams } },
    async (request, reply) => {
      const file = await householdImportErrorFile({ ctx: request.ctx, id: request.params.id }, deps);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(file.fileName))
        .send(file.stream);
    },
  );
};
