import {
  foldText,
  type ImportField,
  mapHeaders as mapFieldHeaders,
  type ValueShape,
} from '../../platform/imports/index.ts';

/**
 * The fields of a worker record (TT 01/2022/TT-BLĐTBXH Art. 7, Mẫu số 01): their Vietnamese label, how a value
 * is read, and the column headers communes use for them in their spreadsheets (without diacritics, lower case).
 *
 * The aliases come from the register layouts in use: Mẫu số 01 of TT 01/2022 ("Sổ ghi chép thông tin cung lao
 * động"), the older layouts of TT 27/2015/TT-BLĐTBXH that many communes still fill, the adaptations provinces sent
 * to their communes (a combined "Số CMND/CCCD" column, "Xã/Thị trấn", "Đơn vị hành chính cấp xã", separate
 * "Huyện"/"Tỉnh" columns before 2025), and the post-2025 forms ("Xã/Phường/Đặc khu"). The corpus of header rows in
 * header-corpus.test.ts is the check: every alias here is there because a header row uses it.
 */
export type FieldKind = 'personId' | 'text' | 'date' | 'sex' | 'bool' | 'catalogue' | 'commune' | 'unitPart';

export interface FieldSpec {
  key: WorkerFieldKey;
  label: string;
  kind: FieldKind;
  catalogue?: string;
  required?: boolean;
  aliases: readonly string[];
  hints?: readonly string[];
  shape?: ValueShape;
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
      'ma so dinh danh ca nhan',
      'so dinh danh ca nhan cccd',
      'so dinh danh ca nhan cmnd',
      'so dinh danh ca nhan so cmnd',
      'so dinh danh ca nhan cmnd cccd',
      'so dinh danh ca nhan cccd cmnd',
      'cccd',
      'so cccd',
      'can cuoc',
      'so can cuoc',
      'can cuoc cong dan',
      'so can cuoc cong dan',
      'so the can cuoc',
      'cmnd cccd',
      'so cmnd cccd',
      'so cmt cccd',
      'cmt cccd',
      'cccd cmnd',
      'so cccd cmnd',
      'so cmnd',
      'cmnd',
      'so cmt',
      'chung minh nhan dan',
      'so chung minh nhan dan',
    ],
    hints: ['dinh danh', 'cccd', 'cmnd', 'can cuoc'],
    shape: 'personId',
  },
  {
    key: 'fullName',
    label: 'Họ và tên',
    kind: 'text',
    required: true,
    aliases: [
      'ho va ten',
      'ho ten',
      'ho va ten nguoi lao dong',
      'ho ten nguoi lao dong',
      'ho va ten khai sinh',
      'ho va ten thanh vien',
      'ten',
      'ho va ten nld',
    ],
  },
  {
    key: 'birthDate',
    label: 'Ngày sinh',
    kind: 'date',
    required: true,
    aliases: [
      'ngay sinh',
      'ngay thang nam sinh',
      'ngay thang nam sinh dd mm yyyy',
      'ngay sinh dd mm yyyy',
      'sinh ngay',
      'ngay thang sinh',
      'nam sinh',
      'ngay sinh nam sinh',
    ],
    hints: ['sinh'],
    shape: 'date',
  },
  {
    key: 'sex',
    label: 'Giới tính',
    kind: 'sex',
    required: true,
    aliases: ['gioi tinh', 'gioi', 'nam nu', 'gioi tinh nam nu', 'gioi tinh nam 1 nu 2'],
    shape: 'sex',
  },
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
    aliases: ['so dien thoai', 'dien thoai', 'sdt', 'dien thoai lien he', 'so dien thoai lien he', 'dt'],
    shape: 'phone',
  },
  {
    key: 'communeCode',
    label: 'Xã/phường',
    kind: 'commune',
    aliases: [
      'ma xa',
      'xa phuong',
      'phuong xa',
      'xa',
      'phuong',
      'thi tran',
      'xa thi tran',
      'xa phuong thi tran',
      'xa phuong dac khu',
      'phuong xa thi tran',
      'xa phuong thi tran cu',
      'ten xa',
      'ten xa phuong',
      'ten phuong xa',
      'ten xa phuong thi tran',
      'ten don vi hanh chinh',
      'don vi hanh chinh',
      'don vi hanh chinh cap xa',
      'dvhc cap xa',
      'dvhc',
      'cap xa',
      'ma don vi',
      'ma xa phuong',
      'ma don vi hanh chinh',
      'ma dvhc',
      'dia ban xa',
      'xa noi thuong tru',
      'xa phuong noi thuong tru',
      'xa phuong noi o hien tai',
    ],
    hints: ['xa', 'phuong', 'thi tran', 'dac khu', 'don vi hanh chinh', 'dvhc'],
    shape: 'commune',
  },
  {
    key: 'districtName',
    label: 'Huyện/quận (trước 2025)',
    kind: 'unitPart',
    aliases: [
      'huyen',
      'quan',
      'quan huyen',
      'huyen quan',
      'huyen thi xa',
      'huyen thi xa thanh pho',
      'quan huyen thi xa',
      'quan huyen thi xa thanh pho',
      'ten huyen',
      'don vi hanh chinh cap huyen',
      'dvhc cap huyen',
      'cap huyen',
      'huyen cu',
    ],
    hints: ['huyen', 'quan', 'thi xa'],
    shape: 'district',
  },
  {
    key: 'provinceName',
    label: 'Tỉnh/thành phố',
    kind: 'unitPart',
    aliases: ['tinh', 'tinh thanh pho', 'tinh thanh', 'ten tinh', 'don vi hanh chinh cap tinh', 'cap tinh', 'tinh tp'],
    hints: ['tinh'],
    shape: 'province',
  },
  {
    key: 'address',
    label: 'Địa chỉ',
    kind: 'text',
    aliases: [
      'dia chi',
      'noi o hien tai',
      'noi thuong tru',
      'noi cu tru',
      'thon to',
      'thon',
      'thon xom',
      'thon ban',
      'to dan pho',
      'thon to dan pho',
      'dia chi thuong tru',
      'dia chi noi o hien tai',
      'so nha thon to',
    ],
  },
  {
    key: 'householdRelation',
    label: 'Quan hệ với chủ hộ',
    kind: 'text',
    aliases: ['quan he voi chu ho', 'quan he', 'quan he voi chu ho gia dinh', 'qh voi chu ho'],
  },
  {
    key: 'generalEducationCode',
    label: 'Trình độ giáo dục phổ thông',
    kind: 'catalogue',
    catalogue: 'general-education',
    aliases: [
      'trinh do giao duc pho thong',
      'trinh do gdpt',
      'trinh do hoc van',
      'hoc van',
      'trinh do van hoa',
      'trinh do pho thong',
      'giao duc pho thong',
    ],
  },
  {
    key: 'qualificationCode',
    label: 'Trình độ chuyên môn kỹ thuật',
    kind: 'catalogue',
    catalogue: 'qualification-levels',
    aliases: [
      'trinh do chuyen mon ky thuat',
      'trinh do cmkt',
      'trinh do chuyen mon',
      'chuyen mon ky thuat',
      'cmkt',
      'trinh do chuyen mon ky thuat cao nhat',
      'trinh do dao tao',
    ],
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
      'tinh trang hdkt',
      'tinh trang viec lam hien nay',
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

export { foldText };

/** Matches spreadsheet headers to worker fields (platform/imports: exact alias first, then the longest contained). */
export function mapHeaders(headers: readonly string[]): Partial<Record<WorkerFieldKey, number>> {
  return mapFieldHeaders(WORKER_FIELDS as readonly ImportField<WorkerFieldKey>[], headers);
}
