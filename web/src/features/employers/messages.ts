import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "employers". The employers register (người sử dụng lao động). Vietnamese first, English second. */
export const employersMessages = defineMessages('employers', {
  navEmployers: { vi: 'Người sử dụng lao động', en: 'Employers' },
  employersTitle: { vi: 'Danh sách người sử dụng lao động', en: 'Employers' },
  employerSearchPlaceholder: {
    vi: 'Tên (gõ không dấu được) hoặc đầu mã số thuế',
    en: 'Name (diacritics optional) or the start of the tax code',
  },
  noEmployers: { vi: 'Không có người sử dụng lao động nào', en: 'No employer' },
  addEmployer: { vi: 'Thêm người sử dụng lao động', en: 'Add an employer' },
  editEmployer: { vi: 'Sửa thông tin', en: 'Edit' },
  importEmployers: { vi: 'Nhập từ Excel', en: 'Import from Excel' },
  employerImportHint: {
    vi: 'Tệp .xlsx hoặc .csv; dòng tiêu đề, tên xã cũ kèm huyện đều được nhận. Nhập lại cùng tệp không thay đổi gì.',
    en: 'An .xlsx or .csv file; title rows and former commune names with their district are recognised. Importing the same file again changes nothing.',
  },
  employerListWords: { vi: 'danh sách người sử dụng lao động', en: 'employers' },
  exportXlsx: { vi: 'Xuất Excel', en: 'Export Excel' },
  exportCsv: { vi: 'Xuất CSV', en: 'Export CSV' },
  employerSaved: { vi: 'Đã lưu', en: 'Saved' },
  employerConflict: {
    vi: 'Thông tin đã được người khác sửa trong lúc bạn làm việc. Hãy tải lại dữ liệu rồi sửa lại.',
    en: 'Someone else changed this employer meanwhile. Reload it, then edit again.',
  },
  employerHistory: { vi: 'Lịch sử thay đổi', en: 'History' },
  employerYes: { vi: 'Có', en: 'Yes' },
  employerNo: { vi: 'Không', en: 'No' },
  unitToReview: { vi: 'Cần xác định lại xã (đơn vị cũ: {unit})', en: 'Commune to confirm (former unit: {unit})' },
});
