export { householdImport } from './household-import.ts';
export { householdImportRoutes } from './household-imports.routes.ts';
export { selectLatestReviewYear as findLatestReviewYear } from './households.queries.ts';
export { householdRoutes } from './households.routes.ts';
export { leaveHouseholdsOnMove, registerHouseholds } from './households.service.ts';
export { getPovertyRates } from './poverty-rates.service.ts';
export { DEPRIVATION_CATALOGUE, recordReviews } from './poverty-review.service.ts';
export { classifyHousehold, pickStandard, povertyRates, transition } from './poverty-rules.ts';
