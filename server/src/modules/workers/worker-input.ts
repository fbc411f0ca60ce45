import {
  type FieldValues,
  type PersonFieldKey,
  WORKER_FIELDS,
  WORKER_OWN_FIELDS,
  type WorkerFieldKey,
} from '@lmis/contracts';
import { cleanText, foldText, parseDate, readDate, viDate } from '../../platform/imports/index.ts';
import { type FieldIssue, issue } from '../../platform/validation.ts';
import type { ResolvedCommune } from '../geo/index.ts';
import { checkPersonId } from './person-id.ts';

/** Catalogue items a value may name, by code or by name (compared without diacritics). */
export interface CatalogueLookup {
  byCode: Map<string, string>;
  byName: Map<string, string>;
}

export type { ResolvedCommune };

export interface WorkerReference {
  birthProvinceCodes: ReadonlySet<string>;
  catalogues: ReadonlyMap<string, CatalogueLookup>;
  /**
   * Resolves a commune given by code or name, today's or pre-reform (through the 2025 crosswalk), with its district
   * and province when the file gives them; a missing commune is an error unless the reference has a default.
   */
  resolveCommune(value: string | null): ResolvedCommune | { error: string };
}

/** A validated worker, ready to store: every declared field, with sex as a code and the unit resolved. */
export type WorkerValue = Omit<FieldValues<typeof WORKER_FIELDS>, 'sex'> & {
  sex: 'male' | 'female';
  provinceCode: string;
  unitNeedsReview: boolean;
  sourceUnit: string | null;
  roundYear: number;
};

export type RawWorker = Partial<Record<WorkerFieldKey, unknown>>;

export { cleanText, parseDate };

function parseSex(value: unknown): 'male' | 'female' | null | undefined {
  const text = cleanText(value);
  if (!text) return null;
  const f = foldText(text);
  if (['nam', 'male', 'm', 'trai'].includes(f)) return 'male';
  if (['nu', 'female', 'f', 'gai'].includes(f)) return 'female';
  return undefined;
}

function parseBool(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  const text = cleanText(value);
  if (!text) return null;
  const f = foldText(text);
  if (['x', 'co', '1', 'true', 'yes', 'c', 'v', 'dung'].includes(f) || text === '✓') return true;
  if (['0', 'khong', 'false', 'no', 'k'].includes(f)) return false;
  return undefined;
}

/** A worker field's Vietnamese label (the key itself for a name nobody declared). */
export const fieldLabelOf = (key: string) => WORKER_FIELDS.find((f) => f.key === key)?.label.vi ?? key;

/** An issue as a register import reports it: the field's Vietnamese label, then the problem. */
export const issueReason = (i: FieldIssue) => `${fieldLabelOf(i.field)}: ${i.message}`;

/**
 * Validates and normalises one worker from API input or a spreadsheet row. Every problem comes back as an issue of
 * the field it concerns (the contract's name, a Vietnamese and an English message); a row with any issue is refused
 * whole.
 */
