import { TRAINING_SUPPORT_TYPES, TrainingSupportApplication } from '@lmis/contracts';
import { registerDossierHooks, registerPayloadSchema } from '../../platform/approvals/index.ts';
import { trainingSupportBeforeCommit } from './application.ts';
import { trainingSupportDecisionDocument } from './decisions.ts';

// The module owns the application of both training-support types: its schema, the checks and writes inside the
// engine's transitions, and its decisions' documents (Mẫu số 04a and 04b).
for (const code of TRAINING_SUPPORT_TYPES) {
  registerPayloadSchema(code, TrainingSupportApplication);
  registerDossierHooks(code, {
    beforeCommit: trainingSupportBeforeCommit,
    decisionDocument: trainingSupportDecisionDocument,
  });
}

export { trainingSupportRoutes } from './training-support.routes.ts';
