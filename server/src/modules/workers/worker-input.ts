import { cleanText, parseDate, readDate, viDate } from '../../platform/imports/index.ts';
import { checkPersonId } from './person-id.ts';
import { type FieldSpec, foldText, WORKER_FIELDS, type WorkerFieldKey } from './worker-fields.ts';

/** Catalogue items a value may name, by code or by name (compared without diacritics). */
export interface CatalogueLookup {
  byCode: Map<string, string>;
  byName: Map<string, string>;
}

export interface ResolvedCommune {
  communeCode: string;
  provinceCode: string;
  needsReview: boolean;
  sourceUnit: string | null;
}

export interface WorkerReference {
  birthProvinceCodes: ReadonlySet<string>;
  catalogues: ReadonlyMap<string, CatalogueLookup>;
  /**
   * Resolves a commune given by code or name, today's or pre-reform (through the 2025 crosswalk), with its district
   * and province when the file gives them; a missing commune is an error unless the reference has a default.
   */
  resolveCommune(value: string | null): ResolvedCommune | { error: string };
}

/** A validated worker, ready to store. */
export interface WorkerValue {
  personId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  ethnicityCode: string | null;
  phone: string | null;
  communeCode: string;
  provinceCode: string;
  unitNeedsReview: boolean;
  sourceUnit: string | null;
  address: string | null;
  householdRelation: string | null;
  generalEducationCode: string | null;
  qualificationCode: string | null;
  trainingField: string | null;
  employmentStatus: string | null;
  statusInEmploymentCode: string | null;
  jobTitle: string | null;
  occupationCode: string | null;
  workplaceName: string | null;
  workplaceType: string | null;
  workplaceSector: string | null;
  workplaceAddress: string | null;
  unemploymentDurationCode: string | null;
  previousJob: string | null;
  inactivityReasonCode: string | null;
  socialInsurance: boolean | null;
  needTraining: boolean;
  needJob: boolean;
  needAbroad: boolean;
  roundYear: number;
}

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

const label = (key: WorkerFieldKey) => (WORKER_FIELDS.find((f) => f.key === key) as FieldSpec).label;

/**
 * Validates and normalises one worker from API input or a spreadsheet row. Every problem comes back as a
 * Vietnamese sentence naming the field; a row with any error is refused whole.
 */
