/** Display names of the shared catalogues (the API returns file-style identifiers). */
export const CATALOGUE_NAMES: Record<string, { vi: string; en: string }> = {
  'beneficiary-groups': { vi: 'Nhóm đối tượng chính sách', en: 'Beneficiary groups' },
  'employer-legal-forms': { vi: 'Loại hình doanh nghiệp, tổ chức', en: 'Legal forms of employers' },
  'employment-status': { vi: 'Tình trạng việc làm', en: 'Employment status' },
  'ethnic-groups': { vi: 'Dân tộc', en: 'Ethnic groups' },
  'general-education': { vi: 'Trình độ giáo dục phổ thông', en: 'General education' },
  'household-area-types': { vi: 'Khu vực cư trú (thành thị/nông thôn)', en: 'Urban / rural area' },
  'inactivity-reasons': { vi: 'Lý do không tham gia hoạt động kinh tế', en: 'Reasons for economic inactivity' },
  'institution-ownership': { vi: 'Loại hình sở hữu cơ sở GDNN', en: 'Ownership of training institutions' },
  'institution-types': { vi: 'Loại cơ sở giáo dục nghề nghiệp', en: 'Types of training institutions' },
  'poverty-deprivation-indicators': {
    vi: 'Chỉ số thiếu hụt dịch vụ xã hội cơ bản',
    en: 'Poverty deprivation indicators',
  },
  'qualification-levels': { vi: 'Trình độ chuyên môn kỹ thuật', en: 'Qualification levels' },
  'status-in-employment': { vi: 'Vị thế việc làm', en: 'Status in employment' },
  'training-levels': { vi: 'Trình độ đào tạo nghề nghiệp', en: 'Vocational training levels' },
  'unemployment-duration': { vi: 'Thời gian thất nghiệp', en: 'Unemployment duration' },
  'vsco-occupations': { vi: 'Nghề nghiệp (VSCO)', en: 'Occupations (VSCO)' },
  'vsic-sections': { vi: 'Ngành kinh tế (VSIC, cấp 1)', en: 'Economic sections (VSIC level 1)' },
};

export function catalogueLabel(name: string, lang: 'vi' | 'en'): string {
  return CATALOGUE_NAMES[name]?.[lang] ?? name;
}
