import type { FastifyPluginAsync } from 'fastify';
import { tabularImportRoutes } from '../../platform/imports/index.ts';
import { withUnitsOfToday } from '../geo/index.ts';
import { employerImport } from './employer-import.ts';
import { type EmployerImportsDeps, employerImportTemplate } from './employer-imports.service.ts';

/** Employer lists imported from .xlsx/.csv on the generic pipeline and its routes, like the worker register. */
export const employerImportRoutes: FastifyPluginAsync<EmployerImportsDeps> = async (app, deps) => {
  await app.register(tabularImportRoutes, {
    def: employerImport,
    basePath: '/api/employer-imports',
    tags: ['employers'],
    listName: 'danh sách người sử dụng lao động',
    template: (ctx) => employerImportTemplate({ ctx }, deps),
    deps: withUnitsOfToday(deps),
  });
};
