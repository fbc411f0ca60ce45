import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Paged,
  Person,
  PersonTransfer,
  PersonTransferCreate,
  PersonTransferDecision,
  PersonTransferListQuery,
} from '@lmis/contracts';
import Type from 'typebox';
import {
  cancelTransfer,
  decideTransfer,
  getPerson,
  getTransfer,
  listTransfers,
  type PeopleDeps,
  requestTransfer,
} from './people.service.ts';

const PersonIdParam = Type.Object({ personId: Type.String({ pattern: '^\\d{12}$' }) });
const IdParam = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const peopleRoutes: FastifyPluginAsyncTypebox<PeopleDeps> = async (app, deps) => {
  const tags = ['people'];
  app.get(
    '/api/people/transfers',
    {
      schema: {
        tags,
        summary: 'Yêu cầu chuyển người đến/đi của đơn vị (Transfer requests in and out of the unit)',
        querystring: PersonTransferListQuery,
        response: { 200: Paged(PersonTransfer) },
      },
    },
    (request) => listTransfers({ ctx: request.ctx, query: request.query }, deps),
  );
  app.post(
    '/api/people/transfers',
    {
      schema: {
        tags,
        summary: 'Gửi yêu cầu chuyển một người đang đăng ký tại đơn vị khác (Request a transfer)',
        body: PersonTransferCreate,
        response: { 200: PersonTransfer, 201: PersonTransfer },
      },
    },
    async (request, reply) => {
      const { created, transfer } = await requestTransfer({ ctx: request.ctx, body: request.body }, deps);
      return reply.code(created ? 201 : 200).send(transfer);
    },
  );
  app.get(
    '/api/people/transfers/:id',
    {
      schema: {
        tags,
        summary: 'Một yêu cầu chuyển (A transfer request)',
        params: IdParam,
        response: { 200: PersonTransfer },
      },
    },
    (request) => getTransfer({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.post(
    '/api/people/transfers/:id/decision',
    {
      schema: {
        tags,
        summary: 'Đơn vị đang quản lý chấp nhận hoặc từ chối (The holding unit accepts or refuses)',
        params: IdParam,
        body: PersonTransferDecision,
        response: { 200: PersonTransfer },
      },
    },
    (request) => decideTransfer({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
  app.post(
    '/api/people/transfers/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Rút yêu cầu chuyển (Withdraw a request)',
        params: IdParam,
        response: { 200: PersonTransfer },
      },
    },
    (request) => cancelTransfer({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.get(
    '/api/people/:personId',
    {
      schema: {
        tags,
        summary: 'Nhân thân một người (A person of the registry)',
        params: PersonIdParam,
        response: { 200: Person },
      },
    },
    (request) => getPerson({ ctx: request.ctx, personId: request.params.personId }, deps),
  );
};
