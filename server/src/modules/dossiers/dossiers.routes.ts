import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Dossier,
  DossierActionParams,
  DossierAttachment,
  DossierAttachmentParams,
  DossierCreate,
  DossierDecisionParams,
  DossierEvent,
  DossierIdParams,
  DossierListItem,
  DossierListQuery,
  DossierQueueItem,
  DossierQueueQuery,
  DossierReceipt,
  DossierSlaQuery,
  DossierSlaRow,
  DossierTransitionBody,
  DossierTypeView,
  DossierUpdate,
  Paged,
} from '@lmis/contracts';
import Type from 'typebox';
import { attachmentDisposition } from '../../platform/http.ts';
import { receiveFile, storeUpload } from '../../platform/uploads.ts';
import { attachFile, listAttachments, MAX_ATTACHMENT_BYTES, openAttachment } from './attachments.ts';
import { decisionDocx, receiptDocx } from './dossier-documents.ts';
import {
  createDossier,
  type DossiersDeps,
  dossierHistory,
  dossierQueue,
  dossierReceipt,
  dossierSla,
  getDossier,
  listDossiers,
  listDossierTypes,
  updateDraft,
} from './dossiers.service.ts';
import { actOnDossier } from './transition-dossier.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const dossierRoutes: FastifyPluginAsyncTypebox<DossiersDeps> = async (app, deps) => {
  const tags = ['dossiers'];
  app.get(
    '/api/dossier-types',
    {
      schema: {
        tags,
        summary: 'Các loại hồ sơ khai báo (bước, thời hạn, căn cứ pháp lý) (Declared dossier types)',
        response: { 200: Type.Object({ items: Type.Array(DossierTypeView) }) },
      },
    },
    (request) => ({ items: listDossierTypes({ ctx: request.ctx }) }),
  );
  app.post(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'Lập hồ sơ (bản nháp) (Create a draft dossier)',
        body: DossierCreate,
        response: { 201: Dossier },
      },
    },
    async (request, reply) => reply.code(201).send(await createDossier({ ctx: request.ctx, body: request.body }, deps)),
  );
  app.get(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary:
          'Danh sách hồ sơ trong phạm vi, mới nhất trước; lọc theo loại, trạng thái, bước, đơn vị, tên (không dấu), ngày nộp (List dossiers)',
        querystring: DossierListQuery,
        response: { 200: Paged(DossierListItem) },
      },
    },
    (request) => listDossiers({ ctx: request.ctx, query: request.query }, deps),
  );
  app.get(
    '/api/dossiers/queue',
    {
      schema: {
        tags,
        summary: 'Hàng đợi xử lý: của tôi, quá hạn, sắp đến hạn (Work queues)',
        querystring: DossierQueueQuery,
        response: { 200: Type.Object({ items: Type.Array(DossierQueueItem) }) },
      },
    },
    (request) => dossierQueue({ ctx: request.ctx, query: request.query }, deps),
  );
  app.get(
    '/api/dossiers/sla',
    {
      schema: {
        tags,
        summary: 'Tổng hợp thời hạn giải quyết theo đơn vị, bước và kỳ (SLA summary)',
        querystring: DossierSlaQuery,
        response: { 200: Type.Object({ items: Type.Array(DossierSlaRow) }) },
      },
    },
    (request) => dossierSla({ ctx: request.ctx, query: request.query }, deps),
  );
  app.get(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Một hồ sơ, các bước và thời hạn (A dossier)',
        params: DossierIdParams,
        response: { 200: Dossier },
      },
    },
    (request) => getDossier({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.put(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Sửa bản nháp (gửi kèm phiên bản đã đọc; 409 nếu đã bị sửa hoặc đã nộp) (Edit a draft)',
        params: DossierIdParams,
        body: DossierUpdate,
        response: { 200: Dossier },
      },
    },
    (request) => updateDraft({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
  app.post(
    '/api/dossiers/:id/actions/:action',
    {
      schema: {
        tags,
        summary: 'Thực hiện một thao tác: nộp, tiếp nhận, yêu cầu bổ sung, phê duyệt … (Act on a dossier)',
        params: DossierActionParams,
        body: DossierTransitionBody,
        response: { 200: Dossier },
      },
    },
    (request) =>
      actOnDossier(
        {
          ctx: request.ctx,
          id: request.params.id,
          action: request.params.action as Parameters<typeof actOnDossier>[0]['action'],
          body: request.body,
        },
        deps,
      ),
  );
  app.get(
    '/api/dossiers/:id/history',
    {
      schema: {
        tags,
        summary: 'Lịch sử xử lý hồ sơ (Event history)',
        params: DossierIdParams,
        response: { 200: Type.Object({ items: Type.Array(DossierEvent) }) },
      },
    },
    async (request) => ({ items: await dossierHistory({ ctx: request.ctx, id: request.params.id }, deps) }),
  );
  app.get(
    '/api/dossiers/:id/receipt',
    {
      schema: {
        tags,
        summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả: số, ngày nhận, ngày hẹn trả (Receipt data)',
        params: DossierIdParams,
        response: { 200: DossierReceipt },
      },
    },
    (request) => dossierReceipt({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.get(
    '/api/dossiers/:id/receipt.docx',
    { schema: { tags, summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (.docx)', params: DossierIdParams } },
    async (request, reply) => {
      const file = await receiptDocx({ ctx: request.ctx, id: request.params.id }, deps);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.buffer);
    },
  );
  app.get(
    '/api/dossiers/:id/decisions/:decisionId.docx',
    {
      schema: {
        tags,
        summary: 'Quyết định đã ban hành (.docx) (A decision as .docx)',
        params: DossierDecisionParams,
      },
    },
    async (request, reply) => {
      const file = await decisionDocx(
        { ctx: request.ctx, id: request.params.id, decisionId: request.params.decisionId },
        deps,
      );
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.buffer);
    },
  );
  app.get(
    '/api/dossiers/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Tệp đính kèm của hồ sơ (Attachments)',
        params: DossierIdParams,
        response: { 200: Type.Object({ items: Type.Array(DossierAttachment) }) },
      },
    },
    async (request) => ({ items: await listAttachments({ ctx: request.ctx, id: request.params.id }, deps) }),
  );
  app.post(
    '/api/dossiers/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp PDF, ảnh hoặc Office (multipart: documentCode, rồi file) (Attach a file)',
        consumes: ['multipart/form-data'],
        params: DossierIdParams,
        response: { 201: DossierAttachment },
      },
    },
    async (request, reply) => {
      const file = await receiveFile(request, { maxBytes: MAX_ATTACHMENT_BYTES });
      const field = file.fields.documentCode;
      const documentCode = field && !Array.isArray(field) && field.type === 'field' ? String(field.value) : undefined;
      const created = await attachFile(
        {
          ctx: request.ctx,
          id: request.params.id,
          fileName: file.filename,
          documentCode: documentCode || undefined,
          save: (path) => storeUpload(file.file, path),
        },
        deps,
      );
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/api/dossiers/:id/attachments/:attachmentId',
    {
      schema: { tags, summary: 'Tải tệp đính kèm (Download an attachment)', params: DossierAttachmentParams },
    },
    async (request, reply) => {
      const file = await openAttachment(
        { ctx: request.ctx, id: request.params.id, attachmentId: request.params.attachmentId },
        deps,
      );
      // Always a download, never rendered or run by the browser.
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.stream);
    },
  );
};
