import type { Role } from '@lmis/contracts';
import { type Actor, type Scope, scopeCovers, scopeOf } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * The person registry holds personal data (Luật Bảo vệ dữ liệu cá nhân 2025; NĐ 13/2023/NĐ-CP): read by the roles
 * that read the registers built on it, changed through those registers by officers. A transfer is asked for by an
 * officer of the receiving unit and decided by an officer of the holding unit (its commune or the province).
 */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'];
const OFFICERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];

export function assertCanReadPeople(actor: Actor): Scope {
  if (!READERS.includes(actor.role)) throw new AppError('FORBIDDEN');
  return scopeOf(actor);
}

/** Asking for and deciding transfers: officers only. */
export function assertCanTransfer(actor: Actor): Scope {
  if (!OFFICERS.includes(actor.role)) throw new AppError('FORBIDDEN');
  return scopeOf(actor);
}

/** A person (or any record kept under a unit) the scope sees; otherwise the caller answers "not found". */
export const inScope = (scope: Scope, unit: { provinceCode: string; communeCode: string }) => scopeCovers(scope, unit);

/** The holding side decides: the request's source unit must lie in the scope. */
export const canDecide = (scope: Scope, t: { fromProvinceCode: string; fromCommuneCode: string }) =>
  scopeCovers(scope, { provinceCode: t.fromProvinceCode, communeCode: t.fromCommuneCode });

/** The requesting side: the destination lies in the scope. */
export const isRequester = (scope: Scope, t: { toProvinceCode: string; toCommuneCode: string }) =>
  scopeCovers(scope, { provinceCode: t.toProvinceCode, communeCode: t.toCommuneCode });
