import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from './amount-in-words.ts';
import {
  type DecisionDocumentInput,
  recoveryDecisionDocx,
  supportDecisionDocx,
  traineeListXlsx,
} from './decision-documents.ts';

const support: DecisionDocumentInput = {
  agency: {
    parent: 'UBND tỉnh Lạng Sơn',
    name: 'Sở Nội vụ',
    authority: 'Giám đốc Sở Nội vụ tỉnh Lạng Sơn',
    office: ['Chánh Văn phòng Sở'],
  },
  scheme: 'qd23_2021',
  place: 'Lạng Sơn',
  number: '125/QĐ-SNV',
  date: '2026-02-09',
  signer: { authority: 'KT. Giám đốc', position: 'Phó Giám đốc', name: 'Hoàng Văn Bình' },
  applicationDate: '2026-01-28',
  employer: {
    name: 'Công ty TNHH May Đồng Đăng',
    taxCode: '4900123456',
    address: 'Khu công nghiệp Đồng Bành, xã Chi Lăng, tỉnh Lạng Sơn',
  },
  institution: 'Trường Cao đẳng nghề Lạng Sơn',
  plan: { trades: ['May công nghiệp', 'Vận hành máy CNC'], startDate: '2026-03-02', endDate: '2026-05-16' },
  trainees: [
    {
      personId: '020190001234',
      fullName: 'Nguyễn Thị Ánh',
      birthDate: '1990-02-08',
      trade: 'May công nghiệp',
      startDate: '2026-03-02',
      endDate: '2026-05-16',
      months: 2.5,
      amount: 3_750_000,
    },
    {
      personId: '020085004321',
      fullName: 'Hoàng Văn Bảo',
      birthDate: '1985-11-23',
      trade: 'Vận hành máy CNC',
      startDate: '2026-03-02',
      endDate: '2026-05-31',
      months: 3,
      amount: 4_500_000,
    },
  ],
  total: 8_250_000,
  socialInsurance: 'Bảo hiểm xã hội tỉnh Lạng Sơn',
  reportTo: 'Sở Nội vụ',
  recipients: ['Giám đốc Sở (để b/c)'],
};

const recovery: DecisionDocumentInput = {
  ...support,
  number: '131/QĐ-SNV',
  date: '2026-07-20',
  recovery: {
    supportDecision: { number: '125/QĐ-SNV', date: '2026-02-09' },
    reportDate: '2026-07-10',
    reason: 'Người lao động không tham gia đào tạo theo phương án được phê duyệt và chi phí đào tạo thực tế thấp hơn',
    trainees: [{ personId: '020085004321', amount: 4_500_000, reason: 'Không tham gia đào tạo' }],
    unspent: 250_000,
    total: 4_750_000,
  },
};

/** The body text of a .docx, its runs joined by "|", and its section properties. */
async function docxText(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
  const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  return { xml, text, sections };
}

/** The cells of each table row in the annex, as text. */
function tableRows(xml: string) {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
      [...c[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    ),
  );
}

