import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AdminUnit, AdminUnitDetail, UnitListQuery } from '@lmis/contracts';
import Type from 'typebox';
import { type GeoDeps, getUnitDetail, listUnits, unitCounts } from './geo.service.ts';

export const geoRoutes: FastifyPluginAsyncTypebox<GeoDeps> = async (app, deps) => {
  app.get(
    '/api/geo/units',
    {
      schema: {
        tags: ['geo'],
        summary: 'Đơn vị hành chính theo ngày: danh sách tỉnh, đơn vị con, hoặc tìm kiếm không dấu',
        querystring: UnitListQuery,
        response: { 200: Type.Array(AdminUnit) },
      },
    },
    (request) => listUnits(request.query, deps),
  );
  app.get(
    '/api/geo/counts',
    {
      schema: {
        tags: ['geo'],
        summary: 'Số đơn vị hành chính mỗi cấp vào một ngày',
        querystring: Type.Object({ asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) }),
        response: { 200: Type.Object({ province: Type.Integer(), district: Type.Integer(), commune: Type.Integer() }) },
      },
    },
    (request) => unitCounts({ asOf: request.query.asOf }, deps),
  );
  app.get(
    '/api/geo/units/:code',
    {
      schema: {
        tags: ['geo'],
        summary: 'Một đơn vị hành chính theo ngày, với cấp trên và quan hệ sáp nhập 2025',
        params: Type.Object({ code: Type.String({ pattern: '^\\d{2,5}$' }) }),
        querystring: Type.Object({ asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) }),
        response: { 200: AdminUnitDetail },
      },
    },
    (request) => getUnitDetail({ code: request.params.code, asOf: request.query.asOf }, deps),
  );
};
