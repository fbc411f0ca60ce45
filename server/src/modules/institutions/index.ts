export { institutionResource } from './institutions.policy.ts';
export { selectInstitutionById } from './institutions.queries.ts';
export { institutionRoutes } from './institutions.routes.ts';
