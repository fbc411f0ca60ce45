import type { Role } from '@lmis/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

/**
 * The employers register. Officers keep the employers of their unit (a commune officer those of the commune, a
 * province officer those of the province); leaders and the employment service centre read them (labour-demand data,
 * TT 01/2022/TT-BLĐTBXH Art. 3, 9–11). An employer account reads and edits only its own employer (the account's
 * `employerId`, set by an account manager), wherever that employer lies.
 */
const KEEPERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];
const READERS: readonly Role[] = [...KEEPERS, 'employment_centre', 'viewer'];

export interface EmployerUnit {
  id: number;
  provinceCode: string;
  communeCode: string;
}

const employerNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không tìm thấy người sử dụng lao động', en: 'No such employer' });

/** An employer; out of scope it is answered exactly as an id that does not exist. */
export const employerResource = defineResource({
  name: 'employer',
  unitOf: (e: EmployerUnit) => e,
  notFound: employerNotFound,
});

/** An uploaded employer list and its run (platform/imports), under the `employer:import` right. */
export const employerImportResource = defineResource({
  name: 'employer',
  unitOf: (i: { provinceCode: string; communeCode: string | null }) => i,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy lượt nhập dữ liệu', en: 'No such import' }),
});

const ownEmployer = (actor: Actor, e: EmployerUnit) => actor.employerId != null && actor.employerId === e.id;

allow(employerResource, ['read', 'export'], READERS);
allow(employerResource, ['create', 'update', 'import'], KEEPERS);
allow(employerResource, ['read', 'update'], ['employer'], { scope: 'any', when: ownEmployer });

/**
 * For an actor whose read right is only the own-employer rule: the one employer it may list (null: none linked).
 * Undefined for everyone else, whose lists follow their unit scope.
 */
export function ownEmployerOnly(actor: Actor): number | null | undefined {
  return actor.role === 'employer' ? (actor.employerId ?? null) : undefined;
}

registerAuditReader('employer', employerResource, 'read', {
  ownRecord: (actor) => {
    const own = ownEmployerOnly(actor);
    return own === undefined ? undefined : own === null ? null : String(own);
  },
});
// Import summaries and list exports speak of many employers: read by those who may export the register.
registerAuditReader('employer_import', employerResource, 'export');
registerAuditReader('employer_list', employerResource, 'export');
