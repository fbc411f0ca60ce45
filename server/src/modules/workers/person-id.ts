/**
 * The 12-digit personal ID (số định danh cá nhân, printed on the CCCD card): 3 digits for the province where the
 * birth was registered, 1 digit for century and sex, 2 digits for the birth year, 6 random digits.
 * NĐ 137/2015/NĐ-CP Art. 7 and TT 07/2016/TT-BCA Art. 7, kept by Luật Căn cước 2023 (NĐ 70/2024/NĐ-CP).
 */

export interface PersonIdCheck {
  personId: string;
  errors: string[];
}

/**
 * Spreadsheets store IDs as numbers and drop leading zeros (province codes 001–096 always start with 0), so a number
 * is padded back to 12 digits. An ID typed as text is taken as written: 11 digits there is a missing digit.
 */
export function normalizePersonId(raw: unknown): string {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw < 1e12)
    return raw.toFixed(0).padStart(12, '0');
  return String(raw ?? '')
    .normalize('NFC')
    .replace(/[\s.'’-]/g, '');
}

/** Century and sex digit: 0/1 = born 1900–1999 male/female, 2/3 = 2000–2099, 4/5 = 2100–2199 … (TT 07/2016 Art. 7). */
export function decodeCenturySex(digit: number): { century: number; sex: 'male' | 'female' } {
  const centuries = [1900, 2000, 2100, 2200, 1800];
  return { century: centuries[Math.floor(digit / 2)] ?? 1900, sex: digit % 2 === 0 ? 'male' : 'female' };
}

/**
 * Checks an ID against the person's sex and date of birth. `birthProvinceCodes` are the two-digit codes of the
 * provinces that registered births (the 63 pre-reform provinces; the ID keeps the code of birth registration).
 */
export function checkPersonId(
  raw: unknown,
  person: { sex?: 'male' | 'female' | null; birthDate?: string | null },
  birthProvinceCodes: ReadonlySet<string>,
): PersonIdCheck {
  const personId = normalizePersonId(raw);
  if (!personId) return { personId, errors: ['Số định danh cá nhân: bắt buộc nhập'] };
  if (!/^\d{12}$/.test(personId)) {
    const digits = /^\d+$/.test(personId) ? ` có ${personId.length} chữ số,` : '';
    return { personId, errors: [`Số định danh cá nhân "${personId}"${digits} phải gồm đúng 12 chữ số`] };
  }
  const errors: string[] = [];
  const province = personId.slice(0, 3);
  if (province[0] !== '0' || !birthProvinceCodes.has(province.slice(1))) {
    errors.push(`Số định danh cá nhân: mã tỉnh nơi đăng ký khai sinh "${province}" không tồn tại`);
  }
  const { century, sex } = decodeCenturySex(Number(personId[3]));
  const year = century + Number(personId.slice(4, 6));
  if (person.sex && person.sex !== sex) {
    errors.push(
      `Số định danh cá nhân: chữ số thứ 4 (${personId[3]}) ứng với giới tính ${sex === 'male' ? 'Nam' : 'Nữ'}, không khớp giới tính đã khai`,
    );
  }
  if (person.birthDate && Number(person.birthDate.slice(0, 4)) !== year) {
    errors.push(
      `Số định danh cá nhân: năm sinh mã hóa trong số (${year}) không khớp ngày sinh ${person.birthDate.split('-').reverse().join('/')}`,
    );
  }
  return { personId, errors };
}
