// The person registry's public surface. Role modules (workers, households, …) call these, never its tables —
// except `personTable`, which they may JOIN for reading (their lists are driven from person's name and unit
// indexes) and `personUpsertSql`, the registry's own statement for set-based merges (the worker import batch).
export { person as personTable } from '../../../db/schema/people.ts';
export {
  countPendingTransfersToDecide,
  countUnitReview,
  identityDiffers,
  PERSON_COLUMNS,
  type PersonIdentity,
  type PersonRecord,
  personUpsertSql,
  selectPerson as findPerson,
  upsertPerson as savePerson,
} from './people.queries.ts';
export { peopleRoutes } from './people.routes.ts';
export {
  checkRegistration,
  type PersonMovedHandler,
  type Registration,
  registeredElsewhere,
  registerMembers,
} from './people.service.ts';
