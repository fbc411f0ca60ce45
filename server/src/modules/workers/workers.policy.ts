import type { Role } from '@lmis/contracts';
import { type Actor, type Scope, scopeCovers, scopeOf } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

/** Personal data of the register: read by labour authorities and employment centres, changed by officers. */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'];
const WRITERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];

export function assertCanRead(actor: Actor): Scope {
  if (!READERS.includes(actor.role)) throw new AppError('FORBIDDEN');
  return scopeOf(actor);
}

export function assertCanWrite(actor: Actor): Scope {
  if (!WRITERS.includes(actor.role)) throw new AppError('FORBIDDEN');
  return scopeOf(actor);
}

/** A unit code (province or commune) the actor may look into. */
export function assertUnitInScope(scope: Scope, unitCode: string, provinceOfUnit: string): void {
  const ok =
    unitCode.length === 2
      ? scope.kind === 'national' || (scope.kind === 'province' && scope.provinceCode === unitCode)
      : scopeCovers(scope, { provinceCode: provinceOfUnit, communeCode: unitCode });
  if (!ok) throw new AppError('OUT_OF_SCOPE');
}

export function assertRecordInScope(scope: Scope, record: { provinceCode: string; communeCode: string }): void {
  if (!scopeCovers(scope, record)) throw new AppError('OUT_OF_SCOPE');
}
