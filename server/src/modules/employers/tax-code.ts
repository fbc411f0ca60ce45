/**
 * The tax code (mã số thuế) of an employer. Structure: TT 105/2020/TT-BTC Art. 5(1)–(2): a 10-digit code
 * `N1N2N3N4N5N6N7N8N9N10` for an enterprise, organisation or person, and a 13-digit code `N1…N10-N11N12N13` for a
 * branch, representative office or dependent unit, whose first ten digits are the parent's code. The enterprise code
 * is the tax code (Luật Doanh nghiệp 59/2020/QH14 Art. 29). N10 is the check digit of the structure of taxpayer codes
 * set by the General Department of Taxation (QĐ 75/1998/QĐ-TCT, kept by the later circulars): a weighted sum of
 * N1–N9 modulo 11. The weights are the algorithm's own constants, not a rate or reference value.
 */
const CHECK_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export type TaxCodeReading =
  | { ok: true; taxCode: string; branch: boolean }
  | { ok: false; problem: { vi: string; en: string } };

/** The check digit N10 of the first nine digits, or null when the sum gives none (such codes are never issued). */
export function taxCodeCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (CHECK_WEIGHTS[i] as number);
  const digit = 10 - (sum % 11);
  return digit === 10 ? null : digit;
}

/**
 * Reads a tax code as people write it (spaces, dots, the branch dash or none) into the stored form `0101234567` or
 * `0101234567-001`, or says what is wrong with it.
 */
export function readTaxCode(value: string): TaxCodeReading {
  const digits = value.replace(/[\s.\-–]/g, '');
  if (!/^\d+$/.test(digits) || (digits.length !== 10 && digits.length !== 13)) {
    return {
      ok: false,
      problem: {
        vi: `"${value}" phải gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (0101234567-001)`,
        en: `"${value}" must have 10 digits, or 13 for a branch (0101234567-001)`,
      },
    };
  }
  // TT 105/2020/TT-BTC Art. 5: N3–N9 is a sequence from 0000001, and a dependent unit's N11–N13 from 001.
  if (digits.slice(2, 9) === '0000000' || (digits.length === 13 && digits.slice(10) === '000')) {
    return {
      ok: false,
      problem: { vi: `"${value}" không phải mã số thuế được cấp`, en: `"${value}" is not an issued code` },
    };
  }
  if (taxCodeCheckDigit(digits) !== Number(digits[9])) {
    return {
      ok: false,
      problem: {
        vi: `"${value}" sai chữ số kiểm tra (chữ số thứ 10)`,
        en: `"${value}" has a wrong check digit (the 10th digit)`,
      },
    };
  }
  const branch = digits.length === 13;
  return { ok: true, taxCode: branch ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits, branch };
}
