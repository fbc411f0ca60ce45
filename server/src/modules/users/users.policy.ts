import { ROLES, type Role } from '@lmis/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { allow, authorize, authorizeUnit, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

type Account = { role: Role | string; unitCode: string | null; provinceCode: string | null };

/** Where an account works: a two-digit unit is a province, a five-digit one a commune of `provinceCode`. */
const unitOfAccount = (a: Account) => ({
  provinceCode: a.provinceCode,
  communeCode: a.unitCode && a.unitCode.length === 5 ? a.unitCode : null,
});

/** An account; outside the manager's scope it is answered exactly as an id that does not exist. */
export const userResource = defineResource({
  name: 'user',
  unitOf: unitOfAccount,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy tài khoản', en: 'No such account' }),
});

// Accounts are managed by system administrators everywhere and by province officers inside their province;
// only a system administrator hands out (or manages) the administrator role.
allow(userResource, ['read', 'create', 'update'], ['system_admin']);
allow(userResource, ['read', 'create', 'update'], ['province_officer'], {
  when: (_actor, account) => account.role !== 'system_admin',
});
allow(userResource, 'grant_admin', ['system_admin'], { scope: 'any' });

registerAuditReader('user', userResource, 'read');

/**
 * The account as it will be after a create or an edit must lie in the manager's scope (OUT_OF_SCOPE otherwise:
 * units are public), and an administrator account needs the `user:grant_admin` right (FORBIDDEN otherwise).
 */
export function authorizeAccountShape(actor: Actor, action: 'create' | 'update', account: Account): void {
  authorizeUnit(actor, action, userResource, unitOfAccount(account));
  if (account.role === 'system_admin') authorize(actor, 'grant_admin', userResource);
}

/** Every role but the system administrator works inside a unit. */
export function unitRequired(role: Role): boolean {
  return ROLES[role].needsUnit;
}
