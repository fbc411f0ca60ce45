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

/** One uploaded household list and its run (platform/imports); out of scope it answers as an import that does not exist. */
export const householdImportResource = defineResource({
  name: 'household_import',
  unitOf: (i: { provinceCode: string; communeCode: string | null }) => i,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy lượt nhập dữ liệu', en: 'No such import' }),
});

allow(householdResource, 'read', READERS);
allow(householdImportResource, 'read', READERS);
allow(householdImportResource, 'create', KEEPERS);
allow(householdResource, ['create', 'update'], KEEPERS);
allow(povertyReviewResource, 'read', READERS);
allow(povertyReviewResource, 'write', KEEPERS);

registerAuditReader('household', householdResource, 'read');
registerAuditReader('poverty_review', povertyReviewResource, 'read');
// An import's summary speaks of the register's households: read with the household read right.
registerAuditReader('household_import', householdResource, 'read');
