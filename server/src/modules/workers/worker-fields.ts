/**
 * The fields of a worker record (TT 01/2022/TT-BLĐTBXH Art. 7, Mẫu số 01): their Vietnamese label, how a value
 * is read, and the column headers communes use for them in their spreadsheets (without diacritics, lower case).
 */
export type FieldKind = 'personId' | 'text' | 'date' | 'sex' | 'bool' | 'catalogue' | 'commune';

export interface FieldSpec {
  key: WorkerFieldKey;
  label: string;
  kind: FieldKind;
  catalogue?: string;
  required?: boolean;
  aliases: readonly string[];
}

export const WORKER_FIELDS = [
  {
    key: 'personId',
    label: 'Số định danh cá nhân',
    kind: 'personId',
    required: true,
    aliases: [
      'so dinh danh ca nhan',
      'so dinh danh',
      'ma dinh danh',
      'cccd',
      'so cccd',
      'can cuoc',
      'so can cuoc',
      'cmnd cccd',
      'so cmnd cccd',
      'cccd cmnd',
    ],
  },
  {
    key: 'fullName',
    label: 'Họ và tên',
    kind: 'text',
    required: true,
    aliases: ['ho va ten', 'ho ten', 'ho va ten nguoi lao dong', 'ten'],
  },
  {
    key: 'birthDate',
    label: 'Ngày sinh',
    kind: 'date',
    required: true,
    aliases: ['ngay sinh', 'ngay thang nam sinh', 'ngay thang nam sinh dd mm yyyy', 'sinh ngay'],
  },
  { key: 'sex', label: 'Giới tính', kind: 'sex', required: true, aliases: ['gioi tinh', 'gioi', 'nam nu'] },
  {
    key: 'ethnicityCode',
    label: 'Dân tộc',
    kind: 'catalogue',
    catalogue: 'ethnic-groups',
    aliases: ['dan toc', 'ma dan toc'],
  },
  {
    key: 'phone',
    label: 'Số điện thoại',
    kind: 'text',
    aliases: ['so dien thoai', 'dien thoai', 'sdt', 'dien thoai lien he'],
  },
  {
    key: 'communeCode',
    label: 'Xã/phường',
    kind: 'commune',
    aliases: [
      'ma xa',
      'xa phuong',
      'xa',
      'phuong',
      'xa phuong thi tran',
      'don vi hanh chinh',
      'ma don vi',
      'ma xa phuong',
    ],
  },
  {
    key: 'address',
    label: 'Địa chỉ',
    kind: 'text',
    aliases: ['dia chi', 'noi o hien tai', 'noi thuong tru', 'thon to', 'thon', 'dia chi thuong tru'],
  },
  { key: 'householdRelation', label: 'Quan hệ với chủ hộ', kind: 'text', aliases: ['quan he voi chu ho', 'quan he'] },
  {
    key: 'generalEducationCode',
    label: 'Trình độ giáo dục phổ thông',
    kind: 'catalogue',
    catalogue: 'general-education',
    aliases: ['trinh do giao duc pho thong', 'trinh do gdpt', 'trinh do hoc van', 'hoc van', 'trinh do van hoa'],
  },
  {
    key: 'qualificationCode',
    label: 'Trình độ chuyên môn kỹ thuật',
    kind: 'catalogue',
    catalogue: 'qualification-levels',
    aliases: ['trinh do chuyen mon ky thuat', 'trinh do cmkt', 'trinh do chuyen mon', 'chuyen mon ky thuat', 'cmkt'],
  },
  {
    key: 'trainingField',
    label: 'Chuyên ngành đào tạo',
    kind: 'text',
    aliases: ['chuyen nganh dao tao', 'chuyen nganh', 'nganh dao tao', 'linh vuc dao tao'],
  },
  {
    key: 'employmentStatus',
    label: 'Tình trạng việc làm',
    kind: 'catalogue',
    catalogue: 'employment-status',
    aliases: [
      'tinh trang viec lam',
      'tinh trang hoat dong kinh te',
      'tinh trang tham gia hoat dong kinh te',
      'tinh trang',
    ],
  },
  {
    key: 'statusInEmploymentCode',
    label: 'Vị thế việc làm',
    kind: 'catalogue',
    catalogue: 'status-in-employment',
    aliases: ['vi the viec lam', 'vi the'],
  },
  {
    key: 'jobTitle',
    label: 'Công việc / chức danh',
    kind: 'text',
    aliases: ['cong viec chinh', 'cong viec', 'chuc danh', 'chuc danh cong viec', 'nghe nghiep', 'cong viec dang lam'],
  },
  {
    key: 'occupationCode',
    label: 'Mã nghề (VSCO)',
    kind: 'catalogue',
    catalogue: 'vsco-occupations',
    aliases: ['ma nghe', 'ma nghe nghiep', 'vsco', 'nhom nghe'],
  },
  {
    key: 'workplaceName',
    label: 'Nơi làm việc',
    kind: 'text',
    aliases: ['noi lam viec', 'ten noi lam viec', 'ten co so', 'ten don vi lam viec', 'don vi lam viec'],
  },
  {
    key: 'workplaceType',
    label: 'Loại hình nơi làm việc',
    kind: 'text',
    aliases: ['loai hinh noi lam viec', 'loai hinh', 'loai hinh kinh te', 'loai hinh don vi'],
  },
  {
    key: 'workplaceSector',
    label: 'Ngành kinh tế (VSIC)',
    kind: 'catalogue',
    catalogue: 'vsic-sections',
    aliases: ['nganh kinh te', 'nganh', 'vsic', 'linh vuc kinh te'],
  },
  {
    key: 'workplaceAddress',
    label: 'Địa chỉ nơi làm việc',
    kind: 'text',
    aliases: ['dia chi noi lam viec', 'dia chi don vi'],
  },
  {
    key: 'unemploymentDurationCode',
    label: 'Thời gian thất nghiệp',
    kind: 'catalogue',
    catalogue: 'unemployment-duration',
    aliases: ['thoi gian that nghiep', 'that nghiep bao lau'],
  },
  {
    key: 'previousJob',
    label: 'Công việc trước khi thất nghiệp',
    kind: 'text',
    aliases: ['cong viec truoc khi that nghiep', 'cong viec truoc day', 'cong viec truoc'],
  },
  {
    key: 'inactivityReasonCode',
    label: 'Lý do không tham gia hoạt động kinh tế',
    kind: 'catalogue',
    catalogue: 'inactivity-reasons',
    aliases: ['ly do khong tham gia hoat dong kinh te', 'ly do khong tham gia hdkt', 'ly do khong tham gia', 'ly do'],
  },
  {
    key: 'socialInsurance',
    label: 'Tham gia BHXH',
    kind: 'bool',
    aliases: ['tham gia bhxh', 'bhxh', 'bao hiem xa hoi', 'tham gia bao hiem xa hoi'],
  },
  {
    key: 'needTraining',
    label: 'Nhu cầu học nghề',
    kind: 'bool',
    aliases: ['nhu cau hoc nghe', 'nhu cau dao tao', 'co nhu cau hoc nghe'],
  },
  {
    key: 'needJob',
    label: 'Nhu cầu việc làm',
    kind: 'bool',
    aliases: ['nhu cau viec lam', 'nhu cau tim viec', 'co nhu cau viec lam'],
  },
  {
    key: 'needAbroad',
    label: 'Nhu cầu đi làm việc ở nước ngoài',
    kind: 'bool',
    aliases: [
      'nhu cau di lam viec o nuoc ngoai',
      'di lam viec o nuoc ngoai',
      'xuat khau lao dong',
      'nhu cau xkld',
      'xkld',
    ],
  },
] as const satisfies readonly (Omit<FieldSpec, 'key' | 'aliases'> & { key: string; aliases: readonly string[] })[];

