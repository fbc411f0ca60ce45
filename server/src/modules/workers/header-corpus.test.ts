import { describe, expect, it } from 'vitest';
import { unmappedLookalikes } from '../../platform/imports/index.ts';
import { mapHeaders, WORKER_FIELDS } from './worker-fields.ts';

/**
 * Header rows of worker registers as communes, districts and provinces fill them: Mẫu số 01 of TT 01/2022/TT-BLĐTBXH
 * and the province adaptations after it, the older layouts (TT 27/2015/TT-BLĐTBXH) still in use before the 2025
 * reform, and the post-2025 forms. Each row lists the fields its columns must map to, in column order (null: a
 * column that maps to nothing).
 */
const CORPUS: { layout: string; headers: string[]; fields: (string | null)[] }[] = [
  {
    layout: 'Mẫu số 01, TT 01/2022 (sổ ghi chép thông tin cung lao động)',
    headers: [
      'STT',
      'Họ và tên',
      'Ngày, tháng, năm sinh',
      'Giới tính',
      'Số định danh cá nhân/CMND',
      'Dân tộc',
      'Nơi thường trú',
      'Trình độ giáo dục phổ thông',
      'Trình độ chuyên môn kỹ thuật',
      'Chuyên ngành đào tạo',
      'Tình trạng hoạt động kinh tế',
      'Vị thế việc làm',
      'Công việc cụ thể đang làm',
      'Nơi làm việc',
      'Loại hình nơi làm việc',
      'Địa chỉ nơi làm việc',
      'Thời gian thất nghiệp',
      'Lý do không tham gia hoạt động kinh tế',
    ],
    fields: [
      null,
      'fullName',
      'birthDate',
      'sex',
      'personId',
      'ethnicityCode',
      'address',
      'generalEducationCode',
      'qualificationCode',
      'trainingField',
      'employmentStatus',
      'statusInEmploymentCode',
      'jobTitle',
      'workplaceName',
      'workplaceType',
      'workplaceAddress',
      'unemploymentDurationCode',
      'inactivityReasonCode',
    ],
  },
  {
    layout: 'pre-2025 commune list (Tuyên Quang adaptation): CMND/CCCD, Xã/Thị trấn, Huyện',
    headers: ['TT', 'Họ tên', 'Năm sinh', 'Nam/Nữ', 'Số CMND/CCCD', 'Thôn/Xóm', 'Xã/Thị trấn', 'Huyện', 'Tỉnh'],
    fields: [
      null,
      'fullName',
      'birthDate',
      'sex',
      'personId',
      'address',
      'communeCode',
      'districtName',
      'provinceName',
    ],
  },
  {
    layout: 'pre-2025 district summary: Xã/Phường/Thị trấn, Quận/Huyện/Thị xã',
    headers: [
      'STT',
      'Họ và tên người lao động',
      'Ngày sinh (dd/mm/yyyy)',
      'Giới tính',
      'CCCD',
      'Xã/Phường/Thị trấn',
      'Quận/Huyện/Thị xã/Thành phố',
    ],
    fields: [null, 'fullName', 'birthDate', 'sex', 'personId', 'communeCode', 'districtName'],
  },
  {
    layout: 'province template: Tên xã, Đơn vị hành chính cấp huyện',
    headers: [
      'Số TT',
      'Họ và tên',
      'Ngày tháng năm sinh',
      'Giới tính',
      'Số căn cước công dân',
      'Tên xã',
      'Đơn vị hành chính cấp huyện',
      'Số điện thoại',
    ],
    fields: [null, 'fullName', 'birthDate', 'sex', 'personId', 'communeCode', 'districtName', 'phone'],
  },
  {
    layout: 'post-2025 form: Đơn vị hành chính cấp xã',
    headers: [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số định danh cá nhân',
      'Đơn vị hành chính cấp xã',
      'Tổ dân phố/Thôn',
    ],
    fields: [null, 'fullName', 'birthDate', 'sex', 'personId', 'communeCode', 'address'],
  },
  {
    layout: 'post-2025 ward list: Phường/Xã, Mã xã',
    headers: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Phường/Xã', 'SĐT'],
    fields: [null, 'fullName', 'birthDate', 'sex', 'personId', 'communeCode', 'phone'],
  },
  {
    layout: 'post-2025 form with special zones: Xã/Phường/Đặc khu',
    headers: [
      'Họ và tên',
      'Số định danh',
      'Ngày sinh',
      'Giới tính',
      'Xã/Phường/Đặc khu',
      'Trình độ CMKT',
      'Tình trạng việc làm',
    ],
    fields: ['fullName', 'personId', 'birthDate', 'sex', 'communeCode', 'qualificationCode', 'employmentStatus'],
  },
  {
    layout: 'numbered headers and a code column: Mã xã',
    headers: ['1. Họ và tên', '2. Ngày sinh', '3. Giới tính', '4. Số định danh cá nhân', '5. Mã xã', '6. Dân tộc'],
    fields: ['fullName', 'birthDate', 'sex', 'personId', 'communeCode', 'ethnicityCode'],
  },
  {
    layout: 'older layout: Số chứng minh nhân dân, Trình độ văn hóa, Tình trạng HĐKT, Tham gia BHXH',
    headers: [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số chứng minh nhân dân',
      'Trình độ văn hóa',
      'Trình độ đào tạo',
      'Tình trạng HĐKT',
      'Tham gia BHXH',
    ],
    fields: [
      null,
      'fullName',
      'birthDate',
      'sex',
      'personId',
      'generalEducationCode',
      'qualificationCode',
      'employmentStatus',
      'socialInsurance',
    ],
  },
  {
    layout: 'household-based list: Quan hệ với chủ hộ, Nơi ở hiện tại',
    headers: ['Họ và tên', 'Quan hệ với chủ hộ', 'Ngày sinh', 'Giới tính', 'CCCD/CMND', 'Nơi ở hiện tại', 'Xã'],
    fields: ['fullName', 'householdRelation', 'birthDate', 'sex', 'personId', 'address', 'communeCode'],
  },
];

describe('a corpus of register header rows (pre- and post-2025, Mẫu số 01 and provincial adaptations)', () => {
  it.each(CORPUS)('maps every column of: $layout', ({ headers, fields }) => {
    const mapping = mapHeaders(headers) as Record<string, number>;
    const byColumn = headers.map((_, c) => Object.entries(mapping).find(([, col]) => col === c)?.[0] ?? null);
    expect(byColumn).toEqual(fields);
  });

  it('warns about an unmapped column whose header hints at the commune, or whose values are unit names', () => {
    const headers = ['Họ và tên', 'Số CCCD', 'Nơi đăng ký (xã)', 'Ghi chú', 'Đơn vị'];
    const mapping = mapHeaders(headers);
    const sample = [
      { rowNumber: 5, cells: ['A', '020090000001', '', '', 'Xã Phù Lưu, huyện Hàm Yên'] },
      { rowNumber: 6, cells: ['B', '020090000002', '', '', 'TT. Tân Yên'] },
    ];
    const warnings = unmappedLookalikes(WORKER_FIELDS, { headers, mapping }, sample);
    expect(warnings.map((w) => [w.column, w.field, w.mappedTo])).toEqual([
      [2, 'communeCode', null],
      [4, 'communeCode', null],
    ]);
    expect(warnings[1]?.message).toBe('Cột "Đơn vị" có giá trị giống "Xã/phường" nhưng chưa được ghép với trường nào');
  });
});
