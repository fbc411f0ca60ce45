export { decisionHeading } from './dossier-documents.ts';
export { machineActor, versionOf } from './dossier-view.ts';
export { dossierResource } from './dossiers.policy.ts';
export {
  type DossierDecisionRow,
  type DossierRow,
  selectDecisions,
  updateDossierIfVersion,
} from './dossiers.queries.ts';
export { dossierRoutes } from './dossiers.routes.ts';
export { applicantEmployer, createDossier, visibleDossier } from './dossiers.service.ts';
export { actOnDossier } from './transition-dossier.ts';
