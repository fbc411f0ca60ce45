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

registerAuditReader('institution', institutionResource, 'read');