export function parseWorker(
  raw: RawWorker,
  ref: WorkerReference,
  opts: { roundYear: number; today: string },
): { value?: WorkerValue; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const add = (field: WorkerFieldKey, vi: string, en: string) => issues.push(issue(field, vi, en));
  const text = (key: WorkerFieldKey) => cleanText(raw[key]);
  const catalogue = (key: WorkerFieldKey, name: string): string | null => {
    const value = text(key);
    if (!value) return null;
    const lookup = ref.catalogues.get(name);
    const code = lookup?.byCode.has(value) ? value : lookup?.byName.get(foldText(value));
    if (!code) add(key, `"${value}" không có trong danh mục`, `"${value}" is not in the catalogue`);
    return code ?? null;
  };
  const bool = (key: WorkerFieldKey) => {
    const v = parseBool(raw[key]);
    if (v === undefined) add(key, `"${text(key)}" không hợp lệ (có/không)`, `"${text(key)}" is not yes/no`);
    return v ?? null;
  };

  const fullName = text('fullName');
  if (!fullName) add('fullName', 'bắt buộc nhập', 'required');
  else if (fullName.length > 200 || /\d/.test(fullName))
    add('fullName', `"${fullName}" không hợp lệ`, `"${fullName}" is not a name`);

  const birth = readDate(raw.birthDate);
  const birthDate = 'date' in birth ? birth.date : null;
  if ('missing' in birth) add('birthDate', 'bắt buộc nhập', 'required');
  else if ('problem' in birth) add('birthDate', birth.problem, 'not a valid date');
  else if (birth.date > opts.today) {
    add('birthDate', `${viDate(birth.date)} là ngày trong tương lai`, 'in the future');
  } else if (birth.date < '1900-01-01') {
    add('birthDate', `${viDate(birth.date)} trước năm 1900`, 'before 1900');
  } else if (Number(birth.date.slice(0, 4)) > opts.roundYear - 15) {
    // TT 01/2022/TT-BLĐTBXH Art. 6: the register covers people aged 15 and over.
    add(
      'birthDate',
      `người sinh năm ${birth.date.slice(0, 4)} chưa đủ 15 tuổi trong năm ${opts.roundYear}`,
      `under 15 in the ${opts.roundYear} round`,
    );
  }

  const sex = parseSex(raw.sex);
  if (sex === null) add('sex', 'bắt buộc nhập', 'required');
  if (sex === undefined) add('sex', `"${text('sex')}" không hợp lệ (Nam/Nữ)`, `"${text('sex')}" is not male/female`);

  const id = checkPersonId(raw.personId, { sex: sex ?? null, birthDate }, ref.birthProvinceCodes);
  for (const problem of id.errors) {
    const message = problem.replace(/^Số định danh cá nhân:? ?/, '');
    add('personId', message, 'invalid personal ID');
  }

  // A file may give the pre-2025 district and the province in columns of their own: they qualify the name.
  const communeText = text('communeCode');
  const qualifiers = [text('districtName'), text('provinceName')].filter((q): q is string => q !== null);
  const commune = ref.resolveCommune(
    communeText && qualifiers.length > 0 && !/^\d+$/.test(communeText)
      ? [communeText, ...qualifiers].join(', ')
      : communeText,
  );
  if ('error' in commune)
    add('communeCode', commune.error.replace(/^Xã\/phường: /, ''), 'unknown or out-of-scope commune');

  const phone = text('phone')?.replace(/[\s.]/g, '') ?? null;
  if (phone && !/^(\+84|0)\d{8,10}$/.test(phone)) add('phone', `"${phone}" không hợp lệ`, 'not a phone number');

  const ethnicityCode = catalogue('ethnicityCode', 'ethnic-groups');
  // The worker's own fields (free text, a catalogue entry, or yes/no), read as their declaration says.
  const own: Record<string, string | boolean | null> = {};
  for (const f of WORKER_OWN_FIELDS) {
    if (f.type === 'catalogue' && 'catalogue' in f) own[f.key] = catalogue(f.key, f.catalogue);
    else if (f.type === 'bool') own[f.key] = 'defaultFalse' in f ? (bool(f.key) ?? false) : bool(f.key);
    else own[f.key] = text(f.key);
  }
  // TT 01/2022/TT-BLĐTBXH Art. 7 d–đ: unemployment duration belongs to the unemployed, the reason to the inactive.
  const employmentStatus = own.employmentStatus;
  if (own.unemploymentDurationCode && employmentStatus && employmentStatus !== '2') {
    add(
      'unemploymentDurationCode',
      'chỉ ghi khi tình trạng việc làm là "Thất nghiệp"',
      'only for the unemployed (employment status 2)',
    );
  }
  if (own.inactivityReasonCode && employmentStatus && employmentStatus !== '3') {
    add(
      'inactivityReasonCode',
      'chỉ ghi khi không tham gia hoạt động kinh tế',
      'only for people not economically active (employment status 3)',
    );
  }

  if (issues.length > 0 || 'error' in commune) return { issues };
  return {
    issues,
    value: {
      ...(own as Omit<WorkerValue, PersonFieldKey | 'provinceCode' | 'unitNeedsReview' | 'sourceUnit' | 'roundYear'>),
      personId: id.personId,
      fullName: fullName ?? '',
      birthDate: birthDate ?? '',
      sex: sex ?? 'male',
      ethnicityCode,
      phone,
      address: text('address'),
      communeCode: commune.communeCode,
      provinceCode: commune.provinceCode,
      unitNeedsReview: commune.needsReview,
      sourceUnit: commune.sourceUnit,
      roundYear: opts.roundYear,
    },
  };
}
