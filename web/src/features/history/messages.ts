import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "history". The change log and record history. Vietnamese first, English second. */
export const historyMessages = defineMessages('history', {
  recordHistory: { vi: 'Lịch sử thay đổi', en: 'Change history' },
  at: { vi: 'Thời điểm', en: 'Time' },
  actor: { vi: 'Người thực hiện', en: 'By' },
  action: { vi: 'Hành động', en: 'Action' },
  entityType: { vi: 'Loại bản ghi', en: 'Record type' },
  entityId: { vi: 'Mã bản ghi', en: 'Record id' },
  recordCount: {
    vi: '{count, number} bản ghi',
    en: { one: '{count, number} record', other: '{count, number} records' },
  },
  openHousehold: { vi: 'Xem hộ', en: 'Open household' },
  householdCodeShort: { vi: 'Mã hộ', en: 'Code' },
  householdUnavailable: { vi: 'Không xem được thông tin hộ gia đình', en: 'The household cannot be shown' },
  changes: { vi: 'Thay đổi', en: 'Changes' },
  field: { vi: 'Trường', en: 'Field' },
  before: { vi: 'Trước', en: 'Before' },
  after: { vi: 'Sau', en: 'After' },
  note: { vi: 'Ghi chú', en: 'Note' },
  standardOfReview: {
    vi: 'Chuẩn nghèo đa chiều khu vực {area} áp dụng ngày {date}',
    en: 'Multidimensional poverty standard for {area} areas on {date}',
  },
  standardOfReviewPlain: { vi: 'Chuẩn nghèo áp dụng tại ngày rà soát', en: 'The standard in force on the review date' },
  noChanges: { vi: 'Không có thay đổi dữ liệu', en: 'No data change' },
  allTypes: { vi: 'Tất cả loại bản ghi', en: 'All record types' },
  allActions: { vi: 'Tất cả hành động', en: 'All actions' },
  filterUser: { vi: 'Tên đăng nhập', en: 'Account name' },
  fromDay: { vi: 'Từ ngày', en: 'From' },
  toDay: { vi: 'đến ngày', en: 'to' },
  andMore: {
    vi: 'và {count, number} trường khác',
    en: { one: 'and {count, number} more field', other: 'and {count, number} more fields' },
  },
});
