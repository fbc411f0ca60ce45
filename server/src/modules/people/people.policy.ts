import type { Role } from '@lmis/contracts';
import { type Actor, type Scope, scopeCovers } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { allow, defineResource, listScope } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

/**
 * The person registry holds personal data (Luật Bảo vệ dữ liệu cá nhân 2025; NĐ 13/2023/NĐ-CP): read by the roles
 * that read the registers built on it, changed through those registers by officers. A transfer is asked for by an
 * officer of the receiving unit and decided by an officer of the holding unit (its commune or the province).
 */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'];
const OFFICERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];

/** A person; outside the reader's scope answered exactly as an ID that is not registered. */
export const personResource = defineResource({
  name: 'person',
  unitOf: (p: { provinceCode: string; communeCode: string }) => p,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy người này', en: 'No such person' }),
});

/** A transfer request, seen from either side (the holding unit decides, the receiving unit asks). */
export const transferResource = defineResource({
  name: 'person_transfer',
  unitOf: (t: { toProvinceCode: string; toCommuneCode: string }) => ({
    provinceCode: t.toProvinceCode,
    communeCode: t.toCommuneCode,
  }),
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy yêu cầu chuyển', en: 'No such transfer request' }),
});

allow(personResource, 'read', READERS);
allow(transferResource, ['read', 'request', 'decide'], OFFICERS);

registerAuditReader('person', personResource, 'read');
registerAuditReader('person_transfer', transferResource, 'read');

export function assertCanReadPeople(actor: Actor): Scope {
  return listScope(actor, 'read', personResource);
}

/** Asking for and deciding transfers: officers only, in their own unit scope. */
export function assertCanTransfer(actor: Actor): Scope {
  return listScope(actor, 'request', transferResource);
}

/** A person (or any record kept under a unit) the scope sees; otherwise the caller answers "not found". */
export const inScope = (scope: Scope, unit: { provinceCode: string; communeCode: string }) => scopeCovers(scope, unit);

/** The holding side decides: the request's source unit must lie in the scope. */
export const canDecide = (scope: Scope, t: { fromProvinceCode: string; fromCommuneCode: string }) =>
  scopeCovers(scope, { provinceCode: t.fromProvinceCode, communeCode: t.fromCommuneCode });

/** The requesting side: the destination lies in the scope. */
export const isRequester = (scope: Scope, t: { toProvinceCode: string; toCommuneCode: string }) =>
  scopeCovers(scope, { provinceCode: t.toProvinceCode, communeCode: t.toCommuneCode });
