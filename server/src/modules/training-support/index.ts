import { TRAINING_SUPPORT_TYPES, TrainingSupportApplication } from '@lmis/contracts';
import { registerDossierHooks, registerPayloadSchema } from '../../platform/approvals/index.ts';
import { trainingSupportBeforeCommit, trainingSupportDecisionArticles } from './application.ts';

// The module owns the application of both training-support types: its schema, the checks and writes inside the
// engine's transitions, and the articles of its decisions.
for (const code of TRAINING_SUPPORT_TYPES) {
  registerPayloadSchema(code, TrainingSupportApplication);
  registerDossierHooks(code, {
    beforeCommit: trainingSupportBeforeCommit,
    decisionArticles: trainingSupportDecisionArticles,
  });
}

export { trainingSupportRoutes } from './training-support.routes.ts';
