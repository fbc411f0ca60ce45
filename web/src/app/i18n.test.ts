import { describe, expect, it } from 'vitest';
import { defineMessages, toResource } from '../kit/define-messages.ts';
import { formatCount } from '../kit/format.ts';
import { createI18n } from './i18n.ts';

describe('translations', () => {
  it('finds a key in whichever feature declares it, in Vietnamese first', () => {
    const i18n = createI18n('vi');
    expect(i18n.t('registryTitle')).toBe('Sổ cung lao động');
    expect(i18n.t('navHouseholds')).toBe('Hộ gia đình');
  });

  it('switches every namespace and the number formatter to English', async () => {
    const i18n = createI18n('vi');
    await i18n.changeLanguage('en');
    expect(i18n.t('registryTitle')).toBe('Labour supply register');
    expect(formatCount(12345)).toBe('12,345');
    await i18n.changeLanguage('vi');
    expect(formatCount(12345)).toBe('12.345');
  });

  it('chooses the plural form by the count and writes the count with the language’s digits', () => {
    const i18n = createI18n('en');
    expect(i18n.t('recordCount', { count: 1 })).toBe('1 record');
    expect(i18n.t('recordCount', { count: 1234 })).toBe('1,234 records');
    const vi = createI18n('vi');
    expect(vi.t('recordCount', { count: 1234 })).toBe('1.234 bản ghi');
  });

  it('fills placeholders and leaves one without a value as written', () => {
    const i18n = createI18n('vi');
    expect(i18n.t('yearN', { year: 2026 })).toBe('Năm 2026');
    expect(i18n.t('yearN')).toBe('Năm {year}');
  });
});

describe('toResource', () => {
  it('gives plural forms the i18next suffixes and keeps the plain key', () => {
    const m = defineMessages('t', {
      n: { vi: '{count} xã', en: { one: '{count} commune', other: '{count} communes' } },
    });
    expect(toResource(m.entries, 'en')).toEqual({
      n_one: '{count} commune',
      n_other: '{count} communes',
      n: '{count} communes',
    });
    expect(toResource(m.entries, 'vi')).toEqual({ n: '{count} xã' });
  });
});
