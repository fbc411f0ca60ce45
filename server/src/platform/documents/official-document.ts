import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * Administrative documents in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức và kỹ thuật trình bày văn
 * bản hành chính): A4 portrait, Times New Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; the issuer and
 * number on the left and the national motto, place and date on the right; the type and subject centred; the body
 * justified with a first-line indent; the recipients on the left and the signature block on the right.
 */

export interface OfficialDocumentInput {
  /** Cơ quan chủ quản cấp trên, e.g. "UBND TỈNH TUYÊN QUANG" (optional). */
  parentAgency?: string;
  /** Cơ quan ban hành, e.g. "SỞ NỘI VỤ". */
  issuer: string;
  /** Số, ký hiệu, e.g. "125/QĐ-SNV"; null leaves the number blank for the clerk ("Số:       /QĐ-SNV"). */
  number: string | null;
  /** Ký hiệu shown when the number is not given yet, e.g. "QĐ-SNV". */
  symbol?: string;
  /** Địa danh, e.g. "Tuyên Quang". */
  place: string;
  /** Ngày ban hành, YYYY-MM-DD; null leaves the day and month blank ("ngày     tháng     năm 2026"). */
  date: string | null;
  /** Năm, needed when the date is blank. */
  year?: number;
  /** Tên loại văn bản, e.g. "QUYẾT ĐỊNH" (no type for a letter: công văn). */
  kind?: string;
  /** Trích yếu nội dung, e.g. "Về việc hỗ trợ kinh phí đào tạo …". */
  subject: string;
  body: DocumentBlock[];
  signature: {
    /** Quyền hạn, e.g. "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN" (optional). */
    authority?: string;
    /** Chức vụ, e.g. "PHÓ GIÁM ĐỐC". */
    position: string;
    /** Họ và tên người ký. */
    name: string;
  };
  /** Nơi nhận, one item a line; "Lưu: VT" is added last when missing. */
  recipients: string[];
}

export type DocumentBlock =
  | { type: 'paragraph'; text: string | TextPart[] }
  /** A centred bold line, e.g. "QUYẾT ĐỊNH:" before the articles or "GIÁM ĐỐC SỞ NỘI VỤ" as the issuing authority. */
  | { type: 'heading'; text: string }
  /** "Điều 1. …": the article label bold, its text following. */
  | { type: 'article'; label: string; text: string }
  | { type: 'table'; headers: string[]; rows: (string | number)[][]; widths?: number[] };

export interface TextPart {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

const FONT = 'Times New Roman';
/** Sizes in half-points: 13 pt body, 12 pt for the motto's first line and the issuer, 11 pt for recipients. */
const PT = (points: number) => points * 2;
/** Millimetres in twentieths of a point (twips). */
const MM = (mm: number) => Math.round((mm / 25.4) * 1440);
const PAGE_WIDTH = MM(210) - MM(30) - MM(15);

/** "Tuyên Quang, ngày 05 tháng 01 năm 2026": days under 10 and months 1 and 2 take a leading zero (Phụ lục I). */
export function placeAndDate(place: string, isoDate: string | null, year?: number): string {
  if (!isoDate) return `${place}, ngày      tháng      năm ${year ?? ''}`.trimEnd();
  const [y, m, d] = isoDate.split('-');
  const month = Number(m) <= 2 ? String(m).padStart(2, '0') : String(Number(m));
  return `${place}, ngày ${d} tháng ${month} năm ${y}`;
}

/** "Số: 125/QĐ-SNV", or "Số:       /QĐ-SNV" before the number is given. */
export function numberLine(number: string | null, symbol?: string): string {
  if (number) return `Số: ${number}`;
  return `Số:        /${symbol ?? ''}`;
}

const run = (text: string, opts: { size?: number; bold?: boolean; italics?: boolean; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: PT(opts.size ?? 13),
    bold: opts.bold,
    italics: opts.italics,
    underline: opts.underline ? {} : undefined,
  });

const centred = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children });

/**
 * A short solid rule under a centred line, as the layout draws under the issuer, the motto and the subject: a
 * bottom border on an empty paragraph, narrowed by indents to `share` of the column (a third to a half of the text).
 */
const rule = (columnWidth: number, share: number) => {
  const side = Math.round((columnWidth * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
};

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number) {
  const leftWidth = Math.round(PAGE_WIDTH * leftShare);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, PAGE_WIDTH - leftWidth],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: left, width: { size: leftWidth, type: WidthType.DXA } }),
          new TableCell({ children: right, width: { size: PAGE_WIDTH - leftWidth, type: WidthType.DXA } }),
        ],
      }),
    ],
  });
}

