import { randomInt } from 'node:crypto';
import type { CreateEmployerBodyT, WorkerInputT } from '@lmis/contracts';
import type { PersonIdentity } from '../modules/people/index.ts';

/** Communes of the demo province Lạng Sơn (20) valid from 2025-07-01. */
export const LANG_SON = {
  province: '20',
  communeA: '05977',
  communeANAme: 'Phường Đông Kinh',
  communeB: '05983',
} as const;

/**
 * Birth-registration provinces (pre-2025 codes, TT 07/2016/TT-BCA Art. 7) of the factories' people. The test
 * registers use 19 (register-files.ts) and the demo its own province, so these never meet them.
 */
const FACTORY_BIRTH_PROVINCES = ['20', '22', '24', '25', '26', '27', '30', '31', '33', '34'];
// Serials run on from a random point in each test file: a file never repeats one, and two files sharing the run's
// database meet only if they draw the same province and nearly the same point.
let serialSeq = randomInt(0, 1_000_000);

/**
 * A valid 12-digit personal ID for the given birth province, sex and birth year (TT 07/2016/TT-BCA Art. 7),
 * with the given last six digits, or else one no other call of this file returns.
 */
export function buildPersonId(
  opts: { birthProvince?: string; sex?: 'male' | 'female'; birthYear?: number; serial?: number } = {},
): string {
  const year = opts.birthYear ?? 1990;
  const centuryDigit = (Math.floor((year - 1900) / 100) * 2 + (opts.sex === 'female' ? 1 : 0)).toString();
  const province =
    opts.birthProvince ?? (FACTORY_BIRTH_PROVINCES[randomInt(0, FACTORY_BIRTH_PROVINCES.length)] as string);
  serialSeq = (serialSeq + 1) % 1_000_000;
  const serial = opts.serial ?? serialSeq;
  return `0${province}${centuryDigit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** Factory: a person of the registry as the people module stores it, overridable field by field. */
export function buildPerson(over: Partial<PersonIdentity> = {}): PersonIdentity {
  const sex = over.sex ?? 'male';
  const birthDate = over.birthDate ?? '1988-07-20';
  return {
    personId: buildPersonId({ sex, birthYear: Number(birthDate.slice(0, 4)) }),
    fullName: 'Nông Văn Thành',
    birthDate,
    sex,
    ethnicityCode: '02',
    phone: null,
    address: null,
    provinceCode: LANG_SON.province,
    communeCode: LANG_SON.communeA,
    unitNeedsReview: false,
    sourceUnit: null,
    ...over,
  };
}

/** Factory: a valid worker for the API, overridable field by field. */
export function buildWorker(over: Partial<WorkerInputT> = {}): WorkerInputT {
  const sex = (over.sex as 'male' | 'female' | undefined) ?? 'female';
  const birthDate = over.birthDate ?? '1992-03-15';
  return {
    personId: buildPersonId({ sex, birthYear: Number(birthDate.slice(0, 4)) }),
    fullName: 'Hoàng Thị Thu Hà',
    birthDate,
    sex,
    communeCode: LANG_SON.communeA,
    ethnicityCode: '02',
    employmentStatus: '1',
    statusInEmploymentCode: null,
    qualificationCode: '03',
    needTraining: true,
    roundYear: 2026,
    ...over,
  };
}

// Each test file starts at its own random point of the whole 10.000.000 range, so two files' runs of a few dozen codes
// practically never overlap in the shared database.
let taxSeq = Math.floor(Math.random() * 10_000_000);
/** Factory: a valid tax code (TT 105/2020/TT-BTC Art. 5) no other call of this run returns; `branch` adds -001. */
export function buildTaxCode(opts: { branch?: boolean } = {}): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    taxSeq = (taxSeq + 1) % 10_000_000;
    const nine = `49${String(taxSeq).padStart(7, '0')}`;
    const digit = 10 - ([...nine].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0) % 11);
    if (digit === 10 || taxSeq === 0) continue;
    return `${nine}${digit}${opts.branch ? '-001' : ''}`;
  }
}

/** Factory: a valid employer for the API, overridable field by field. */
export function buildEmployer(over: Partial<CreateEmployerBodyT> = {}): CreateEmployerBodyT {
  return {
    taxCode: buildTaxCode(),
    name: 'Công ty TNHH Dệt may Kỳ Lừa',
    legalFormCode: '03',
    vsicSectionCode: 'C',
    address: 'Số 8 đường Trần Đăng Ninh',
    communeCode: LANG_SON.communeA,
    employeeCount: 120,
    uiParticipation: true,
    uiSince: '2018-01-01',
    contactName: 'Hoàng Thị Lan',
    phone: '0205 3851 234',
    email: 'nhansu@example.vn',
    industrialZone: null,
    ...over,
  };
}
