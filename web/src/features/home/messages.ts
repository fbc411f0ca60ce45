import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "home". The overview page. Vietnamese first, English second. */
export const homeMessages = defineMessages('home', {
  demoBanner: {
    vi: 'Bản trình diễn: dữ liệu mẫu và tài khoản có mật khẩu công khai. Không nhập dữ liệu thật.',
    en: 'Demo installation: sample data and accounts with a published password. Do not enter real records.',
  },
  whoAmI: { vi: 'Tài khoản đang đăng nhập', en: 'Signed in as' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
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
});
