import type { Role } from '@lmis/contracts';
import { type Actor, scopeCovers, scopeOf } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

/** Officers keep the household register of their unit; leaders (viewer) read it; other roles have no access. */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'viewer'];
const EDITORS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];

export function assertCanReadHouseholds(actor: Actor): void {
  if (!READERS.includes(actor.role)) throw new AppError('FORBIDDEN');
}

export function assertCanChangeHouseholds(actor: Actor): void {
  if (!EDITORS.includes(actor.role)) throw new AppError('FORBIDDEN');
}

/** A household (or a unit asked about) must lie inside the actor's province or commune. */
export function assertUnitInScope(actor: Actor, unit: { provinceCode: string; communeCode?: string | null }): void {
  if (!scopeCovers(scopeOf(actor), unit)) throw new AppError('OUT_OF_SCOPE');
}
