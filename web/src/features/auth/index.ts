// What other features may use of the session: the signed-in user, role names and the session read.
export { canManageUsers, getSession, roleLabel, useCurrentUser, useMe } from './api.ts';
