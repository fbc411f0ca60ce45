import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { numberLine, type OfficialDocumentInput, placeAndDate, renderOfficialDocx } from './official-document.ts';

const decision: OfficialDocumentInput = {
  parentAgency: 'UBND tỉnh Tuyên Quang',
  issuer: 'Sở Nội vụ',
  number: '125/QĐ-SNV',
  place: 'Tuyên Quang',
  date: '2026-01-05',
  kind: 'Quyết định',
  subject: 'Về việc hỗ trợ kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm',
  body: [
    { type: 'heading', text: 'GIÁM ĐỐC SỞ NỘI VỤ TỈNH TUYÊN QUANG' },
    { type: 'paragraph', text: 'Căn cứ Luật Việc làm ngày 16 tháng 6 năm 2025;' },
    { type: 'heading', text: 'QUYẾT ĐỊNH:' },
    { type: 'article', label: 'Điều 1.', text: 'Hỗ trợ Công ty TNHH May Hàm Yên 45.000.000 đồng.' },
    {
      type: 'table',
      headers: ['STT', 'Họ và tên', 'Số tháng', 'Số tiền (đồng)'],
      rows: [[1, 'Nguyễn Thị Ánh', 3, '3.000.000']],
      widths: [1, 5, 2, 3],
    },
  ],
  signature: { authority: 'KT. Giám đốc', position: 'Phó Giám đốc', name: 'Hoàng Văn Bình' },
  recipients: ['Như Điều 3', 'BHXH tỉnh'],
};

async function documentXml(doc: OfficialDocumentInput) {
  const zip = await JSZip.loadAsync(await renderOfficialDocx(doc));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
  return { xml, text };
}

describe('official document layout (NĐ 30/2020/NĐ-CP, Phụ lục I)', () => {
  it('writes the day under 10 and the months 1 and 2 with a leading zero', () => {
    expect(placeAndDate('Tuyên Quang', '2026-01-05')).toBe('Tuyên Quang, ngày 05 tháng 01 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-11-21')).toBe('Hà Nội, ngày 21 tháng 11 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-03-09')).toBe('Hà Nội, ngày 09 tháng 3 năm 2026');
    expect(placeAndDate('Hà Nội', null, 2026)).toBe('Hà Nội, ngày      tháng      năm 2026');
  });

  it('leaves the number blank for the clerk until it is given', () => {
    expect(numberLine('125/QĐ-SNV')).toBe('Số: 125/QĐ-SNV');
    expect(numberLine(null, 'QĐ-SNV')).toBe('Số:        /QĐ-SNV');
  });

  it('renders the motto, number, date, type, subject, articles, table, recipients and signature', async () => {
    const { text } = await documentXml(decision);
    for (const expected of [
      'UBND TỈNH TUYÊN QUANG',
      'SỞ NỘI VỤ',
      'Số: 125/QĐ-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tuyên Quang, ngày 05 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'Điều 1. ',
      'Nguyễn Thị Ánh',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Hoàng Văn Bình',
    ])
      expect(text).toContain(expected);
    // The motto block comes before the type, and the type before the articles.
    expect(text.indexOf('CỘNG HÒA')).toBeLessThan(text.indexOf('QUYẾT ĐỊNH|'));
    expect(text.indexOf('QUYẾT ĐỊNH|')).toBeLessThan(text.indexOf('Điều 1.'));
  });

  it('sets A4 with the prescribed margins and Times New Roman', async () => {
    const { xml } = await documentXml(decision);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134"/); // 20 mm
    expect(xml).toMatch(/w:left="1701"/); // 30 mm
    expect(xml).toMatch(/w:right="850"/); // 15 mm
    expect(xml).toContain('Times New Roman');
  });
});
