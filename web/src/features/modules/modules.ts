import type { MessageKey } from '../../app/i18n.ts';

/** Modules planned but not built yet, with what each will do (shown as-is, no sample data). */
export interface PlannedModule {
  path: string;
  title: MessageKey;
  purpose: { vi: string[]; en: string[] };
}

export const PLANNED_MODULES: PlannedModule[] = [
  {
    path: '/training',
    title: 'navTraining',
    purpose: {
      vi: [
        'Quản lý cơ sở giáo dục nghề nghiệp, lớp đào tạo nghề và học viên (theo số định danh cá nhân).',
        'Theo dõi hỗ trợ chi phí đào tạo cho lao động nông thôn, người khuyết tật, hộ nghèo, cận nghèo.',
        'Ghi nhận kết quả tốt nghiệp và việc làm sau đào tạo.',
      ],
      en: [
        'Manage training institutions, vocational classes and trainees (by personal ID).',
        'Track training cost support for rural workers, people with disabilities, poor and near-poor households.',
        'Record graduation and employment after training.',
      ],
    },
  },
  {
    path: '/jobs',
    title: 'navJobs',
    purpose: {
      vi: [
        'Đăng tin tuyển dụng của doanh nghiệp và hồ sơ tìm việc của người lao động.',
        'Kết nối cung – cầu lao động, ghi nhận kết quả giới thiệu và tuyển dụng.',
      ],
      en: [
        'Publish employer vacancies and job seekers’ profiles.',
        'Match supply and demand; record referrals and hires.',
      ],
    },
  },
  {
    path: '/fairs',
    title: 'navFairs',
    purpose: {
      vi: [
        'Lập kế hoạch và tổ chức ngày hội việc làm (trực tiếp, trực tuyến).',
        'Đăng ký doanh nghiệp, người lao động tham gia và thống kê kết quả phỏng vấn, tuyển dụng.',
      ],
      en: [
        'Plan and run job fairs (on site or online).',
        'Register employers and job seekers; count interviews and hires.',
      ],
    },
  },
  {
    path: '/plans',
    title: 'navPlans',
    purpose: {
      vi: [
        'Giao chỉ tiêu kế hoạch theo đơn vị và kỳ (việc làm tăng thêm, đào tạo nghề, giảm nghèo…).',
        'Theo dõi thực hiện so với kế hoạch, lũy kế từ đầu năm và so với cùng kỳ; quản lý dự toán kinh phí.',
      ],
      en: [
        'Set targets per unit and period (new jobs, vocational training, poverty reduction…).',
        'Track achievement against plan, year to date and versus last year; manage budget estimates.',
      ],
    },
  },
  {
    path: '/reports',
    title: 'navReports',
    purpose: {
      vi: [
        'Lập báo cáo định kỳ theo mẫu quy định (Word/Excel) từ dữ liệu đã nhập.',
        'Bảng điều khiển chỉ tiêu, bản đồ theo đơn vị hành chính; xem chi tiết danh sách đứng sau mỗi con số.',
      ],
      en: [
        'Produce periodic reports in the official templates (Word/Excel) from recorded data.',
        'Indicator dashboards and maps by administrative unit, each figure drilling down to its records.',
      ],
    },
  },
];
