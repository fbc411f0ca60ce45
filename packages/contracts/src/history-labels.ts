import { EMPLOYER_FIELDS } from './employer.fields.ts';
import { fieldLabels, type Label } from './fields.ts';
import { HOUSEHOLD_FIELDS } from './household.fields.ts';
import { INSTITUTION_FIELDS } from './institutions.ts';
import { PERSON_FIELDS } from './person.fields.ts';
import { WORKER_FIELDS } from './worker.fields.ts';

/**
 * The field names the change log shows, per audited entity type: the records' declared labels, then the
 * system fields their audit images carry. A field nobody named is shown by `historyFieldLabel`'s readable fallback,
 * never as its code name.
 */
const SYSTEM: Record<string, Label> = {
  version: { vi: 'Phiên bản', en: 'Version' },
  provinceCode: { vi: 'Tỉnh', en: 'Province' },
  communeCode: { vi: 'Xã/phường', en: 'Commune' },
  unitNeedsReview: { vi: 'Cần xác định lại xã', en: 'Commune to confirm' },
  sourceUnit: { vi: 'Đơn vị ghi trong tệp', en: 'Unit as written in the file' },
  roundYear: { vi: 'Kỳ thu thập', en: 'Collection round' },
  householdId: { vi: 'Hộ gia đình', en: 'Household' },
  note: { vi: 'Ghi chú', en: 'Note' },
  status: { vi: 'Trạng thái', en: 'Status' },
};

const ACCOUNT: Record<string, Label> = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  role: { vi: 'Vai trò', en: 'Role' },
  unitCode: { vi: 'Đơn vị', en: 'Unit' },
  active: { vi: 'Hoạt động', en: 'Active' },
  lockedUntil: { vi: 'Khóa đến', en: 'Locked until' },
  failedLogins: { vi: 'Số lần đăng nhập sai', en: 'Failed sign-ins' },
  mustChangePassword: { vi: 'Phải đổi mật khẩu', en: 'Must change password' },
  passwordChanged: { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  lastLoginAt: { vi: 'Lần đăng nhập gần nhất', en: 'Last sign-in' },
};

const IMPORT_SUMMARY: Record<string, Label> = {
  fileName: { vi: 'Tệp', en: 'File' },
  rowsDone: { vi: 'Số dòng đã đọc', en: 'Rows read' },
  inserted: { vi: 'Thêm mới', en: 'Added' },
  updated: { vi: 'Cập nhật', en: 'Updated' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  failed: { vi: 'Dòng lỗi', en: 'Rows refused' },
  flagged: { vi: 'Cần xác định lại xã', en: 'Commune to confirm' },
  repeated: { vi: 'Dòng lặp lại', en: 'Repeated rows' },
};

const REVIEW: Record<string, Label> = {
  reviewYear: { vi: 'Năm rà soát', en: 'Review year' },
  reviewedOn: { vi: 'Ngày rà soát', en: 'Reviewed on' },
  areaType: { vi: 'Khu vực', en: 'Area' },
  memberCount: { vi: 'Số nhân khẩu', en: 'Members' },
  incomePerCapitaVnd: { vi: 'Thu nhập bình quân (đồng/người/tháng)', en: 'Income per capita (VND/month)' },
  deprivations: { vi: 'Chỉ số thiếu hụt', en: 'Deprivation indicators' },
  standardId: { vi: 'Chuẩn nghèo áp dụng', en: 'Poverty standard' },
  computedClass: { vi: 'Phân loại theo chuẩn', en: 'Class by the standard' },
  overrideClass: { vi: 'Phân loại điều chỉnh', en: 'Adjusted class' },
  overrideReason: { vi: 'Lý do điều chỉnh', en: 'Reason for adjustment' },
  finalClass: { vi: 'Kết quả phân loại', en: 'Final class' },
  previousClass: { vi: 'Phân loại năm trước', en: 'Previous year' },
  transition: { vi: 'Biến động', en: 'Change' },
};

const TRANSFER: Record<string, Label> = {
  personId: { vi: 'Số định danh cá nhân', en: 'Personal ID' },
  toCommuneCode: { vi: 'Xã chuyển đến', en: 'Commune moved to' },
  fromCommuneCode: { vi: 'Xã chuyển đi', en: 'Commune moved from' },
};

/** Field labels per audited entity type (plain data: the web reads it as it is). */
export const HISTORY_FIELD_LABELS: Record<string, Record<string, Label>> = {
  worker: { ...SYSTEM, ...fieldLabels(WORKER_FIELDS) },
  person: { ...SYSTEM, ...fieldLabels(PERSON_FIELDS) },
  household: {
    ...SYSTEM,
    ...fieldLabels(HOUSEHOLD_FIELDS),
    dissolvedOn: { vi: 'Ngày giải thể', en: 'Dissolved on' },
    members: { vi: 'Thành viên', en: 'Members' },
  },
  poverty_review: { ...SYSTEM, ...REVIEW },
  person_transfer: { ...SYSTEM, ...TRANSFER },
  user: { ...SYSTEM, ...ACCOUNT },
  worker_import: { ...SYSTEM, ...IMPORT_SUMMARY },
  household_import: { ...SYSTEM, ...IMPORT_SUMMARY },
  employer: { ...SYSTEM, ...fieldLabels(EMPLOYER_FIELDS) },
  employer_import: { ...SYSTEM, ...IMPORT_SUMMARY },
  employer_list: { ...SYSTEM, filter: { vi: 'Bộ lọc', en: 'Filter' }, format: { vi: 'Định dạng', en: 'Format' } },
  institution: { ...SYSTEM, ...fieldLabels(INSTITUTION_FIELDS) },
  worker_list: { ...SYSTEM, filter: { vi: 'Bộ lọc', en: 'Filter' }, format: { vi: 'Định dạng', en: 'Format' } },
};

/** "failedLogins" → "failed logins", "headPersonId" → "head person id": a code name in words. */
export function humaniseFieldName(field: string): string {
  const words = field
    .replace(/[_.-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The name of a field of an audit entry's before/after image, in the reader's language: the entity type's label,
 * any type's label for the same key, else the key in words.
 */
export function historyFieldLabel(entityType: string, field: string, lang: 'vi' | 'en'): string {
  const own = HISTORY_FIELD_LABELS[entityType]?.[field];
  if (own) return own[lang];
  for (const labels of Object.values(HISTORY_FIELD_LABELS)) {
    const other = labels[field];
    if (other) return other[lang];
  }
  return humaniseFieldName(field);
}
