/** Vietnamese/English names of audit actions and record fields; unknown ones are shown as stored. */
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
};

export const FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  role: { vi: 'Vai trò', en: 'Role' },
  unitCode: { vi: 'Đơn vị', en: 'Unit' },
  active: { vi: 'Hoạt động', en: 'Active' },
  lockedUntil: { vi: 'Khóa đến', en: 'Locked until' },
  mustChangePassword: { vi: 'Phải đổi mật khẩu', en: 'Must change password' },
  passwordChanged: { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  // worker (the register's fields, TT 01/2022/TT-BLĐTBXH Art. 7)
  personId: { vi: 'Số định danh cá nhân', en: 'Personal ID' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  ethnicityCode: { vi: 'Dân tộc', en: 'Ethnicity' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  provinceCode: { vi: 'Tỉnh', en: 'Province' },
  communeCode: { vi: 'Xã/phường', en: 'Commune' },
  unitNeedsReview: { vi: 'Cần xác định lại xã', en: 'Commune to confirm' },
  sourceUnit: { vi: 'Đơn vị ghi trong tệp', en: 'Unit as written in the file' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  householdRelation: { vi: 'Quan hệ với chủ hộ', en: 'Relation to head' },
  generalEducationCode: { vi: 'Trình độ giáo dục phổ thông', en: 'General education' },
  qualificationCode: { vi: 'Trình độ chuyên môn kỹ thuật', en: 'Technical qualification' },
  trainingField: { vi: 'Chuyên ngành đào tạo', en: 'Field of training' },
  employmentStatus: { vi: 'Tình trạng việc làm', en: 'Employment status' },
  statusInEmploymentCode: { vi: 'Vị thế việc làm', en: 'Status in employment' },
  jobTitle: { vi: 'Công việc / chức danh', en: 'Job title' },
  occupationCode: { vi: 'Nghề nghiệp (VSCO)', en: 'Occupation (VSCO)' },
  workplaceName: { vi: 'Nơi làm việc', en: 'Workplace' },
  workplaceType: { vi: 'Loại hình nơi làm việc', en: 'Workplace type' },
  workplaceSector: { vi: 'Ngành kinh tế (VSIC)', en: 'Sector (VSIC)' },
  workplaceAddress: { vi: 'Địa chỉ nơi làm việc', en: 'Workplace address' },
  unemploymentDurationCode: { vi: 'Thời gian thất nghiệp', en: 'Unemployment duration' },
  previousJob: { vi: 'Công việc trước khi thất nghiệp', en: 'Previous job' },
  inactivityReasonCode: { vi: 'Lý do không tham gia HĐKT', en: 'Reason for inactivity' },
  socialInsurance: { vi: 'Tham gia BHXH', en: 'Social insurance' },
  needTraining: { vi: 'Nhu cầu học nghề', en: 'Needs training' },
  needJob: { vi: 'Nhu cầu việc làm', en: 'Needs a job' },
  needAbroad: { vi: 'Nhu cầu đi làm việc ở nước ngoài', en: 'Wants to work abroad' },
  roundYear: { vi: 'Kỳ thu thập', en: 'Collection round' },
  householdId: { vi: 'Hộ gia đình', en: 'Household' },
  // household and its yearly review (NĐ 07/2021/NĐ-CP; QĐ 24/2021/QĐ-TTg)
  householdCode: { vi: 'Mã hộ', en: 'Household code' },
  headName: { vi: 'Chủ hộ', en: 'Head of household' },
  areaType: { vi: 'Khu vực', en: 'Area' },
  registeredOn: { vi: 'Ngày ghi nhận', en: 'Registered on' },
  dissolvedOn: { vi: 'Ngày giải thể', en: 'Dissolved on' },
  members: { vi: 'Thành viên', en: 'Members' },
  reviewYear: { vi: 'Năm rà soát', en: 'Review year' },
  reviewedOn: { vi: 'Ngày rà soát', en: 'Reviewed on' },
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
  // an import's summary
  fileName: { vi: 'Tệp', en: 'File' },
  rowsDone: { vi: 'Số dòng đã đọc', en: 'Rows read' },
  inserted: { vi: 'Thêm mới', en: 'Added' },
  updated: { vi: 'Cập nhật', en: 'Updated' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  failed: { vi: 'Dòng lỗi', en: 'Rows refused' },
  flagged: { vi: 'Cần xác định lại xã', en: 'Commune to confirm' },
};

/** Fields holding an administrative unit's code: shown by the unit's name. */
export const UNIT_FIELDS = new Set(['unitCode', 'provinceCode', 'communeCode', 'fromUnitCode', 'toUnitCode']);

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
