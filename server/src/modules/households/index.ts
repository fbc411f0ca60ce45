export { householdRoutes } from './households.routes.ts';
export { classifyHousehold, pickStandard, povertyRates, transition } from './poverty-rules.ts';
