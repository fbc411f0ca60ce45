// What other features may use of the session: the signed-in user, its capabilities, role names and the session read.
export { allowedBy, can, getSession, roleLabel, useCan, useCurrentUser, useMe } from './api.ts';
