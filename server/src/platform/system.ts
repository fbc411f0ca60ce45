import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SystemInfo, type SystemInfoT } from '@lmis/contracts';
import { type RequestContext, requireActor } from './auth/actor.ts';
import { type Database, migrationLevel } from './db/index.ts';
import { AppError } from './errors.ts';
import { allow, authorize, defineResource } from './policy/index.ts';

/** Facts about the installation (database engine and version, migrations): for system administrators. */
export const systemResource = defineResource({
  name: 'system',
  unitOf: () => ({ provinceCode: null }),
  notFound: () => new AppError('NOT_FOUND'),
});
allow(systemResource, 'read', ['system_admin'], { scope: 'any' });

export async function systemInfo(ctx: RequestContext, database: Database): Promise<SystemInfoT> {
  authorize(requireActor(ctx), 'read', systemResource);
  const { rows } = await database.pool.query<{ v: string }>("SELECT split_part(version(), ' ', 2) AS v");
  return {
    database: { kind: database.kind, version: rows[0]?.v ?? '' },
    migrations: await migrationLevel(database),
  };
}

export const systemRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/api/system',
    {
      schema: {
        tags: ['admin'],
        summary: 'Thông tin hệ thống: loại và phiên bản cơ sở dữ liệu, mức migration (quản trị hệ thống)',
        response: { 200: SystemInfo },
      },
    },
    (request) => systemInfo(request.ctx, database),
  );
};
