/**
 * Deterministic synthetic people for demos and benchmarks: weighted Vietnamese family names, the ethnic mix of
 * a northern mountain province, plausible education and activity shares. Personal IDs are unique and agree with
 * sex and birth year by construction (a running serial per birth province, century-sex digit and year).
 */

export interface GeneratedPerson {
  personId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  ethnicityCode: string;
  communeCode: string;
  qualificationCode: string;
  generalEducationCode: string;
  employmentStatus: string;
  statusInEmploymentCode: string | null;
  unemploymentDurationCode: string | null;
  inactivityReasonCode: string | null;
  jobTitle: string | null;
  phone: string;
  address: string;
  needTraining: boolean;
  needJob: boolean;
  needAbroad: boolean;
}

/** mulberry32: small, fast, seedable. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(items: [T, number][]): (r: number) => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  return (r) => {
    let x = r * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return (items[items.length - 1] as [T, number])[0];
  };
}

const family = weighted<string>([
  ['Nguyễn', 30],
  ['Hoàng', 9],
  ['Nông', 7],
  ['Lương', 6],
  ['Vi', 5],
  ['Trần', 5],
  ['Lê', 4],
  ['Phạm', 3],
  ['Hà', 3],
  ['Lăng', 3],
  ['Chu', 2],
  ['Triệu', 2],
  ['Mã', 2],
  ['Dương', 2],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.5],
  ['Vũ', 1.5],
  ['Ngô', 1],
  ['Lý', 1],
  ['Hứa', 1],
  ['Lộc', 1],
  ['Hồ', 1],
  ['Phan', 1],
]);
const MIDDLE = {
  male: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Xuân'],
  female: ['Thị', 'Thị', 'Thị', 'Thị Thu', 'Ngọc', 'Thị Hồng', 'Thanh', 'Thị Bích', 'Thị Mai', 'Kim'],
};
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đức',
    'Giang',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Hưng',
    'Huy',
    'Khánh',
    'Kiên',
    'Long',
    'Lâm',
    'Mạnh',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quân',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Tiến',
    'Toàn',
    'Trung',
    'Tuấn',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Ánh',
    'Bích',
    'Chi',
    'Dung',
    'Duyên',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Hồng',
    'Huệ',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'Nga',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Thảo',
    'Thu',
    'Thủy',
    'Trang',
    'Tuyết',
    'Vân',
    'Yến',
  ],
};
// Lạng Sơn: Nùng, Tày, Kinh, Dao, Hoa, Sán Chay (GSO census 2019 shares, rounded).
const ethnicity = weighted<string>([
  ['07', 42],
  ['02', 35],
  ['01', 17],
  ['09', 4],
  ['06', 1],
  ['13', 1],
]);
const qualification = weighted<string>([
  ['00', 55],
  ['01', 8],
  ['02', 7],
  ['03', 8],
  ['04', 6],
  ['05', 14],
  ['06', 1.5],
  ['07', 0.5],
]);
const education = weighted<string>([
  ['1', 6],
  ['2', 18],
  ['3', 38],
  ['4', 38],
]);
const JOBS = [
  'Làm ruộng',
  'Trồng rừng',
  'Công nhân may',
  'Buôn bán nhỏ',
  'Thợ xây',
  'Giáo viên',
  'Lái xe',
  'Công nhân khu công nghiệp',
  'Chăn nuôi',
  'Nhân viên văn phòng',
];
const HAMLETS = [
  'Nà Lầu',
  'Khòn Khuyên',
  'Bản Chặng',
  'Pò Mã',
  'Nà Sèn',
  'Còn Quan',
  'Bản Đon',
  'Phai Duốc',
  'Khau Cút',
  'Nà Thâm',
];

/** Generates `count` people living in `communes`, born in `birthProvince` (two-digit code). */
export function* generatePeople(opts: {
  count: number;
  communes: string[];
  seed?: number;
  birthProvince?: string;
}): Generator<GeneratedPerson> {
  const rnd = random(opts.seed ?? 20);
  const serials = new Map<string, number>();
  const province = opts.birthProvince ?? '20';
  for (let i = 0; i < opts.count; i++) {
    const sex = rnd() < 0.5 ? 'male' : 'female';
    const year = 1961 + Math.floor(rnd() * 49); // ages 15–64 in 2026
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const centurySex = (Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0)).toString();
    const key = `${centurySex}${String(year % 100).padStart(2, '0')}`;
    const serial = (serials.get(key) ?? Math.floor(rnd() * 1000)) + 1;
    serials.set(key, serial);
    const given = GIVEN[sex][Math.floor(rnd() * GIVEN[sex].length)] as string;
    const middle = MIDDLE[sex][Math.floor(rnd() * MIDDLE[sex].length)] as string;
    const activity = rnd();
    const employmentStatus = activity < 0.8 ? '1' : activity < 0.825 ? '2' : '3';
    yield {
      personId: `0${province}${key}${String(serial).padStart(6, '0')}`,
      fullName: `${family(rnd())} ${middle} ${given}`,
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      sex,
      ethnicityCode: ethnicity(rnd()),
      communeCode: opts.communes[i % opts.communes.length] as string,
      qualificationCode: qualification(rnd()),
      generalEducationCode: education(rnd()),
      employmentStatus,
      statusInEmploymentCode: employmentStatus === '1' ? String(1 + Math.floor(rnd() * 4)) : null,
      unemploymentDurationCode: employmentStatus === '2' ? String(1 + Math.floor(rnd() * 3)) : null,
      inactivityReasonCode:
        employmentStatus === '3' ? (['1', '2', '3', '4', '9'][Math.floor(rnd() * 5)] as string) : null,
      jobTitle: employmentStatus === '1' ? (JOBS[Math.floor(rnd() * JOBS.length)] as string) : null,
      phone: `09${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
      address: `Thôn ${HAMLETS[Math.floor(rnd() * HAMLETS.length)]}`,
      needTraining: rnd() < 0.12,
      needJob: employmentStatus === '2' || rnd() < 0.05,
      needAbroad: rnd() < 0.03,
    };
  }
}

/** The register's import columns (Vietnamese headers, as communes type them). */
export const CSV_HEADERS = [
  'Số định danh cá nhân',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Mã xã',
  'Trình độ giáo dục phổ thông',
  'Trình độ chuyên môn kỹ thuật',
  'Tình trạng việc làm',
  'Vị thế việc làm',
  'Thời gian thất nghiệp',
  'Lý do không tham gia hoạt động kinh tế',
  'Công việc',
  'Số điện thoại',
  'Địa chỉ',
  'Nhu cầu học nghề',
  'Nhu cầu việc làm',
  'Nhu cầu đi làm việc ở nước ngoài',
];

export function csvLine(p: GeneratedPerson): string {
  const d = p.birthDate.split('-').reverse().join('/');
  const yes = (b: boolean) => (b ? 'x' : '');
  return [
    p.personId,
    p.fullName,
    d,
    p.sex === 'male' ? 'Nam' : 'Nữ',
    p.ethnicityCode,
    p.communeCode,
    p.generalEducationCode,
    p.qualificationCode,
    p.employmentStatus,
    p.statusInEmploymentCode ?? '',
    p.unemploymentDurationCode ?? '',
    p.inactivityReasonCode ?? '',
    p.jobTitle ?? '',
    p.phone,
    p.address,
    yes(p.needTraining),
    yes(p.needJob),
    yes(p.needAbroad),
  ].join(',');
}