function header(doc: OfficialDocumentInput) {
  const left: Paragraph[] = [];
  if (doc.parentAgency) left.push(centred([run(doc.parentAgency.toUpperCase(), { size: 12 })]));
  left.push(centred([run(doc.issuer.toUpperCase(), { size: 12, bold: true })]));
  left.push(rule(Math.round(PAGE_WIDTH * 0.4), 0.3));
  left.push(centred([run(numberLine(doc.number, doc.symbol), { size: 13 })]));
  const right = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true })]),
    rule(Math.round(PAGE_WIDTH * 0.6), 0.55),
    centred([run(placeAndDate(doc.place, doc.date, doc.year), { size: 13, italics: true })]),
  ];
  return twoColumns(left, right, 0.4);
}

function titleBlock(doc: OfficialDocumentInput): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ spacing: { before: 240, after: 0 }, children: [] })];
  if (doc.kind) out.push(centred([run(doc.kind.toUpperCase(), { size: 14, bold: true })]));
  out.push(centred([run(doc.subject, { size: 14, bold: !!doc.kind })]));
  out.push(rule(PAGE_WIDTH, 0.25));
  return out;
}

const bodyParagraph = (children: ParagraphChild[]) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: MM(12.7) },
    spacing: { before: 120, after: 0, line: 300, lineRule: LineRuleType.AUTO },
    children,
  });

function block(b: DocumentBlock): Paragraph | Table {
  switch (b.type) {
    case 'paragraph': {
      const parts = typeof b.text === 'string' ? [{ text: b.text }] : b.text;
      return bodyParagraph(parts.map((p) => run(p.text, { size: 14, bold: p.bold, italics: p.italics })));
    }
    case 'heading':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 120 },
        children: [run(b.text, { size: 14, bold: true })],
      });
    case 'article':
      return bodyParagraph([run(`${b.label} `, { size: 14, bold: true }), run(b.text, { size: 14 })]);
    case 'table':
      return dataTable(b);
  }
}

function dataTable(b: Extract<DocumentBlock, { type: 'table' }>) {
  const shares = b.widths ?? b.headers.map(() => 1);
  const total = shares.reduce((s, w) => s + w, 0);
  const widths = shares.map((w) => Math.round((PAGE_WIDTH * w) / total));
  const cell = (text: string, i: number, bold: boolean, numeric: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(text, { size: 12, bold })],
        }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: b.headers.map((h, i) => cell(h, i, true, false)) }),
      ...b.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(String(v), i, false, typeof v === 'number')),
          }),
      ),
    ],
  });
}

function footer(doc: OfficialDocumentInput) {
  const recipients = [...doc.recipients];
  if (!recipients.some((r) => /^lưu\b/i.test(r.replace(/^-\s*/, '')))) recipients.push('Lưu: VT');
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })],
    }),
    ...recipients.map(
      (r, i) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [
            run(`- ${r.replace(/^-\s*/, '').replace(/[;.]$/, '')}${i === recipients.length - 1 ? '.' : ';'}`, {
              size: 11,
            }),
          ],
        }),
    ),
  ];
  const right: Paragraph[] = [];
  if (doc.signature.authority)
    right.push(centred([run(doc.signature.authority.toUpperCase(), { size: 14, bold: true })]));
  right.push(centred([run(doc.signature.position.toUpperCase(), { size: 14, bold: true })]));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) right.push(centred([run('', { size: 14 })]));
  right.push(centred([run(doc.signature.name, { size: 14, bold: true })]));
  return twoColumns(left, right, 0.5);
}

/** The document, ready to pack: header, type and subject, body, recipients and signature. */
export function buildOfficialDocument(doc: OfficialDocumentInput): Document {
  return new Document({
    creator: 'LMIS',
    title: doc.kind ? `${doc.kind} ${doc.subject}` : doc.subject,
    styles: { default: { document: { run: { font: FONT, size: PT(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: MM(210), height: MM(297) },
            margin: { top: MM(20), bottom: MM(20), left: MM(30), right: MM(15) },
          },
        },
        children: [
          header(doc),
          ...titleBlock(doc),
          ...doc.body.map(block),
          new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
          footer(doc),
        ],
      },
    ],
  });
}

/** The .docx file of an official document. */
export function renderOfficialDocx(doc: OfficialDocumentInput): Promise<Buffer> {
  return Packer.toBuffer(buildOfficialDocument(doc));
}
