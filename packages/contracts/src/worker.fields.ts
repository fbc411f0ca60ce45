import { declareFields, type FieldKeyOf, fieldLabels } from './fields.ts';
import { PERSON_FIELDS } from './person.fields.ts';

/**
 * The labour-supply record (TT 01/2022/TT-BLĐTBXH Art. 7, Mẫu số 01): the person's identity (person.fields.ts), then
 * b) general education, technical qualification and field of training; c) the current main job (status in
 * employment, job, workplace: name, type, sector, address); d) unemployment (previous job, duration); đ) reason for
 * not being economically active; e) training and job needs. Fields stored `record` are columns of `worker`.
 */
export const WORKER_OWN_FIELDS = declareFields([
  {
    key: 'householdRelation',
    label: { vi: 'Quan hệ với chủ hộ', en: 'Relation to the head of household' },
    type: 'text',
    aliases: ['quan he voi chu ho', 'quan he', 'quan he voi chu ho gia dinh', 'qh voi chu ho'],
  },
  {
    key: 'generalEducationCode',
    label: { vi: 'Trình độ giáo dục phổ thông', en: 'General education' },
    type: 'catalogue',
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
    label: { vi: 'Trình độ chuyên môn kỹ thuật', en: 'Technical qualification' },
    type: 'catalogue',
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
    label: { vi: 'Chuyên ngành đào tạo', en: 'Field of training' },
    type: 'text',
    aliases: ['chuyen nganh dao tao', 'chuyen nganh', 'nganh dao tao', 'linh vuc dao tao'],
  },
  {
    key: 'employmentStatus',
    label: { vi: 'Tình trạng việc làm', en: 'Employment status' },
    type: 'catalogue',
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
    label: { vi: 'Vị thế việc làm', en: 'Status in employment' },
    type: 'catalogue',
    catalogue: 'status-in-employment',
    aliases: ['vi the viec lam', 'vi the'],
  },
  {
    key: 'jobTitle',
    label: { vi: 'Công việc / chức danh', en: 'Job title' },
    type: 'text',
    aliases: ['cong viec chinh', 'cong viec', 'chuc danh', 'chuc danh cong viec', 'nghe nghiep', 'cong viec dang lam'],
  },
  {
    key: 'occupationCode',
    label: { vi: 'Mã nghề (VSCO)', en: 'Occupation (VSCO)' },
    type: 'catalogue',
    catalogue: 'vsco-occupations',
    aliases: ['ma nghe', 'ma nghe nghiep', 'vsco', 'nhom nghe'],
  },
  {
    key: 'workplaceName',
    label: { vi: 'Nơi làm việc', en: 'Workplace' },
    type: 'text',
    aliases: ['noi lam viec', 'ten noi lam viec', 'ten co so', 'ten don vi lam viec', 'don vi lam viec'],
  },
  {
    key: 'workplaceType',
    label: { vi: 'Loại hình nơi làm việc', en: 'Workplace type' },
    type: 'text',
    aliases: ['loai hinh noi lam viec', 'loai hinh', 'loai hinh kinh te', 'loai hinh don vi'],
  },
  {
    key: 'workplaceSector',
    label: { vi: 'Ngành kinh tế (VSIC)', en: 'Economic sector (VSIC)' },
    type: 'catalogue',
    catalogue: 'vsic-sections',
    aliases: ['nganh kinh te', 'nganh', 'vsic', 'linh vuc kinh te'],
  },
  {
    key: 'workplaceAddress',
    label: { vi: 'Địa chỉ nơi làm việc', en: 'Workplace address' },
    type: 'text',
    aliases: ['dia chi noi lam viec', 'dia chi don vi'],
  },
  {
    key: 'unemploymentDurationCode',
    label: { vi: 'Thời gian thất nghiệp', en: 'Unemployment duration' },
    type: 'catalogue',
    catalogue: 'unemployment-duration',
    aliases: ['thoi gian that nghiep', 'that nghiep bao lau'],
  },
  {
    key: 'previousJob',
    label: { vi: 'Công việc trước khi thất nghiệp', en: 'Job before unemployment' },
    type: 'text',
    aliases: ['cong viec truoc khi that nghiep', 'cong viec truoc day', 'cong viec truoc'],
  },
  {
    key: 'inactivityReasonCode',
    label: { vi: 'Lý do không tham gia hoạt động kinh tế', en: 'Reason for not being economically active' },
    type: 'catalogue',
    catalogue: 'inactivity-reasons',
    aliases: ['ly do khong tham gia hoat dong kinh te', 'ly do khong tham gia hdkt', 'ly do khong tham gia', 'ly do'],
  },
  {
    key: 'socialInsurance',
    label: { vi: 'Tham gia BHXH', en: 'Social insurance' },
    type: 'bool',
    aliases: ['tham gia bhxh', 'bhxh', 'bao hiem xa hoi', 'tham gia bao hiem xa hoi'],
  },
  {
    key: 'needTraining',
    label: { vi: 'Nhu cầu học nghề', en: 'Needs vocational training' },
    type: 'bool',
    aliases: ['nhu cau hoc nghe', 'nhu cau dao tao', 'co nhu cau hoc nghe'],
    defaultFalse: true,
  },
  {
    key: 'needJob',
    label: { vi: 'Nhu cầu việc làm', en: 'Needs a job' },
    type: 'bool',
    aliases: ['nhu cau viec lam', 'nhu cau tim viec', 'co nhu cau viec lam'],
    defaultFalse: true,
  },
  {
    key: 'needAbroad',
    label: { vi: 'Nhu cầu đi làm việc ở nước ngoài', en: 'Wants to work abroad' },
    type: 'bool',
    aliases: [
      'nhu cau di lam viec o nuoc ngoai',
      'di lam viec o nuoc ngoai',
      'xuat khau lao dong',
      'nhu cau xkld',
      'xkld',
    ],
    defaultFalse: true,
  },
  {
    key: 'email',
    label: { vi: 'Thư điện tử', en: 'Email' },
    type: 'text',
    maxLength: 254,
    aliases: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu'],
  },
] as const);

export const WORKER_FIELDS = [...PERSON_FIELDS, ...WORKER_OWN_FIELDS] as const;

export type WorkerFieldKey = FieldKeyOf<typeof WORKER_FIELDS>;

/** Vietnamese and English labels of the worker's fields, by key (form and table labels, change-log names). */
export const WORKER_FIELD_LABELS = fieldLabels(WORKER_FIELDS);
