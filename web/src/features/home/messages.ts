import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "home". The overview page. Vietnamese first, English second. */
export const homeMessages = defineMessages('home', {
  demoBanner: {
    vi: 'Bản trình diễn: dữ liệu mẫu và tài khoản có mật khẩu công khai. Không nhập dữ liệu thật.',
    en: 'Demo installation: sample data and accounts with a published password. Do not enter real records.',
  },
  // Shared with the account, register and household pages.
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  homeGreeting: { vi: 'Xin chào, {name}', en: 'Hello, {name}' },
  homeUnitLine: { vi: '{role} · {unit}', en: '{role} · {unit}' },
  keyFigures: { vi: 'Số liệu chính', en: 'Key figures' },
  labourRound: { vi: 'Cung lao động, kỳ thu thập {year}', en: 'Labour supply, collection round {year}' },
  labourNoRound: { vi: 'Cung lao động: chưa có số liệu', en: 'Labour supply: no figures yet' },
  labourForce: { vi: 'Lực lượng lao động', en: 'Labour force' },
  employedPeople: { vi: 'Có việc làm', en: 'Employed' },
  unemployedPeople: { vi: 'Thất nghiệp', en: 'Unemployed' },
  registeredPeople: { vi: 'Người trong sổ', en: 'People on the register' },
  unemploymentRate: { vi: 'Tỷ lệ thất nghiệp', en: 'Unemployment rate' },
  trainedShare: { vi: 'Tỷ lệ lao động qua đào tạo', en: 'Trained labour share' },
  povertyYear: {
    vi: 'Hộ nghèo, hộ cận nghèo — rà soát năm {year}',
    en: 'Poor and near-poor households — {year} review',
  },
  povertyNone: {
    vi: 'Hộ nghèo, hộ cận nghèo: đơn vị chưa có kết quả rà soát',
    en: 'Poor and near-poor households: no review recorded in the unit yet',
  },
  povertyNational: {
    vi: 'Tỷ lệ hộ nghèo được xem theo từng tỉnh: chọn tỉnh ở trang Tỷ lệ hộ nghèo.',
    en: 'Poverty rates are read per province: choose one on the poverty rates page.',
  },
  reviewedHouseholds: { vi: 'Số hộ rà soát', en: 'Households reviewed' },
  poorRate: { vi: 'Tỷ lệ hộ nghèo', en: 'Poor household rate' },
  nearPoorRate: { vi: 'Tỷ lệ hộ cận nghèo', en: 'Near-poor household rate' },
  sinceLastYear: { vi: 'so với năm trước', en: 'since last year' },
  noPreviousYear: { vi: 'chưa có năm trước để so sánh', en: 'no previous year to compare' },
  chartLabour: { vi: 'Người trong độ tuổi lao động theo tình trạng', en: 'People by activity status' },
  chartPoverty: { vi: 'Tỷ lệ hộ nghèo, cận nghèo', en: 'Poor and near-poor rates' },
  yearLabel: { vi: 'Năm {year}', en: '{year}' },
  pendingWork: { vi: 'Việc đang chờ', en: 'Waiting on you' },
  pendingUploaded: { vi: 'Tệp đã tải lên chưa chạy nhập', en: 'Uploads not run yet' },
  pendingInterrupted: { vi: 'Lần nhập bị gián đoạn', en: 'Interrupted imports' },
  pendingReview: { vi: 'Người cần xác định lại xã', en: 'People whose commune must be confirmed' },
  pendingTransfers: { vi: 'Yêu cầu chuyển người chờ quyết định', en: 'Transfer requests awaiting your decision' },
  nothingPending: { vi: 'Không có việc nào đang chờ.', en: 'Nothing is waiting.' },
  quickLinks: { vi: 'Truy cập nhanh', en: 'Quick links' },
  linkAddWorker: { vi: 'Thêm người lao động', en: 'Add a worker' },
  linkAddHousehold: { vi: 'Thêm hộ gia đình', en: 'Add a household' },
});
