import { ROLES, type Role } from '@lmis/contracts';
import { AppError } from '../errors.ts';
import { allow, defineResource } from '../policy/index.ts';

/** The working calendar is national reference data: everyone signed in reads it, a system administrator corrects it. */
export const calendarResource = defineResource({
  name: 'calendar',
  unitOf: () => ({ provinceCode: null }),
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không có lịch của ngày hoặc năm này', en: 'No calendar entry' }),
});

allow(calendarResource, 'read', Object.keys(ROLES) as Role[], { scope: 'any' });
allow(calendarResource, 'manage', ['system_admin'], { scope: 'any' });
