import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ImportPreview, ImportRunBody, ImportStatus } from '@lmis/contracts';
import Type from 'typebox';
import { receiveFile, storeUpload } from '../../platform/uploads.ts';
import {
  createEmployerImport,
  type EmployerImportsDeps,
  employerImportErrorFile,
  employerImportTemplate,
  getEmployerImport,
  listEmployerImports,
  startEmployerImport,
} from './employer-imports.service.ts';

const attachment = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Employer lists imported from .xlsx/.csv on the generic pipeline, like the worker register. */
export const employerImportRoutes: FastifyPluginAsyncTypebox<EmployerImportsDeps> = async (app, deps) => {
  const tags = ['employers'];
  app.post(
    '/api/employer-imports',
    {
      schema: {
        tags,
        summary:
          'Tải lên danh sách người sử dụng lao động (.xlsx/.csv; multipart: file, tùy chọn unitCode) — trả về ánh xạ cột và các dòng đầu',
        consumes: ['multipart/form-data'],
        response: { 201: ImportPreview },
      },
    },
    async (request, reply) => {
      const file = await receiveFile(request);
      const unit = file.fields.unitCode;
      const unitCode = unit && !Array.isArray(unit) && unit.type === 'field' ? String(unit.value) : undefined;
      const preview = await createEmployerImport(
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
    '/api/employer-imports',
    {
      schema: {
        tags,
        summary: 'Các lần nhập danh sách người sử dụng lao động gần đây',
        response: { 200: Type.Array(ImportStatus) },
      },
    },
    (request) => listEmployerImports({ ctx: request.ctx }, deps),
  );
  app.get(
    '/api/employer-imports/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Tệp mẫu danh sách người sử dụng lao động: các cột hệ thống nhận biết và một dòng ví dụ',
      },
    },
    async (request, reply) => {
      const file = await employerImportTemplate({ ctx: request.ctx }, deps);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .send(file.stream);
    },
  );
  app.get(
    '/api/employer-imports/:id',
    {
      schema: {
        tags,
        summary: 'Tiến độ và kết quả một lần nhập danh sách người sử dụng lao động',
        params: IdParams,
        response: { 200: ImportStatus },
      },
    },
    (request) => getEmployerImport({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.post(
    '/api/employer-imports/:id/run',
    {
      schema: {
        tags,
        summary: 'Chạy (hoặc chạy lại) việc nhập danh sách người sử dụng lao động với ánh xạ cột đã xác nhận',
        params: IdParams,
        body: ImportRunBody,
        response: { 202: ImportStatus },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await startEmployerImport(
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
    '/api/employer-imports/:id/errors.xlsx',
    {
      schema: {
        tags,
        summary: 'Tệp .xlsx các dòng lỗi của lần nhập danh sách người sử dụng lao động',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const file = await employerImportErrorFile({ ctx: request.ctx, id: request.params.id }, deps);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(file.fileName))
        .send(file.stream);
    },
  );
};
