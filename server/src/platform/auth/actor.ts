import type { Role } from '@lmis/contracts';
import { AppError } from '../errors.ts';

/** The signed-in user as every service sees it. */
export interface Actor {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unitCode: string | null;
  provinceCode: string | null;
  /** An employer account: the employer it acts for (the employers register's own-record rules read it). */
  employerId?: number | null;
  /**
   * Set when a machine acts through an API token: it has the role and unit of the token, never the rights in
   * NOT_FOR_API_TOKENS, and `id` is the administrator who created the token.
   */
  apiToken?: { id: number; name: string };
}

/** What a service needs to know about the request: who acts, and the id that ties logs and audit together. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  /** Where the request came from (the client, not a trusted proxy): for the security log and throttling. */
  client?: { ip: string; userAgent?: string };
}

/**
 * The part of the country a user may see and change: national (system admin without a unit), one province
 * (its communes included) or one commune. Units after the 2025 reform have two levels, so a unit code of two
 * digits is a province and of five digits a commune.
 */
export type Scope =
  | { kind: 'national' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'commune'; provinceCode: string; communeCode: string };

export function scopeOf(actor: Actor): Scope {
  if (!actor.unitCode || !actor.provinceCode) {
    if (actor.role === 'system_admin') return { kind: 'national' };
    // A non-admin account without a unit sees nothing rather than everything.
    return { kind: 'commune', provinceCode: '--', communeCode: '-----' };
  }
  if (actor.unitCode.length === 2) return { kind: 'province', provinceCode: actor.unitCode };
  return { kind: 'commune', provinceCode: actor.provinceCode, communeCode: actor.unitCode };
}

/** True when a record kept in `provinceCode`/`communeCode` lies inside the scope. */
export function scopeCovers(scope: Scope, unit: { provinceCode: string | null; communeCode?: string | null }): boolean {
  if (scope.kind === 'national') return true;
  if (scope.kind === 'province') return unit.provinceCode === scope.provinceCode;
  return unit.communeCode === scope.communeCode;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}