describe('amount in Vietnamese words (Bằng chữ)', () => {
  it('reads millions, thousands and the hundreds of a group after a higher one', () => {
    expect(amountInWords(1_500_000)).toBe('Một triệu năm trăm nghìn đồng');
    expect(amountInWords(45_000_000)).toBe('Bốn mươi lăm triệu đồng');
    expect(amountInWords(101_000_000)).toBe('Một trăm linh một triệu đồng');
    expect(amountInWords(1_005_500_000)).toBe('Một tỷ không trăm linh năm triệu năm trăm nghìn đồng');
    expect(amountInWords(8_250_000)).toBe('Tám triệu hai trăm năm mươi nghìn đồng');
    expect(amountInWords(2_010_000)).toBe('Hai triệu không trăm mười nghìn đồng');
    expect(amountInWords(1_000_000_000_000)).toBe('Một nghìn tỷ đồng');
    expect(amountInWords(0)).toBe('Không đồng');
  });

  it('says "linh" for a zero tens digit, "mốt" and "tư" after twenty, "lăm" after any ten', () => {
    expect(numberInWords(105)).toBe('một trăm linh năm');
    expect(numberInWords(1_000_005)).toBe('một triệu không trăm linh năm');
    expect(numberInWords(11)).toBe('mười một');
    expect(numberInWords(21)).toBe('hai mươi mốt');
    expect(numberInWords(14)).toBe('mười bốn');
    expect(numberInWords(24)).toBe('hai mươi tư');
    expect(numberInWords(104)).toBe('một trăm linh bốn');
    expect(numberInWords(15)).toBe('mười lăm');
    expect(numberInWords(55)).toBe('năm mươi lăm');
    expect(numberInWords(10)).toBe('mười');
    expect(numberInWords(50_000)).toBe('năm mươi nghìn');
  });

  it('refuses a fractional or negative amount', () => {
    expect(() => numberInWords(1.5)).toThrow();
    expect(() => numberInWords(-1)).toThrow();
  });
});

