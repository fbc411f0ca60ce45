import { DOSSIER_ACTIONS } from '@lmis/contracts';

/**
 * Vietnamese/English names of audit actions and record types. Field names come from the field declarations
 * (`historyFieldLabel` of packages/contracts).
 */
export const ACTION_LABELS: Record<string, { vi: string; en: string; color: string }> = {
  create: { vi: 'Tạo mới', en: 'Created', color: 'green' },
  update: { vi: 'Cập nhật', en: 'Updated', color: 'blue' },
  delete: { vi: 'Xóa', en: 'Deleted', color: 'red' },
  login: { vi: 'Đăng nhập', en: 'Signed in', color: 'default' },
  logout: { vi: 'Đăng xuất', en: 'Signed out', color: 'default' },
  login_failed: { vi: 'Đăng nhập sai', en: 'Failed sign-in', color: 'orange' },
  account_locked: { vi: 'Khóa tài khoản', en: 'Account locked', color: 'red' },
  password_changed: { vi: 'Đổi mật khẩu', en: 'Password changed', color: 'purple' },
  import: { vi: 'Nhập tệp', en: 'Imported', color: 'cyan' },
  export: { vi: 'Xuất danh sách', en: 'Exported', color: 'gold' },
  transfer: { vi: 'Chuyển đơn vị', en: 'Moved to another unit', color: 'purple' },
  transfer_request: { vi: 'Yêu cầu chuyển', en: 'Transfer requested', color: 'gold' },
  transfer_accept: { vi: 'Chấp nhận chuyển', en: 'Transfer accepted', color: 'green' },
  transfer_refuse: { vi: 'Từ chối chuyển', en: 'Transfer refused', color: 'red' },
  transfer_cancel: { vi: 'Rút yêu cầu chuyển', en: 'Transfer withdrawn', color: 'default' },
  discard: { vi: 'Bỏ tệp chưa nhập', en: 'Upload discarded', color: 'default' },
  revoke: { vi: 'Thu hồi', en: 'Revoked', color: 'red' },
  dossier_create: { vi: 'Lập hồ sơ', en: 'Dossier filed', color: 'green' },
  dossier_attach: { vi: 'Đính kèm giấy tờ', en: 'Document attached', color: 'blue' },
  // Each step of a dossier's procedure, named as the approval engine names it.
  ...Object.fromEntries(
    Object.entries(DOSSIER_ACTIONS).map(([action, words]) => [`dossier_${action}`, { ...words, color: 'purple' }]),
  ),
};

export const ENTITY_LABELS: Record<string, { vi: string; en: string }> = {
  user: { vi: 'Tài khoản', en: 'Account' },
  worker: { vi: 'Người lao động', en: 'Worker' },
  person: { vi: 'Nhân thân', en: 'Person' },
  person_transfer: { vi: 'Yêu cầu chuyển người', en: 'Transfer request' },
  worker_import: { vi: 'Lần nhập tệp', en: 'File import' },
  worker_list: { vi: 'Danh sách xuất', en: 'Exported list' },
  household: { vi: 'Hộ gia đình', en: 'Household' },
  poverty_review: { vi: 'Kết quả rà soát hộ', en: 'Household review' },
  household_import: { vi: 'Lần nhập danh sách hộ', en: 'Household list import' },
  api_token: { vi: 'Mã truy cập API', en: 'API token' },
  dossier: { vi: 'Hồ sơ hỗ trợ', en: 'Support dossier' },
};

/** Fields holding an administrative unit's code: shown by the unit's name. */
export const UNIT_FIELDS = new Set([
  'unitCode',
  'provinceCode',
  'communeCode',
  'fromUnitCode',
  'toUnitCode',
  'fromCommuneCode',
  'toCommuneCode',
]);

/** Fields holding codes of a shared catalogue (GET /api/reference/catalogues/:name): shown by their titles. */
export const CATALOGUE_FIELDS: Record<string, string> = {
  ethnicityCode: 'ethnic-groups',
  generalEducationCode: 'general-education',
  qualificationCode: 'qualification-levels',
  employmentStatus: 'employment-status',
  statusInEmploymentCode: 'status-in-employment',
  occupationCode: 'vsco-occupations',
  workplaceSector: 'vsic-sections',
  unemploymentDurationCode: 'unemployment-duration',
  inactivityReasonCode: 'inactivity-reasons',
  deprivations: 'poverty-deprivation-indicators',
};

/** Names of stored values that are codes of a closed list. */
export const VALUE_LABELS: Record<string, Record<string, { vi: string; en: string }>> = {
  sex: { male: { vi: 'Nam', en: 'Male' }, female: { vi: 'Nữ', en: 'Female' } },
  areaType: { urban: { vi: 'Thành thị', en: 'Urban' }, rural: { vi: 'Nông thôn', en: 'Rural' } },
  ...Object.fromEntries(
    ['computedClass', 'overrideClass', 'finalClass', 'previousClass'].map((field) => [
      field,
      {
        poor: { vi: 'Hộ nghèo', en: 'Poor' },
        near_poor: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
        other: { vi: 'Không nghèo', en: 'Not poor' },
      },
    ]),
  ),
  transition: {
    newly_poor: { vi: 'Hộ nghèo phát sinh', en: 'Newly poor' },
    still_poor: { vi: 'Vẫn là hộ nghèo', en: 'Still poor' },
    escaped_poverty: { vi: 'Thoát nghèo', en: 'Escaped poverty' },
    newly_near_poor: { vi: 'Hộ cận nghèo phát sinh', en: 'Newly near-poor' },
    still_near_poor: { vi: 'Vẫn là hộ cận nghèo', en: 'Still near-poor' },
    escaped_near_poverty: { vi: 'Thoát cận nghèo', en: 'Escaped near-poverty' },
  },
};

export function label(map: Record<string, { vi: string; en: string }>, key: string, lang: 'vi' | 'en'): string {
  return map[key]?.[lang] ?? key;
}
