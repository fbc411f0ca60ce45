import type { Role } from '@lmis/contracts';
import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

/**
 * The household register and its poverty reviews (Nghị định 07/2021/NĐ-CP, Thông tư 07/2021/TT-BLĐTBXH): kept by
 * the officers of the unit, read by leaders (viewer); other roles have no access.
 */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'viewer'];
const KEEPERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];

type InCommune = { provinceCode: string; communeCode: string };

const householdNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không tìm thấy hộ gia đình', en: 'No such household' });

/** A household; out of scope it is answered exactly as an id that does not exist. */
export const householdResource = defineResource({
  name: 'household',
  unitOf: (h: InCommune) => h,
  notFound: householdNotFound,
});

/** A household's review of one year; reviews are reached through their household and answer like it. */
export const povertyReviewResource = defineResource({
  name: 'poverty_review',
  unitOf: (h: InCommune) => h,
  notFound: householdNotFound,
});

allow(householdResource, 'read', READERS);
allow(householdResource, ['create', 'update'], KEEPERS);
allow(povertyReviewResource, 'read', READERS);
allow(povertyReviewResource, 'write', KEEPERS);

registerAuditReader('household', householdResource, 'read');
registerAuditReader('poverty_review', povertyReviewResource, 'read');
