import type { Role } from '@lmis/contracts';
import { type Actor, scopeCovers, scopeOf } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

/** Who may manage accounts: system administrators everywhere, province officers inside their province. */
export function assertCanManageUsers(actor: Actor): void {
  if (actor.role !== 'system_admin' && actor.role !== 'province_officer') throw new AppError('FORBIDDEN');
}

/** An account is managed by whoever's scope covers its unit; only a system admin hands out the admin role. */
export function assertCanManageAccount(
  actor: Actor,
  target: { role: Role; unitCode: string | null; provinceCode: string | null },
): void {
  assertCanManageUsers(actor);
  if (target.role === 'system_admin' && actor.role !== 'system_admin') throw new AppError('FORBIDDEN');
  const covered = scopeCovers(scopeOf(actor), {
    provinceCode: target.provinceCode,
    communeCode: target.unitCode && target.unitCode.length === 5 ? target.unitCode : null,
  });
  if (!covered) throw new AppError('OUT_OF_SCOPE');
}

/** Every role but the system administrator works inside a unit. */
export function unitRequired(role: Role): boolean {
  return role !== 'system_admin';
}
