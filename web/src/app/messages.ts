import { defineMessages } from '../kit/define-messages.ts';

/** Namespace "app". The app shell: product name, menu entries, status pages. Vietnamese first, English second. */
export const appMessages = defineMessages('app', {
  comingSoon: { vi: 'Sắp có', en: 'Soon' },
  productTagline: { vi: 'Thông tin thị trường lao động', en: 'Labour market information' },
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
  navSecurityLog: { vi: 'Nhật ký an ninh', en: 'Security log' },
  navApiTokens: { vi: 'Mã truy cập API', en: 'API tokens' },
  navSystem: { vi: 'Thông tin hệ thống', en: 'System' },
  moduleNotReady: { vi: 'Phân hệ đang được xây dựng', en: 'This module is being built' },
  moduleNotReadyNote: {
    vi: 'Chưa có chức năng hay dữ liệu nào của phân hệ này trên hệ thống. Khi hoàn thành, phân hệ sẽ:',
    en: 'No function or data of this module exists in the system yet. When finished, it will:',
  },
  forbidden: { vi: 'Bạn không có quyền truy cập trang này', en: 'You may not open this page' },
  notFound: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  backHome: { vi: 'Về trang tổng quan', en: 'Back to overview' },
});
