import { AppError } from '../errors.ts';
import { allow, defineResource } from '../policy/index.ts';

/**
 * The working calendar is national reference data: the departments' and communes' staff read it, a system
 * administrator corrects it. (Employers will see their own dossiers' due dates through the dossiers.)
 */
export const calendarResource = defineResource({
  name: 'calendar',
  unitOf: () => ({ provinceCode: null }),
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không có lịch của ngày hoặc năm này', en: 'No calendar entry' }),
});

allow(
  calendarResource,
  'read',
  ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'],
  {
    scope: 'any',
  },
);
allow(calendarResource, 'manage', ['system_admin'], { scope: 'any' });
