import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ImportPreview, ImportRetention, ImportRunBody, ImportStatus } from '@lmis/contracts';
import Type from 'typebox';
import type { RequestContext } from '../auth/actor.ts';
import { AppError } from '../errors.ts';
import { attachmentDisposition } from '../http.ts';
import { receiveFile, storeUpload } from '../uploads.ts';
import type { TabularImport } from './pipeline.ts';
import {
  createTabularImport,
  discardTabularImport,
  getTabularImport,
  listTabularImports,
  startTabularImport,
  type TabularImportDeps,
  tabularImportErrorFile,
} from './service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An upload's extra form fields, read as text; a module validates the ones it takes. */
export type UploadField = (name: string) => string | undefined;

export interface TabularImportRoutesOptions {
  // biome-ignore lint/suspicious/noExplicitAny: the routes serve imports of any value type
  def: TabularImport<string, any, any>;
  /** The collection path, e.g. `/api/employer-imports`. */
  basePath: string;
  tags: string[];
  /** What is imported, in the summaries: "danh sách người sử dụng lao động". */
  listName: string;
  /** The list template: the recognised headers and an example row of the user's unit. */
  template(ctx: RequestContext): Promise<{ contentType: string; fileName: string; stream: NodeJS.ReadableStream }>;
  /** Extra fields of the upload form beyond `file` and `unitCode` (the register's collection year). */
  uploadFields?: { describe: string; read(field: UploadField): { roundYear?: number } };
  /** Days an upload is kept, answered at `<basePath>/retention` when given. */
  retentionDays?: number;
  deps: TabularImportDeps;
}

/**
 * The HTTP routes of a tabular import, the same for every module: upload and preview, list, status, run as a task,
 * discard an upload never run, the error file and the template. A module declares its import (platform/imports
 * pipeline) and registers this plugin with its path and words; it writes no route of its own.
 */
export const tabularImportRoutes: FastifyPluginAsyncTypebox<TabularImportRoutesOptions> = async (app, opts) => {
  const { def, basePath, tags, listName, deps } = opts;
  app.post(
    basePath,
    {
      schema: {
        tags,
        summary: `Tải lên ${listName} (.xlsx/.csv; multipart: file, tùy chọn unitCode${opts.uploadFields ? `, ${opts.uploadFields.describe}` : ''}) — trả về ánh xạ cột và các dòng đầu`,
        consumes: ['multipart/form-data'],
        response: { 201: ImportPreview },
      },
    },
    async (request, reply) => {
      const file = await receiveFile(request);
      const field: UploadField = (name) => {
        const f = file.fields[name];
        return f && !Array.isArray(f) && f.type === 'field' ? String(f.value) : undefined;
      };
      const extra = opts.uploadFields?.read(field) ?? {};
      const preview = await createTabularImport(
        def,
        {
          ctx: request.ctx,
          fileName: file.filename,
          unitCode: field('unitCode') || undefined,
          ...extra,
          save: (path) => storeUpload(file.file, path),
        },
        deps,
      );
      return reply.status(201).send(preview);
    },
  );
  app.get(
    basePath,
    { schema: { tags, summary: `Các lần nhập ${listName} gần đây`, response: { 200: Type.Array(ImportStatus) } } },
    (request) => listTabularImports(def, { ctx: request.ctx }, deps),
  );
  if (opts.retentionDays !== undefined) {
    const days = opts.retentionDays;
    app.get(
      `${basePath}/retention`,
      {
        schema: {
          tags,
          summary: 'Số ngày giữ tệp đã tải lên (tệp chưa chạy nhập hoặc đã nhập xong sẽ bị xóa sau thời hạn này)',
          response: { 200: ImportRetention },
        },
      },
      async () => ({ days }),
    );
  }
  app.get(
    `${basePath}/template.xlsx`,
    { schema: { tags, summary: `Tệp mẫu ${listName}: các cột hệ thống nhận biết và một dòng ví dụ` } },
    async (request, reply) => {
      const file = await opts.template(request.ctx);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.stream);
    },
  );
  app.get(
    `${basePath}/:id`,
    {
      schema: {
        tags,
        summary: `Tiến độ và kết quả một lần nhập ${listName}`,
        params: IdParams,
        response: { 200: ImportStatus },
      },
    },
    (request) => getTabularImport(def, { ctx: request.ctx, id: request.params.id }, deps),
  );
  app.delete(
    `${basePath}/:id`,
    {
      schema: {
        tags,
        summary: 'Bỏ tệp đã tải lên mà chưa chạy nhập (xóa lần nhập và tệp; ghi nhật ký)',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await discardTabularImport(def, { ctx: request.ctx, id: request.params.id }, deps);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${basePath}/:id/run`,
    {
      schema: {
        tags,
        summary: `Chạy (hoặc chạy lại) việc nhập ${listName} với ánh xạ cột đã xác nhận`,
        params: IdParams,
        body: ImportRunBody,
        response: { 202: ImportStatus },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await startTabularImport(
          def,
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
    `${basePath}/:id/errors.xlsx`,
    {
      schema: { tags, summary: `Tệp .xlsx các dòng lỗi của lần nhập ${listName} (số dòng và lý do)`, params: IdParams },
    },
    async (request, reply) => {
      const file = await tabularImportErrorFile(def, { ctx: request.ctx, id: request.params.id }, deps);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.stream);
    },
  );
};

/** The register's collection year from an upload form field: 2015–2100, refused with a field reason otherwise. */
export function readRoundYear(field: UploadField): { roundYear?: number } {
  const raw = field('roundYear');
  if (!raw) return {};
  const roundYear = Number(raw);
  if (!(Number.isInteger(roundYear) && roundYear >= 2015 && roundYear <= 2100)) {
    throw new AppError('VALIDATION', {
      vi: 'Năm thu thập không hợp lệ',
      details: [{ field: 'roundYear', message: 'không hợp lệ' }],
    });
  }
  return { roundYear };
}
