export { institutionResource } from './institutions.policy.ts';
export { institutionRoutes } from './institutions.routes.ts';
