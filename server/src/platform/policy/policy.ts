import { CAPABILITIES, type Capability, NOT_FOR_API_TOKENS, type Role, type UnitScopeT } from '@lmis/contracts';
import { type Actor, type Scope, scopeCovers, scopeOf } from '../auth/actor.ts';
import { AppError } from '../errors.ts';

/**
 * The declarative access policy. Each module declares, in its `<module>.policy.ts`, which roles may do which action
 * on which of its resources and on which records (Outline's `allow(User, "update", Document, …)`); services ask
 * `authorize`/`can`, list queries take the scope `listScope` chooses, and `/api/auth/me` reports `capabilitiesOf`.
 * Routes never decide.
 */

/** Where a record lies: the province and (for commune records) the commune it is kept in. */
export interface UnitRef {
  provinceCode: string | null;
  communeCode?: string | null;
}

/** The actions of a resource: what follows `<name>:` in the capability names declared in the contracts. */
export type ActionOf<N extends string> = Capability extends infer C ? (C extends `${N}:${infer A}` ? A : never) : never;

export interface Resource<R, N extends string = string> {
  /** The capability prefix, e.g. `worker` for `worker:read`. */
  name: N;
  /** Where a record lies, for the unit-scope part of every record rule. */
  unitOf: (record: R) => UnitRef;
  /**
   * The answer for a record the actor may not see. It is also the service's answer for a record that does not
   * exist, so an out-of-scope id and a nonexistent one are answered alike (404, same body).
   */
  notFound: () => AppError;
}

export function defineResource<R, N extends string>(def: Resource<R, N>): Resource<R, N> {
  return def;
}

interface Rule {
  /** The roles the rule grants the action to (the capability). */
  roles: readonly Role[] | ((actor: Actor) => boolean);
  /**
   * Which records: `unit` (the default) — those in the actor's unit scope (national, own province with its
   * communes, or own commune); `any` — every record the actor's role may act on.
   */
  scope: 'unit' | 'any';
  /** A further condition on the record, e.g. "only a system administrator manages an administrator's account". */
  when?: (actor: Actor, record: never) => boolean;
}

const rules = new Map<string, Rule[]>();

const hasRole = (rule: Rule, actor: Actor) =>
  typeof rule.roles === 'function' ? rule.roles(actor) : rule.roles.includes(actor.role);

/**
 * Declares that `roles` may do `action` on records of `resource` in their unit scope (or anywhere with
 * `scope: 'any'`), optionally only where `when` holds. Several rules for one action add up (any may grant).
 */
export function allow<R, N extends string>(
  resource: Resource<R, N>,
  actions: ActionOf<N> | readonly ActionOf<N>[],
  roles: Rule['roles'],
  opts: { scope?: 'unit' | 'any'; when?: (actor: Actor, record: R) => boolean } = {},
): void {
  for (const action of typeof actions === 'string' ? [actions] : actions) {
    const key = `${resource.name}:${action}`;
    if (!Object.hasOwn(CAPABILITIES, key)) throw new Error(`policy: capability ${key} is not declared in contracts`);
    const list = rules.get(key) ?? [];
    list.push({ roles, scope: opts.scope ?? 'unit', when: opts.when as Rule['when'] });
    rules.set(key, list);
  }
}

function rulesFor(actor: Actor, key: string): Rule[] {
  // An API token acts as its role would, except that it never hands out access (accounts, tokens).
  if (actor.apiToken && (NOT_FOR_API_TOKENS as readonly string[]).includes(key)) return [];
  return (rules.get(key) ?? []).filter((r) => hasRole(r, actor));
}

function recordAllowed(actor: Actor, rule: Rule, unit: UnitRef, record: unknown): boolean {
  if (rule.scope === 'unit' && !scopeCovers(scopeOf(actor), unit)) return false;
  return !rule.when || (rule.when as (a: Actor, r: unknown) => boolean)(actor, record);
}

/** Whether the actor may do `action` on some records of the resource (without a record) or on this record. */
export function can<R, N extends string>(
  actor: Actor,
  action: ActionOf<N>,
  resource: Resource<R, N>,
  record?: R,
): boolean {
  const granted = rulesFor(actor, `${resource.name}:${action}`);
  if (record === undefined) return granted.length > 0;
  return granted.some((rule) => recordAllowed(actor, rule, resource.unitOf(record), record));
}

/**
 * Refuses what `can` refuses: FORBIDDEN (403) when the actor's role may not do the action on this kind of record
 * at all, and the resource's not-found answer (404) for a record outside what the actor may act on — the same
 * answer a nonexistent record gets, so nothing tells whether it exists.
 */
export function authorize<R, N extends string>(
  actor: Actor,
  action: ActionOf<N>,
  resource: Resource<R, N>,
  record?: R,
): void {
  if (!can(actor, action, resource)) throw new AppError('FORBIDDEN');
  if (record !== undefined && !can(actor, action, resource, record)) throw resource.notFound();
}

/**
 * For acting inside a unit that is not itself a record (creating a record in a commune, filtering a list or a
 * statistic by a unit): FORBIDDEN without the capability, OUT_OF_SCOPE (403) for a unit outside the scope. Units
 * are public reference data (`/api/geo`), so this answer reveals nothing that is not already public.
 */
export function authorizeUnit<R, N extends string>(
  actor: Actor,
  action: ActionOf<N>,
  resource: Resource<R, N>,
  unit: UnitRef,
): void {
  const granted = rulesFor(actor, `${resource.name}:${action}`);
  if (granted.length === 0) throw new AppError('FORBIDDEN');
  if (!granted.some((rule) => rule.scope === 'any' || scopeCovers(scopeOf(actor), unit))) {
    throw new AppError('OUT_OF_SCOPE');
  }
}

/**
 * The scope a list of the resource is filtered to for this actor (turned into SQL by `scopeWhere`), after the
 * capability check; null when the actor's role may not do the action at all.
 */
export function scopeFor<R, N extends string>(
  actor: Actor,
  action: ActionOf<N>,
  resource: Resource<R, N>,
): Scope | null {
  const granted = rulesFor(actor, `${resource.name}:${action}`);
  if (granted.length === 0) return null;
  return granted.some((r) => r.scope === 'any') ? { kind: 'national' } : scopeOf(actor);
}

/** `scopeFor` for a list the actor asked for: FORBIDDEN when the role may not do the action at all. */
export function listScope<R, N extends string>(actor: Actor, action: ActionOf<N>, resource: Resource<R, N>): Scope {
  const scope = scopeFor(actor, action, resource);
  if (!scope) throw new AppError('FORBIDDEN');
  return scope;
}

/** Every capability the actor's role is granted by some rule, in the contracts' order. */
export function capabilitiesOf(actor: Actor): Capability[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((key) => rulesFor(actor, key).length > 0);
}

/** The actor's unit scope as the contracts present it. */
export function presentScope(actor: Actor): UnitScopeT {
  return scopeOf(actor);
}

/** Capabilities declared in the contracts that no rule grants (a test keeps this empty). */
export function ungrantedCapabilities(): string[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((key) => !rules.has(key));
}
