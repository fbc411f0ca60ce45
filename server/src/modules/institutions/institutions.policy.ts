import type { Role } from '@lmis/contracts';
import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

/**
 * The register of vocational education and training institutions of a province. The provincial department keeps it
 * (it registers their training activity: NĐ 143/2016/NĐ-CP Art. 13, as amended by NĐ 24/2022/NĐ-CP); officers,
 * leaders and the employment service centre read it (they refer workers and employers to training).
 */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'];

export const institutionResource = defineResource({
  name: 'institution',
  unitOf: (i: { provinceCode: string; communeCode: string }) => i,
  notFound: () =>
    new AppError('NOT_FOUND', { vi: 'Không tìm thấy cơ sở giáo dục nghề nghiệp', en: 'No such training institution' }),
});

// Read in the unit scope as every register: a province's readers all its institutions, a commune officer the commune's.
allow(institutionResource, 'read', READERS);
allow(institutionResource, 'manage', ['system_admin', 'province_officer']);
// The picker of an application's training plan (Mẫu số 02, NĐ 374/2025/NĐ-CP; QĐ 23/2021/QĐ-TTg Art. 12) names an
// institution by name, code and commune only, the public facts of its registration: every account that files or
// works applications picks among all of them, wherever they are (a plan may name an institution of another
// province). An employer account picks but neither reads the register's records nor edits them.
allow(institutionResource, 'pick', [...READERS, 'employer'], { scope: 'any' });

registerAuditReader('institution', institutionResource, 'read');
