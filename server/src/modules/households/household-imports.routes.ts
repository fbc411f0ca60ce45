import type { FastifyPluginAsync } from 'fastify';
import { tabularImportRoutes } from '../../platform/imports/index.ts';
import { withUnitsOfToday } from '../geo/index.ts';
import { householdImport } from './household-import.ts';
import { type HouseholdImportsDeps, householdImportTemplate } from './household-imports.service.ts';

/** The commune's household list imported from .xlsx/.csv on the generic pipeline and its routes. */
export const householdImportRoutes: FastifyPluginAsync<HouseholdImportsDeps> = async (app, deps) => {
  await app.register(tabularImportRoutes, {
    def: householdImport,
    basePath: '/api/household-imports',
    tags: ['households'],
    listName: 'danh sách hộ',
    template: (ctx) => householdImportTemplate({ ctx }, deps),
    deps: withUnitsOfToday(deps),
  });
};
