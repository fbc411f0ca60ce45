import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

/** API tokens are the system's keys for other systems: managed nation-wide by system administrators only. */
export const apiTokenResource = defineResource({
  name: 'api_token',
  unitOf: (t: { provinceCode: string | null; unitCode: string | null }) => ({
    provinceCode: t.provinceCode,
    communeCode: t.unitCode?.length === 5 ? t.unitCode : null,
  }),
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy mã API', en: 'No such API token' }),
});

// An API token is never granted this right itself (NOT_FOR_API_TOKENS, contracts auth.ts).
allow(apiTokenResource, 'manage', ['system_admin'], { scope: 'any' });

registerAuditReader('api_token', apiTokenResource, 'manage');