describe('support decision (QĐ 23/2021/QĐ-TTg, Phụ lục, Mẫu số 04a)', () => {
  it('carries the number, the date line, the grounds and the four articles of the form', async () => {
    const { text } = await docxText(await supportDecisionDocx(support));
    for (const expected of [
      'UBND TỈNH LẠNG SƠN',
      'SỞ NỘI VỤ',
      'Số: 125/QĐ-SNV',
      'Lạng Sơn, ngày 09 tháng 02 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động',
      'GIÁM ĐỐC SỞ NỘI VỤ TỈNH LẠNG SƠN',
      'Căn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;',
      'Căn cứ Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng Chính phủ quy định về việc thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19, được sửa đổi, bổ sung bởi Quyết định số 33/2021/QĐ-TTg của Thủ tướng Chính phủ;',
      'Căn cứ Đề nghị hỗ trợ kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động ngày 28/01/2026 của Công ty TNHH May Đồng Đăng;',
      'QUYẾT ĐỊNH:',
      'Hỗ trợ Công ty TNHH May Đồng Đăng (mã số thuế: 4900123456;',
      'thời gian đào tạo từ ngày 02/03/2026 đến ngày 16/05/2026; cơ sở đào tạo: Trường Cao đẳng nghề Lạng Sơn',
      '2. Tổng số người lao động được hỗ trợ: 2 người.',
      '3. Tổng số tiền được hỗ trợ: 8.250.000 đồng ',
      '(Bằng chữ: Tám triệu hai trăm năm mươi nghìn đồng).',
      'Quyết định này có hiệu lực kể từ ngày ký.',
      '- Như Điều 4;',
      '- Giám đốc Sở (để b/c);',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Hoàng Văn Bình',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(';;');
    const articles = ['Điều 1. ', 'Điều 2. ', 'Điều 3. ', 'Điều 4. '].map((a) => text.indexOf(a));
    expect(articles.every((at, i) => at > 0 && (i === 0 || at > (articles[i - 1] ?? 0)))).toBe(true);
  });

  it('has the provincial social insurance pay the whole amount in one transfer within 3 working days (Art. 12(4))', async () => {
    const { text } = await docxText(await supportDecisionDocx(support));
    expect(text).toContain(
      'Bảo hiểm xã hội tỉnh Lạng Sơn chuyển một lần toàn bộ kinh phí hỗ trợ quy định tại Điều 1 cho Công ty TNHH May Đồng Đăng trong 03 ngày làm việc',
    );
    expect(text).toContain('chuyển kinh phí cho Trường Cao đẳng nghề Lạng Sơn trong 02 ngày làm việc');
    expect(text).toContain('trong 45 ngày kể từ ngày kết thúc việc đào tạo');
    expect(text).toContain(
      'Chánh Văn phòng Sở, Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn, Thủ trưởng Trường Cao đẳng nghề Lạng Sơn và Công ty TNHH May Đồng Đăng chịu trách nhiệm thi hành Quyết định này./.',
    );
  });

  it('names no institution when the employer trains its workers itself', async () => {
    const { text } = await docxText(await supportDecisionDocx({ ...support, institution: null, recipients: [] }));
    expect(text).toContain('người sử dụng lao động tự tổ chức đào tạo (danh sách người lao động kèm theo)');
    expect(text).toContain('Cơ sở đào tạo: Người sử dụng lao động tự tổ chức đào tạo.');
    expect(text).not.toContain('Thủ trưởng');
    expect(text).not.toContain('02 ngày làm việc');
  });

  it('leaves dotted lines for what the system does not hold: the proposing division and the account', async () => {
    const { text } = await docxText(await supportDecisionDocx(support));
    expect(text).toContain('Theo đề nghị của …………………….');
    expect(text).toContain('Số tài khoản: …………………… tại Ngân hàng …………………….');
  });

  it('words the unemployment-insurance scheme from NĐ 28/2015 Art. 27: the chairman decides, 50 % is advanced', async () => {
    const ui: DecisionDocumentInput = {
      ...support,
      agency: {
        name: 'Ủy ban nhân dân tỉnh Lạng Sơn',
        authority: 'Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn',
        office: ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Lao động - Thương binh và Xã hội'],
      },
      scheme: 'nd28_2015',
      number: '1520/QĐ-UBND',
      date: '2024-09-10',
      reportTo: 'Sở Lao động - Thương binh và Xã hội',
    };
    const { text } = await docxText(await supportDecisionDocx(ui));
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(text).toContain('Căn cứ Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015');
    expect(text).toContain(
      'Bảo hiểm xã hội tỉnh Lạng Sơn tạm ứng 50% kinh phí hỗ trợ quy định tại Điều 1 cho Công ty TNHH May Đồng Đăng trong 05 ngày làm việc',
    );
    expect(text).not.toContain('chuyển một lần toàn bộ');
    expect(text).not.toContain('COVID-19');
    expect(text).not.toContain('Chánh Văn phòng Sở,');
    expect(text).toContain(
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn, Thủ trưởng Trường Cao đẳng nghề Lạng Sơn và Công ty TNHH May Đồng Đăng chịu trách nhiệm thi hành',
    );
  });

  it('lists the workers in an annex on a landscape page after the signature, with a total row', async () => {
    const { xml, text, sections } = await docxText(await supportDecisionDocx(support));
    expect(text.indexOf('DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ')).toBeGreaterThan(text.indexOf('Hoàng Văn Bình'));
    expect(text).toContain(
      '(Kèm theo Quyết định số 125/QĐ-SNV ngày 09 tháng 02 năm 2026 của Giám đốc Sở Nội vụ tỉnh Lạng Sơn)',
    );
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sections[1]).toMatch(/w:orient="landscape"/);
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
    const rows = tableRows(xml.slice(xml.indexOf('DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ')));
    expect(rows[0]).toEqual([
      'TT',
      'Họ và tên',
      'Ngày sinh',
      'Số định danh cá nhân',
      'Nghề đào tạo',
      'Đào tạo từ ngày',
      'Đến ngày',
      'Số tháng',
      'Số tiền hỗ trợ (đồng)',
    ]);
    expect(rows[1]).toEqual([
      '1',
      'Nguyễn Thị Ánh',
      '08/02/1990',
      '020190001234',
      'May công nghiệp',
      '02/03/2026',
      '16/05/2026',
      '2,5',
      '3.750.000',
    ]);
    expect(rows[2]?.[7]).toBe('3');
    expect(rows[3]).toEqual(['Tổng cộng (2 người)', '8.250.000']);
    expect(text).toContain('(Bằng chữ: Tám triệu hai trăm năm mươi nghìn đồng)');
  });

  it('refuses a total that is not the sum of the list, and months not counted in halves (Art. 10(1))', async () => {
    await expect(supportDecisionDocx({ ...support, total: 8_000_000 })).rejects.toMatchObject({ code: 'VALIDATION' });
    const [first, second] = support.trainees;
    if (!first || !second) throw new Error('fixture');
    await expect(
      supportDecisionDocx({ ...support, trainees: [{ ...first, months: 2.3 }, second] }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('recovery decision (Mẫu số 04b)', () => {
  it('recovers the amounts per worker and the unspent funds into the unemployment-insurance fund (Art. 12(6))', async () => {
    const { xml, text } = await docxText(await recoveryDecisionDocx(recovery));
    for (const expected of [
      'Số: 131/QĐ-SNV',
      'Lạng Sơn, ngày 20 tháng 7 năm 2026',
      'Về việc thu hồi kinh phí hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động',
      'Căn cứ Quyết định số 125/QĐ-SNV ngày 09 tháng 02 năm 2026 của Giám đốc Sở Nội vụ tỉnh Lạng Sơn về việc hỗ trợ kinh phí',
      'ngày 10/07/2026 của Công ty TNHH May Đồng Đăng;',
      'Tổng số kinh phí được hỗ trợ theo Quyết định số 125/QĐ-SNV ngày 09/02/2026 là: 8.250.000 đồng (bằng chữ: Tám triệu hai trăm năm mươi nghìn đồng).',
      'Số kinh phí hỗ trợ còn dư phải thu hồi: 4.750.000 đồng (bằng chữ: Bốn triệu bảy trăm năm mươi nghìn đồng), gồm: kinh phí hỗ trợ của 1 người lao động 4.500.000 đồng và kinh phí còn dư chưa sử dụng 250.000 đồng',
      'Lý do thu hồi: Người lao động không tham gia đào tạo',
      'Công ty TNHH May Đồng Đăng có trách nhiệm chuyển trả kinh phí cho Bảo hiểm xã hội tỉnh Lạng Sơn trước ngày ……/……/………, vào tài khoản số …………………… của …………………… tại ……………………, để hoàn trả Quỹ bảo hiểm thất nghiệp.',
      'Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn thực hiện thu hồi kinh phí hỗ trợ',
      'Điều 5. ',
      '- Như Điều 5;',
    ])
      expect(text).toContain(expected);
    const rows = tableRows(xml.slice(xml.indexOf('DANH SÁCH KINH PHÍ HỖ TRỢ THU HỒI')));
    expect(rows[1]).toEqual([
      '1',
      'Hoàng Văn Bảo',
      '020085004321',
      'Vận hành máy CNC',
      '4.500.000',
      '4.500.000',
      'Không tham gia đào tạo',
    ]);
    expect(rows[2]).toEqual(['2', 'Kinh phí còn dư chưa sử dụng', '', '', '', '250.000', '']);
    expect(rows[3]).toEqual(['Tổng cộng', '4.750.000', '']);
  });

  it('names the authority that issued the support decision when it was another one', async () => {
    const r = recovery.recovery;
    if (!r) throw new Error('fixture');
    const supportDecision = {
      ...r.supportDecision,
      issuedBy: 'Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn',
    };
    const { text } = await docxText(await recoveryDecisionDocx({ ...recovery, recovery: { ...r, supportDecision } }));
    expect(text).toContain(
      'Căn cứ Quyết định số 125/QĐ-SNV ngày 09 tháng 02 năm 2026 của Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn về việc',
    );
  });

  it('refuses a total to recover that is not the workers’ amounts plus the unspent funds', async () => {
    const r = recovery.recovery;
    if (!r) throw new Error('fixture');
    await expect(recoveryDecisionDocx({ ...recovery, recovery: { ...r, total: 4_500_000 } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('refuses to recover from a worker who was not supported, or more than the worker received', async () => {
    const r = recovery.recovery;
    if (!r) throw new Error('fixture');
    const stranger = { personId: '001099000001', amount: 1_000_000, reason: 'Không tham gia' };
    await expect(
      recoveryDecisionDocx({ ...recovery, recovery: { ...r, trainees: [stranger], total: 1_250_000 } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const tooMuch = { personId: '020190001234', amount: 4_000_000, reason: 'Không tham gia' };
    await expect(
      recoveryDecisionDocx({ ...recovery, recovery: { ...r, trainees: [tooMuch], total: 4_250_000 } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(recoveryDecisionDocx(support)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('trainee list for the provincial social insurance (.xlsx)', () => {
  async function sheetOf(input: DecisionDocumentInput) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await traineeListXlsx(input)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Danh sách');
    if (!sheet) throw new Error('no sheet');
    return sheet;
  }

  it('opens with the agency, the title and the decision it goes with', async () => {
    const sheet = await sheetOf(support);
    expect(sheet.getCell('A1').value).toBe('UBND TỈNH LẠNG SƠN');
    expect(sheet.getCell('A2').value).toBe('SỞ NỘI VỤ');
    expect(String(sheet.getCell('A3').value)).toMatch(/^DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ KINH PHÍ ĐÀO TẠO/);
    expect(sheet.getCell('A4').value).toBe(
      '(Kèm theo Quyết định số 125/QĐ-SNV ngày 09 tháng 02 năm 2026 của Giám đốc Sở Nội vụ tỉnh Lạng Sơn)',
    );
    expect(String(sheet.getCell('A5').value)).toMatch(
      /^Đơn vị được hỗ trợ: Công ty TNHH May Đồng Đăng \(mã số thuế: 4900123456;/,
    );
    expect(sheet.getCell('A6').value).toBe('Cơ sở đào tạo: Trường Cao đẳng nghề Lạng Sơn');
    expect(sheet.getCell('A3').isMerged).toBe(true);
  });

  it('writes the header frozen, real dates shown dd/mm/yyyy, months and amounts as numbers, and the total', async () => {
    const sheet = await sheetOf(support);
    expect(sheet.getRow(8).values).toEqual([
      undefined,
      'TT',
      'Họ và tên',
      'Ngày sinh',
      'Số định danh cá nhân',
      'Nghề đào tạo',
      'Đào tạo từ ngày',
      'Đến ngày',
      'Số tháng',
      'Số tiền hỗ trợ (đồng)',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    const first = sheet.getRow(9);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('Nguyễn Thị Ánh');
    expect(first.getCell(3).value).toEqual(new Date('1990-02-08T00:00:00Z'));
    expect(first.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(4).value).toBe('020190001234');
    expect(first.getCell(4).numFmt).toBe('@');
    expect(first.getCell(8).value).toBe(2.5);
    expect(first.getCell(8).numFmt).toBe('#,##0.0');
    expect(first.getCell(9).value).toBe(3_750_000);
    expect(first.getCell(9).numFmt).toBe('#,##0');
    expect(sheet.getRow(10).getCell(2).value).toBe('Hoàng Văn Bảo');
    const total = sheet.getRow(11);
    expect(total.getCell(1).value).toBe('Tổng cộng (2 người)');
    expect(total.getCell(9).value).toBe(8_250_000);
    expect(sheet.getCell('A12').value).toBe('(Bằng chữ: Tám triệu hai trăm năm mươi nghìn đồng)');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(sheet.getColumn(9).width).toBeGreaterThanOrEqual(14);
  });

  it('keeps a name that looks like a formula as text', async () => {
    const [first, second] = support.trainees;
    if (!first || !second) throw new Error('fixture');
    const sheet = await sheetOf({ ...support, trainees: [{ ...first, fullName: '=HYPERLINK("x")' }, second] });
    expect(sheet.getRow(9).getCell(2).value).toBe('\'=HYPERLINK("x")');
  });
});
