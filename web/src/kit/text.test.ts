import { describe, expect, it } from 'vitest';
import { foldedSearch, foldText } from './text.ts';

describe('foldText', () => {
  it('drops diacritics and folds đ to d', () => {
    expect(foldText('Phường Đông Kinh')).toBe('phuong dong kinh');
    expect(foldText('Đặng Thị Ánh Tuyết')).toBe('dang thi anh tuyet');
  });

  it('folds text typed in decomposed form like the precomposed one', () => {
    expect(foldText('Nguyê\u0303n')).toBe(foldText('Nguyễn'));
  });
});

describe('foldedSearch', () => {
  it('finds an option typed without diacritics', () => {
    expect(foldedSearch.filterOption('dong kinh', { label: 'Phường Đông Kinh' })).toBe(true);
    expect(foldedSearch.filterOption('  ĐÔNG ', { label: 'Phường Đông Kinh' })).toBe(true);
    expect(foldedSearch.filterOption('tam thanh', { label: 'Phường Đông Kinh' })).toBe(false);
  });
});
