import { describe, expect, it } from 'vitest';
import { readTaxCode, taxCodeCheckDigit } from './tax-code.ts';

describe('tax code (TT 105/2020/TT-BTC Art. 5; check digit N10)', () => {
  it('accepts a 10-digit code whose tenth digit is the weighted check digit', () => {
    expect(readTaxCode('0100233488')).toEqual({ ok: true, taxCode: '0100233488', branch: false });
    expect(taxCodeCheckDigit('010023348')).toBe(8);
  });

  it('accepts a branch code of 13 digits, with or without the dash, and stores it with the dash', () => {
    expect(readTaxCode('0314409058-002')).toEqual({ ok: true, taxCode: '0314409058-002', branch: true });
    expect(readTaxCode('0314409058002')).toMatchObject({ ok: true, taxCode: '0314409058-002' });
    expect(readTaxCode('01.00.233.488')).toMatchObject({ ok: true, taxCode: '0100233488' });
  });

  it('refuses a wrong check digit and names it', () => {
    const r = readTaxCode('0100233480');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.vi).toContain('chữ số kiểm tra');
    expect(readTaxCode('0314409051-002').ok).toBe(false);
  });

  it('refuses a code whose weighted sum leaves no check digit (remainder 0)', () => {
    // 1·29 + 5·3 = 44 = 4 · 11: no digit fits, so every code 010000005x is refused.
    expect(taxCodeCheckDigit('010000005')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(readTaxCode(`010000005${d}`).ok).toBe(false);
  });

  it('refuses lengths other than 10 and 13, letters, a zero sequence and a zero branch number', () => {
    expect(readTaxCode('010023348').ok).toBe(false);
    expect(readTaxCode('01002334881').ok).toBe(false);
    expect(readTaxCode('01002334A8').ok).toBe(false);
    expect(readTaxCode('0100000000').ok).toBe(false);
    expect(readTaxCode('0100233488-000').ok).toBe(false);
  });
});
