import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "catalogues". Shared catalogues. Vietnamese first, English second. */
export const cataloguesMessages = defineMessages('catalogues', {
  catalogues: { vi: 'Danh mục', en: 'Catalogues' },
  items: { vi: 'Số mục', en: 'Items' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
  unverifiedCount: { vi: 'Chưa xác minh', en: 'Unverified' },
  source: { vi: 'Nguồn', en: 'Source' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  parentCode: { vi: 'Mã cha', en: 'Parent code' },
  filterItems: { vi: 'Lọc theo mã hoặc tên', en: 'Filter by code or name' },
  pickCatalogue: { vi: 'Chọn một danh mục bên trái', en: 'Pick a catalogue on the left' },
});
