import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "units". The administrative unit browser (2025 reform, merger links). Vietnamese first, English second. */
export const unitsMessages = defineMessages('units', {
  asOfDate: { vi: 'Tại ngày', en: 'As of' },
  preReform: { vi: 'Trước sáp nhập (30/06/2025)', en: 'Before merger (30/06/2025)' },
  current: { vi: 'Hiện hành', en: 'Current' },
  unitSearchPlaceholder: {
    vi: 'Tìm đơn vị, gõ không dấu được (vd: lang son)',
    en: 'Find a unit, diacritics optional (e.g. lang son)',
  },
  searchResults: { vi: 'Kết quả tìm kiếm', en: 'Search results' },
  unitTree: { vi: 'Cây đơn vị hành chính', en: 'Unit tree' },
  selectUnitHint: {
    vi: 'Chọn một đơn vị trên cây hoặc trong kết quả tìm kiếm',
    en: 'Pick a unit in the tree or the search results',
  },
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
});
