import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';

/** The security log (sign-ins, refusals, exports, uploads) is read by system administrators only. */
export const securityLogResource = defineResource({
  name: 'security_log',
  unitOf: () => ({ provinceCode: null }),
  notFound: () => new AppError('NOT_FOUND'),
});

allow(securityLogResource, 'read', ['system_admin'], { scope: 'any' });
