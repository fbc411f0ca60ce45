export { dossierResource } from './dossiers.policy.ts';
export { dossierRoutes } from './dossiers.routes.ts';
