import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateHouseholdBody,
  HouseholdDetail,
  HouseholdListQuery,
  HouseholdRow,
  Paged,
  PovertyRates,
  PovertyRatesQuery,
  PovertyReview,
  PutReviewBody,
  UpdateHouseholdBody,
} from '@lmis/contracts';
import Type from 'typebox';
import {
  createHousehold,
  getHousehold,
  type HouseholdsDeps,
  listHouseholds,
  updateHousehold,
} from './households.service.ts';
import { getPovertyRates } from './poverty-rates.service.ts';
import { putReview } from './poverty-review.service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const householdRoutes: FastifyPluginAsyncTypebox<HouseholdsDeps> = async (app, deps) => {
  app.get(
    '/api/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Danh sách hộ gia đình trong phạm vi quản lý, kèm kết quả phân loại',
        querystring: HouseholdListQuery,
        response: { 200: Paged(HouseholdRow) },
      },
    },
    (request) => listHouseholds({ ctx: request.ctx, ...request.query }, deps),
  );
  app.get(
    '/api/households/poverty-rates',
    {
      schema: {
        tags: ['households'],
        summary: 'Tỷ lệ hộ nghèo, hộ cận nghèo của tỉnh hoặc xã theo năm rà soát',
        querystring: PovertyRatesQuery,
        response: { 200: PovertyRates },
      },
    },
    (request) => getPovertyRates({ ctx: request.ctx, ...request.query }, deps),
  );
  app.post(
    '/api/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Thêm hộ gia đình',
        body: CreateHouseholdBody,
        response: { 201: HouseholdDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createHousehold({ ctx: request.ctx, body: request.body }, deps)),
  );
  app.get(
    '/api/households/:id',
    {
      schema: {
        tags: ['households'],
        summary: 'Một hộ gia đình: thành viên và các kỳ rà soát',
        params: IdParams,
        response: { 200: HouseholdDetail },
      },
    },
    (request) => getHousehold({ ctx: request.ctx, id: request.params.id }, deps),
  );
  app.patch(
    '/api/households/:id',
    {
      schema: {
        tags: ['households'],
        summary: 'Sửa thông tin hộ, thay danh sách thành viên, ghi nhận hộ giải thể',
        params: IdParams,
        body: UpdateHouseholdBody,
        response: { 200: HouseholdDetail },
      },
    },
    (request) => updateHousehold({ ctx: request.ctx, id: request.params.id, body: request.body }, deps),
  );
  app.put(
    '/api/households/:id/reviews/:year',
    {
      schema: {
        tags: ['households'],
        summary: 'Ghi hoặc sửa kết quả rà soát hộ nghèo, cận nghèo của một năm',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }), year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: PutReviewBody,
        response: { 200: PovertyReview, 201: PovertyReview },
      },
    },
    async (request, reply) => {
      const { review, created } = await putReview(
        { ctx: request.ctx, householdId: request.params.id, year: request.params.year, body: request.body },
        deps,
      );
      return reply.status(created ? 201 : 200).send(review);
    },
  );
};