export function parseWorker(
  raw: RawWorker,
  ref: WorkerReference,
  opts: { roundYear: number; today: string },
): { value?: WorkerValue; errors: string[] } {
  const errors: string[] = [];
  const text = (key: WorkerFieldKey) => cleanText(raw[key]);
  const catalogue = (key: WorkerFieldKey, name: string): string | null => {
    const value = text(key);
    if (!value) return null;
    const lookup = ref.catalogues.get(name);
    const code = lookup?.byCode.has(value) ? value : lookup?.byName.get(foldText(value));
    if (!code) errors.push(`${label(key)}: "${value}" không có trong danh mục`);
    return code ?? null;
  };

  const fullName = text('fullName');
  if (!fullName) errors.push(`${label('fullName')}: bắt buộc nhập`);
  else if (fullName.length > 200 || /\d/.test(fullName))
    errors.push(`${label('fullName')}: "${fullName}" không hợp lệ`);

  const birth = readDate(raw.birthDate);
  const birthDate = 'date' in birth ? birth.date : null;
  if ('missing' in birth) errors.push(`${label('birthDate')}: bắt buộc nhập`);
  else if ('problem' in birth) errors.push(`${label('birthDate')}: ${birth.problem}`);
  else if (birth.date > opts.today) {
    errors.push(`${label('birthDate')}: ${viDate(birth.date)} là ngày trong tương lai`);
  } else if (birth.date < '1900-01-01') {
    errors.push(`${label('birthDate')}: ${viDate(birth.date)} trước năm 1900`);
  } else if (Number(birth.date.slice(0, 4)) > opts.roundYear - 15) {
    // TT 01/2022/TT-BLĐTBXH Art. 6: the register covers people aged 15 and over.
    errors.push(
      `${label('birthDate')}: người sinh năm ${birth.date.slice(0, 4)} chưa đủ 15 tuổi trong năm ${opts.roundYear}`,
    );
  }

  const sex = parseSex(raw.sex);
  if (sex === null) errors.push(`${label('sex')}: bắt buộc nhập`);
  if (sex === undefined) errors.push(`${label('sex')}: "${text('sex')}" không hợp lệ (Nam/Nữ)`);

  const id = checkPersonId(raw.personId, { sex: sex ?? null, birthDate }, ref.birthProvinceCodes);
  errors.push(...id.errors);

  // A file may give the pre-2025 district and the province in columns of their own: they qualify the name.
  const communeText = text('communeCode');
  const qualifiers = [text('districtName'), text('provinceName')].filter((q): q is string => q !== null);
  const commune = ref.resolveCommune(
    communeText && qualifiers.length > 0 && !/^\d+$/.test(communeText)
      ? [communeText, ...qualifiers].join(', ')
      : communeText,
  );
  if ('error' in commune) errors.push(commune.error);

  const bool = (key: WorkerFieldKey) => {
    const v = parseBool(raw[key]);
    if (v === undefined) errors.push(`${label(key)}: "${text(key)}" không hợp lệ (có/không)`);
    return v ?? null;
  };

  const phone = text('phone')?.replace(/[\s.]/g, '') ?? null;
  if (phone && !/^(\+84|0)\d{8,10}$/.test(phone)) errors.push(`${label('phone')}: "${phone}" không hợp lệ`);

  const employmentStatus = catalogue('employmentStatus', 'employment-status');
  const unemploymentDurationCode = catalogue('unemploymentDurationCode', 'unemployment-duration');
  const inactivityReasonCode = catalogue('inactivityReasonCode', 'inactivity-reasons');
  // TT 01/2022/TT-BLĐTBXH Art. 7 d–đ: unemployment duration belongs to the unemployed, the reason to the inactive.
  if (unemploymentDurationCode && employmentStatus && employmentStatus !== '2') {
    errors.push(`${label('unemploymentDurationCode')}: chỉ ghi khi tình trạng việc làm là "Thất nghiệp"`);
  }
  if (inactivityReasonCode && employmentStatus && employmentStatus !== '3') {
    errors.push(`${label('inactivityReasonCode')}: chỉ ghi khi không tham gia hoạt động kinh tế`);
  }

  const value: Omit<WorkerValue, 'communeCode' | 'provinceCode' | 'unitNeedsReview' | 'sourceUnit'> = {
    personId: id.personId,
    fullName: fullName ?? '',
    birthDate: birthDate ?? '',
    sex: sex ?? 'male',
    ethnicityCode: catalogue('ethnicityCode', 'ethnic-groups'),
    phone,
    address: text('address'),
    householdRelation: text('householdRelation'),
    generalEducationCode: catalogue('generalEducationCode', 'general-education'),
    qualificationCode: catalogue('qualificationCode', 'qualification-levels'),
    trainingField: text('trainingField'),
    employmentStatus,
    statusInEmploymentCode: catalogue('statusInEmploymentCode', 'status-in-employment'),
    jobTitle: text('jobTitle'),
    occupationCode: catalogue('occupationCode', 'vsco-occupations'),
    workplaceName: text('workplaceName'),
    workplaceType: text('workplaceType'),
    workplaceSector: catalogue('workplaceSector', 'vsic-sections'),
    workplaceAddress: text('workplaceAddress'),
    unemploymentDurationCode,
    previousJob: text('previousJob'),
    inactivityReasonCode,
    socialInsurance: bool('socialInsurance'),
    needTraining: bool('needTraining') ?? false,
    needJob: bool('needJob') ?? false,
    needAbroad: bool('needAbroad') ?? false,
    roundYear: opts.roundYear,
  };
  if (errors.length > 0 || 'error' in commune) return { errors };
  return {
    errors,
    value: {
      ...value,
      communeCode: commune.communeCode,
      provinceCode: commune.provinceCode,
      unitNeedsReview: commune.needsReview,
      sourceUnit: commune.sourceUnit,
    },
  };
}
