import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "system". The administrators' system page. Vietnamese first, English second. */
export const systemMessages = defineMessages('system', {
  systemTitle: { vi: 'Thông tin hệ thống', en: 'System' },
  systemStatus: { vi: 'Tình trạng hệ thống', en: 'System status' },
  status: { vi: 'Trạng thái', en: 'Status' },
  healthOk: { vi: 'Hoạt động bình thường', en: 'Working normally' },
  healthDegraded: { vi: 'Cơ sở dữ liệu phản hồi chậm', en: 'The database answers slowly' },
  healthUnavailable: { vi: 'Không kết nối được cơ sở dữ liệu', en: 'The database cannot be reached' },
  database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
  dbEmbedded: { vi: 'Nhúng (PGlite)', en: 'Embedded (PGlite)' },
  dbPostgres: { vi: 'PostgreSQL', en: 'PostgreSQL' },
  dbVersion: { vi: 'Phiên bản {version}', en: 'Version {version}' },
  migrations: { vi: 'Lược đồ dữ liệu', en: 'Schema migrations' },
  migrationsApplied: {
    vi: '{count} bản cập nhật, mới nhất số {latest}',
    en: '{count} applied, latest number {latest}',
  },
  unitCounts: { vi: 'Đơn vị hành chính trong hệ thống', en: 'Administrative units in the system' },
  currentProvinces: { vi: 'Tỉnh, thành phố (hiện hành)', en: 'Provinces (current)' },
  currentCommunes: { vi: 'Xã, phường, đặc khu (hiện hành)', en: 'Communes (current)' },
  oldProvinces: { vi: 'Tỉnh, thành phố (trước 01/07/2025)', en: 'Provinces (before 01/07/2025)' },
  oldDistricts: { vi: 'Quận, huyện (trước 01/07/2025)', en: 'Districts (before 01/07/2025)' },
});
