import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  TraineeListParse,
  TrainingSupportAssessment,
  TrainingSupportAssessmentBody,
  TrainingSupportDossierParams,
  TrainingSupportPayment,
  TrainingSupportPaymentBody,
  TrainingSupportRecovery,
  TrainingSupportResultBody,
} from '@lmis/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import { attachmentDisposition } from '../../platform/http.ts';
import { authorize } from '../../platform/policy/index.ts';
import { newUploadPath, receiveFile, removeUpload, storeUpload, uploadFolder } from '../../platform/uploads.ts';
import { dossierResource } from '../dossiers/index.ts';
import { assessDossier, assessDraft } from './assessment.ts';
import { traineeListFile } from './decisions.ts';
import { parseTraineeList, traineeListFormat } from './trainee-list.ts';
import { getRecovery, recordPayment, reportResult, type TrainingSupportDeps } from './training-support.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A trainee list of a few thousand rows is far below this. */
const MAX_LIST_BYTES = 5 * 1024 * 1024;

export const trainingSupportRoutes: FastifyPluginAsyncTypebox<TrainingSupportDeps> = async (app, deps) => {
  const tags = ['training-support'];
  app.post(
    '/api/training-support/assessment',
    {
      schema: {
        tags,
        summary: 'Đánh giá điều kiện và mức hỗ trợ của đơn (không lưu) (Assess a draft application)',
        body: TrainingSupportAssessmentBody,
        response: { 200: TrainingSupportAssessment },
      },
    },
    (request) => assessDraft({ ctx: request.ctx, body: request.body }, deps),
  );
  app.get(
    '/api/training-support/dossiers/:id/assessment',
    {
      schema: {
        tags,
        summary: 'Đánh giá điều kiện và mức hỗ trợ của hồ sơ (Assessment of a dossier)',
        params: TrainingSupportDossierParams,
        response: { 200: TrainingSupportAssessment },
      },
    },
    (request) => assessDossier({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.post(
    '/api/training-support/trainee-list',
    {
      schema: {
        tags,
        summary: 'Đọc danh sách người lao động (Mẫu 02 Phụ lục I, .xlsx/.csv) (Read a trainee list)',
        consumes: ['multipart/form-data'],
        response: { 200: TraineeListParse },
      },
    },
    async (request) => {
      authorize(requireActor(request.ctx), 'file', dossierResource);
      const file = await receiveFile(request, { maxBytes: MAX_LIST_BYTES });
      const format = traineeListFormat(file.filename);
      const path = newUploadPath(uploadFolder(deps.dataDir, 'trainee-lists'), format);
      try {
        await storeUpload(file.file, path);
        return await parseTraineeList(path, format);
      } finally {
        removeUpload(path);
      }
    },
  );
  app.post(
    '/api/training-support/dossiers/:id/payment',
    {
      schema: {
        tags,
        summary: 'Ghi nhận chi trả kinh phí hỗ trợ (Record a payment)',
        params: TrainingSupportDossierParams,
        body: TrainingSupportPaymentBody,
        response: { 201: TrainingSupportPayment },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordPayment({ ctx: request.ctx, id: request.params.id, body: request.body }, deps)),
  );
  app.put(
    '/api/training-support/dossiers/:id/result',
    {
      schema: {
        tags,
        summary: 'Báo cáo kết quả đào tạo và quyết toán (Report the training result)',
        params: TrainingSupportDossierParams,
        body: TrainingSupportResultBody,
        response: { 200: TrainingSupportRecovery },
      },
    },
    (request) => reportResult({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
  app.get(
    '/api/training-support/dossiers/:id/recovery',
    {
      schema: {
        tags,
        summary: 'Kinh phí thu hồi theo người lao động và tổng số (Recovery per worker and in total)',
        params: TrainingSupportDossierParams,
        response: { 200: TrainingSupportRecovery },
      },
    },
    (request) => getRecovery({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.get(
    '/api/training-support/dossiers/:id/trainees.xlsx',
    {
      schema: {
        tags,
        summary:
          'Danh sách người lao động được hỗ trợ gửi cơ quan bảo hiểm xã hội (.xlsx) (Trainee list for the social insurance)',
        params: TrainingSupportDossierParams,
      },
    },
    async (request, reply) => {
      const file = await traineeListFile({ ctx: request.ctx, id: request.params.id }, deps);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.buffer);
    },
  );
};