export type WorkerFieldKey = (typeof WORKER_FIELDS)[number]['key'];

/** Header or name text reduced to a comparison key: no diacritics (đ → d), lower case, words only. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Matches spreadsheet headers to fields: an exact alias first, then the longest alias the header contains. */
export function mapHeaders(headers: readonly string[]): Partial<Record<WorkerFieldKey, number>> {
  const folded = headers.map((h) => foldText(h).replace(/^\d+\s+/, ''));
  const mapping: Partial<Record<WorkerFieldKey, number>> = {};
  const used = new Set<number>();
  const claim = (match: (header: string, alias: string) => boolean) => {
    for (const field of WORKER_FIELDS) {
      if (mapping[field.key] !== undefined) continue;
      let best = -1;
      let bestLength = 0;
      folded.forEach((header, i) => {
        if (used.has(i) || !header) return;
        for (const alias of field.aliases) {
          if (match(header, alias) && alias.length > bestLength) {
            best = i;
            bestLength = alias.length;
          }
        }
      });
      if (best >= 0) {
        mapping[field.key] = best;
        used.add(best);
      }
    }
  };
  claim((header, alias) => header === alias);
  claim((header, alias) => alias.length >= 4 && ` ${header} `.includes(` ${alias} `));
  return mapping;
}
