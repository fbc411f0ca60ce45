/** The scheme whose texts word a decision: the Covid-19 scheme, and the unemployment-insurance one before and from 2026. */
export type Scheme = 'qd23_2021' | 'nd28_2015' | 'law74_2025';

/**
 * Per scheme: the legal grounds ("Căn cứ …") and the article on paying the support and using it.
 * - QĐ 23/2021 Art. 12(4): the provincial social insurance transfers the whole amount at once within 3 working days;
 *   Art. 12(4)–(5): the employer pays the institution within 2 working days, settles and reports within 45 days.
 * - NĐ 28/2015 Art. 27 as amended by NĐ 61/2020: the chairman of the provincial People's Committee decides; the
 *   social insurance advances 50 % within 5 working days of the decision; the rest is settled on the actual result.
 * - Law 74/2025 Art. 42(4): the Government sets the procedure (NĐ 374/2025, whose steps are not verified): only what
 *   is common is said.
 */
export const SCHEMES: Record<
  Scheme,
  {
    grounds: string[];
    payment: (x: { si: string; employer: string; institution: string | null; reportTo: string }) => string;
  }
> = {
  qd23_2021: {
    grounds: [
      'Luật Việc làm ngày 16 tháng 11 năm 2013',
      'Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định về việc thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19, được sửa đổi, bổ sung bởi Quyết định số 33/2021/QĐ-TTg của Thủ tướng Chính phủ',
    ],
    payment: ({ si, employer, institution, reportTo }) =>
      `${si} chuyển một lần toàn bộ kinh phí hỗ trợ quy định tại Điều 1 cho ${employer} trong 03 ngày làm việc kể từ ngày nhận được Quyết định này. ${employer} có trách nhiệm tổ chức thực hiện đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề và duy trì việc làm cho người lao động theo phương án được phê duyệt${institution ? `; chuyển kinh phí cho ${institution} trong 02 ngày làm việc kể từ ngày nhận được kinh phí hỗ trợ` : ''}; hoàn thành việc thanh quyết toán kinh phí và báo cáo kết quả thực hiện về ${reportTo} trong 45 ngày kể từ ngày kết thúc việc đào tạo.`,
  },
  nd28_2015: {
    grounds: [
      'Luật Việc làm ngày 16 tháng 11 năm 2013',
      'Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp, được sửa đổi, bổ sung bởi Nghị định số 61/2020/NĐ-CP ngày 29 tháng 5 năm 2020 của Chính phủ',
    ],
    payment: ({ si, employer, reportTo }) =>
      `${si} tạm ứng 50% kinh phí hỗ trợ quy định tại Điều 1 cho ${employer} trong 05 ngày làm việc kể từ ngày nhận được Quyết định này; kinh phí hỗ trợ được quyết toán theo kết quả thực tế. ${employer} có trách nhiệm tổ chức thực hiện đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề và duy trì việc làm cho người lao động theo phương án được phê duyệt, sử dụng kinh phí đúng mục đích và báo cáo kết quả thực hiện về ${reportTo}.`,
  },
  law74_2025: {
    grounds: [
      'Luật Việc làm số 74/2025/QH15',
      'Nghị định số 374/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Việc làm về bảo hiểm thất nghiệp',
    ],
    payment: ({ si, employer, reportTo }) =>
      `${si} chi trả kinh phí hỗ trợ quy định tại Điều 1 cho ${employer} theo quy định. ${employer} có trách nhiệm tổ chức thực hiện đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề và duy trì việc làm cho người lao động theo phương án được phê duyệt, sử dụng kinh phí đúng mục đích, quyết toán kinh phí và báo cáo kết quả thực hiện về ${reportTo}.`,
  },
};
