import { describe, expect, it } from 'vitest';
import { checkPersonId, normalizePersonId } from './person-id.ts';

const provinces = new Set(['01', '20', '79', '91']);

describe('personal ID (NĐ 137/2015 Art. 7, TT 07/2016/TT-BCA Art. 7)', () => {
  it('accepts a man born 1990 in Lạng Sơn (020 0 90 …)', () => {
    expect(checkPersonId('020090123456', { sex: 'male', birthDate: '1990-05-01' }, provinces).errors).toEqual([]);
  });

  it('accepts a woman born 2005 (century-sex digit 3)', () => {
    expect(checkPersonId('001305000001', { sex: 'female', birthDate: '2005-12-31' }, provinces).errors).toEqual([]);
  });

  it('restores leading zeros lost when a spreadsheet stored the ID as a number', () => {
    expect(normalizePersonId(20090123456)).toBe('020090123456');
    expect(normalizePersonId(1090000001)).toBe('001090000001');
    expect(normalizePersonId(' 020 090 123 456 ')).toBe('020090123456');
  });

  it('takes an ID typed as text as written, and names its length when it is not 12 digits', () => {
    expect(normalizePersonId('20090123456')).toBe('20090123456');
    expect(checkPersonId('20090123456', {}, provinces).errors[0]).toBe(
      'Số định danh cá nhân "20090123456" có 11 chữ số, phải gồm đúng 12 chữ số',
    );
  });

  it('refuses anything but 12 digits', () => {
    expect(checkPersonId('02009012345X', {}, provinces).errors[0]).toContain('phải gồm đúng 12 chữ số');
    expect(checkPersonId('123456789', {}, provinces).errors[0]).toContain('phải gồm đúng 12 chữ số');
    expect(checkPersonId('', {}, provinces).errors[0]).toContain('bắt buộc');
  });

  it('refuses an unknown province-of-birth code', () => {
    expect(checkPersonId('099090123456', {}, provinces).errors[0]).toContain('mã tỉnh nơi đăng ký khai sinh "099"');
  });

  it('refuses a sex digit that disagrees with the declared sex', () => {
    const { errors } = checkPersonId('020190123456', { sex: 'male', birthDate: '1990-01-01' }, provinces);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('giới tính');
  });

  it('refuses birth-year digits or century that disagree with the date of birth', () => {
    expect(checkPersonId('020091123456', { birthDate: '1990-01-01' }, provinces).errors[0]).toContain('(1991)');
    expect(checkPersonId('020290123456', { birthDate: '1990-01-01' }, provinces).errors[0]).toContain('(2090)');
  });
});
