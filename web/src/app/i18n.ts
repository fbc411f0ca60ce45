import { createContext, useContext } from 'react';
import { ApiError } from '../lib/api.ts';

export type Lang = 'vi' | 'en';
export const LANG_STORAGE_KEY = 'lmis.lang';

export function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const dict = {
  productName: { vi: 'LMIS — Hệ thống thông tin thị trường lao động', en: 'LMIS — Labour market information system' },
  productShort: { vi: 'LMIS', en: 'LMIS' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
  signInHint: { vi: 'Đăng nhập bằng tài khoản được cấp', en: 'Sign in with the account you were given' },
  changePassword: { vi: 'Đổi mật khẩu', en: 'Change password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  confirmPassword: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  passwordMismatch: { vi: 'Hai mật khẩu không khớp', en: 'The passwords do not match' },
  passwordRule: { vi: 'Ít nhất 10 ký tự, gồm chữ và số', en: 'At least 10 characters with letters and digits' },
  passwordChanged: { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
  mustChangePassword: {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.',
    en: 'You need to change your password before continuing.',
  },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  reload: { vi: 'Tải lại', en: 'Reload' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  noData: { vi: 'Không có dữ liệu', en: 'No data' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  // navigation
  navHome: { vi: 'Tổng quan', en: 'Overview' },
  navRegistry: { vi: 'Cung lao động', en: 'Labour supply' },
  navTraining: { vi: 'Đào tạo nghề', en: 'Vocational training' },
  navDossiers: { vi: 'Hồ sơ hỗ trợ', en: 'Support dossiers' },
  navJobs: { vi: 'Sàn giao dịch việc làm', en: 'Job exchange' },
  navFairs: { vi: 'Ngày hội việc làm', en: 'Job fairs' },
  navPlans: { vi: 'Kế hoạch & ngân sách', en: 'Plans & budget' },
  navReports: { vi: 'Báo cáo', en: 'Reports' },
  navAdmin: { vi: 'Quản trị', en: 'Administration' },
  navUnits: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  navCatalogues: { vi: 'Danh mục dùng chung', en: 'Shared catalogues' },
  navUsers: { vi: 'Tài khoản', en: 'Accounts' },
  navHistory: { vi: 'Nhật ký thay đổi', en: 'Change log' },
  moduleNotReady: { vi: 'Phân hệ đang được xây dựng', en: 'This module is being built' },
  moduleNotReadyNote: {
    vi: 'Chưa có chức năng hay dữ liệu nào của phân hệ này trên hệ thống. Khi hoàn thành, phân hệ sẽ:',
    en: 'No function or data of this module exists in the system yet. When finished, it will:',
  },
  forbidden: { vi: 'Bạn không có quyền truy cập trang này', en: 'You may not open this page' },
  notFound: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  backHome: { vi: 'Về trang tổng quan', en: 'Back to overview' },
  // home
  whoAmI: { vi: 'Tài khoản đang đăng nhập', en: 'Signed in as' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  nationalScope: { vi: 'Toàn quốc', en: 'National' },
  systemStatus: { vi: 'Tình trạng hệ thống', en: 'System status' },
  status: { vi: 'Trạng thái', en: 'Status' },
  healthOk: { vi: 'Hoạt động bình thường', en: 'Working normally' },
  healthDegraded: { vi: 'Có sự cố', en: 'Degraded' },
  database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
  dbEmbedded: { vi: 'Nhúng (PGlite)', en: 'Embedded (PGlite)' },
  dbPostgres: { vi: 'PostgreSQL', en: 'PostgreSQL' },
  migrations: { vi: 'Phiên bản lược đồ', en: 'Schema migrations' },
  unitCounts: { vi: 'Đơn vị hành chính trong hệ thống', en: 'Administrative units in the system' },
  currentProvinces: { vi: 'Tỉnh, thành phố (hiện hành)', en: 'Provinces (current)' },
  currentCommunes: { vi: 'Xã, phường, đặc khu (hiện hành)', en: 'Communes (current)' },
  oldProvinces: { vi: 'Tỉnh, thành phố (trước 01/07/2025)', en: 'Provinces (before 01/07/2025)' },
  oldDistricts: { vi: 'Quận, huyện (trước 01/07/2025)', en: 'Districts (before 01/07/2025)' },
  myUnitChildren: { vi: 'Đơn vị trực thuộc đơn vị của bạn', en: 'Units under your unit' },
  // units
  asOfDate: { vi: 'Tại ngày', en: 'As of' },
  preReform: { vi: 'Trước sáp nhập (30/06/2025)', en: 'Before merger (30/06/2025)' },
  current: { vi: 'Hiện hành', en: 'Current' },
  unitSearchPlaceholder: {
    vi: 'Tìm đơn vị, gõ không dấu được (vd: lang son)',
    en: 'Find a unit, diacritics optional (e.g. lang son)',
  },
  searchResults: { vi: 'Kết quả tìm kiếm', en: 'Search results' },
  noResults: { vi: 'Không tìm thấy đơn vị nào tại ngày đã chọn', en: 'No unit found on the chosen date' },
  unitTree: { vi: 'Cây đơn vị hành chính', en: 'Unit tree' },
  selectUnitHint: {
    vi: 'Chọn một đơn vị trên cây hoặc trong kết quả tìm kiếm',
    en: 'Pick a unit in the tree or the search results',
  },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  kind: { vi: 'Loại', en: 'Kind' },
  level: { vi: 'Cấp', en: 'Level' },
  validFrom: { vi: 'Hiệu lực từ', en: 'Valid from' },
  validTo: { vi: 'Hiệu lực đến', en: 'Valid to' },
  stillValid: { vi: 'còn hiệu lực', en: 'still valid' },
  childUnits: { vi: 'Số đơn vị trực thuộc', en: 'Child units' },
  becameUnits: { vi: 'Đã sáp nhập vào', en: 'Merged into' },
  cameFromUnits: { vi: 'Hình thành từ', en: 'Formed from' },
  noCrosswalk: { vi: 'Không có quan hệ sáp nhập được ghi nhận', en: 'No merger relation recorded' },
  mergeFull: { vi: 'Toàn bộ', en: 'Whole' },
  mergePartial: { vi: 'Một phần', en: 'Part' },
  mergeUnchanged: { vi: 'Giữ nguyên', en: 'Unchanged' },
  levelProvince: { vi: 'Cấp tỉnh', en: 'Province' },
  levelDistrict: { vi: 'Cấp huyện', en: 'District' },
  levelCommune: { vi: 'Cấp xã', en: 'Commune' },
  // catalogues
  catalogues: { vi: 'Danh mục', en: 'Catalogues' },
  items: { vi: 'Số mục', en: 'Items' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
  unverifiedCount: { vi: 'Chưa xác minh', en: 'Unverified' },
  source: { vi: 'Nguồn', en: 'Source' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  parentCode: { vi: 'Mã cha', en: 'Parent code' },
  filterItems: { vi: 'Lọc theo mã hoặc tên', en: 'Filter by code or name' },
  pickCatalogue: { vi: 'Chọn một danh mục bên trái', en: 'Pick a catalogue on the left' },
  // users
  users: { vi: 'Tài khoản', en: 'Accounts' },
  createUser: { vi: 'Tạo tài khoản', en: 'New account' },
  editUser: { vi: 'Sửa tài khoản', en: 'Edit account' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  active: { vi: 'Hoạt động', en: 'Active' },
  disabled: { vi: 'Vô hiệu', en: 'Disabled' },
  locked: { vi: 'Bị khóa', en: 'Locked' },
  lockedUntil: { vi: 'Khóa đến', en: 'Locked until' },
  notLocked: { vi: 'Không', en: 'No' },
  lastLogin: { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  edit: { vi: 'Sửa', en: 'Edit' },
  history: { vi: 'Lịch sử', en: 'History' },
  unlock: { vi: 'Mở khóa tài khoản', en: 'Unlock the account' },
  resetPassword: { vi: 'Đặt lại mật khẩu (để trống nếu không đổi)', en: 'Reset password (leave empty to keep)' },
  initialPassword: { vi: 'Mật khẩu ban đầu', en: 'Initial password' },
  unitPickerPlaceholder: { vi: 'Gõ tên tỉnh hoặc xã để tìm', en: 'Type a province or commune name' },
  unitNotNeeded: { vi: 'Quản trị hệ thống không gắn với đơn vị', en: 'System administrators have no unit' },
  userSearchPlaceholder: { vi: 'Tìm theo tên đăng nhập hoặc họ tên', en: 'Search by username or name' },
  saved: { vi: 'Đã lưu', en: 'Saved' },
  created: { vi: 'Đã tạo tài khoản', en: 'Account created' },
  conflictReload: {
    vi: 'Tài khoản đã được người khác sửa trong lúc bạn làm việc. Hãy tải lại dữ liệu rồi sửa lại.',
    en: 'Someone else changed this account meanwhile. Reload it, then edit again.',
  },
  totalRows: { vi: 'Tổng số', en: 'Total' },
  // history
  recordHistory: { vi: 'Lịch sử thay đổi', en: 'Change history' },
  at: { vi: 'Thời điểm', en: 'Time' },
  actor: { vi: 'Người thực hiện', en: 'By' },
  action: { vi: 'Hành động', en: 'Action' },
  entityType: { vi: 'Loại bản ghi', en: 'Record type' },
  entityId: { vi: 'Mã bản ghi', en: 'Record id' },
  changes: { vi: 'Thay đổi', en: 'Changes' },
  field: { vi: 'Trường', en: 'Field' },
  before: { vi: 'Trước', en: 'Before' },
  after: { vi: 'Sau', en: 'After' },
  note: { vi: 'Ghi chú', en: 'Note' },
  system: { vi: 'Hệ thống', en: 'System' },
  noChanges: { vi: 'Không có thay đổi dữ liệu', en: 'No data change' },
  allTypes: { vi: 'Tất cả loại bản ghi', en: 'All record types' },
  filter: { vi: 'Lọc', en: 'Filter' },
  clear: { vi: 'Xóa lọc', en: 'Clear' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof dict;

export function translate(lang: Lang, key: MessageKey): string {
  return dict[key][lang];
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey) => string;
  /** The message of an API error (or any error) in the current language. */
  errorText: (error: unknown) => string;
}

export function errorText(lang: Lang, error: unknown): string {
  if (error instanceof ApiError) return lang === 'en' ? error.messageEn : error.messageVi;
  if (error instanceof Error) return lang === 'en' ? error.message : `Đã xảy ra lỗi: ${error.message}`;
  return lang === 'en' ? 'Unknown error' : 'Lỗi không xác định';
}

export const I18nContext = createContext<I18n>({
  lang: 'vi',
  setLang: () => undefined,
  t: (key) => dict[key].vi,
  errorText: (e) => errorText('vi', e),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
