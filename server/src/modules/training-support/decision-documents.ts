import {
  AlignmentType,
  type Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { buildOfficialDocument, type DocumentBlock } from '../../platform/documents/index.ts';
import { AppError } from '../../platform/errors.ts';
import { neutraliseFormula } from '../../platform/exports/index.ts';
import { amountInWords } from './amount-in-words.ts';
import { SCHEMES, type Scheme } from './decision-schemes.ts';

/**
 * The decisions of a training-support dossier and the trainee list sent with them to the provincial social-insurance
 * agency. The wording follows the Phụ lục of QĐ 23/2021/QĐ-TTg, Mẫu số 04a (support) and Mẫu số 04b (recovery), read
 * in the repository copy of the full text (ghism137/AI_Agent_H-Tr-Tra-C-u-Lu-t-Lao-ng,
 * data/raw/manual_md/Quyết-định-23-2021-QĐ-TTg.md, commit feb9a26b). The unemployment-insurance scheme has no form of
 * its own: its decisions keep the parts common to both (who is supported, how many workers, how much, the annex) and
 * word the grounds and the payment from their own texts (`SCHEMES`). The layout is NĐ 30/2020/NĐ-CP Phụ lục I
 * through `platform/documents`. Pure functions: everything arrives resolved to text, and the result is the file;
 * what the system does not hold (the proposing division, bank accounts, the day to return the money by) is a dotted
 * line the clerk fills in.
 */

export interface DecisionTrainee {
  /** Số định danh cá nhân (12 digits). */
  personId: string;
  fullName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  trade: string;
  startDate: string;
  endDate: string;
  /** Months supported, in halves (QĐ 23/2021 Art. 10(1): under 15 odd days count ½ month, 15 or more a month). */
  months: number;
  /** Support in đồng. */
  amount: number;
}

export interface RecoveredTrainee {
  personId: string;
  /** Đồng recovered for this worker (the module's arithmetic, `rules.ts` `recovery`). */
  amount: number;
  /** Why, e.g. "Không hoàn thành khóa đào tạo", "Không được bố trí việc làm" (Mẫu số 02 mục 5(b)). */
  reason: string;
}

const DOTS = '……………………';

export interface RecoveryInput {
  /** The support decision (Mẫu số 04a) the money was paid under; `issuedBy` when another authority issued it. */
  supportDecision: { number: string; date: string; issuedBy?: string };
  /** The employer's report on the training (QĐ 23/2021 Art. 12(6)), YYYY-MM-DD. */
  reportDate: string;
  /** "Lý do thu hồi" of Mẫu số 04b, Điều 1. */
  reason: string;
  trainees: RecoveredTrainee[];
  /** Funds paid but not spent on training beyond the workers' amounts, in đồng (the module's `unspentRecovery`). */
  unspent: number;
  /** Total to recover: the workers' amounts plus the unspent funds (the module's `totalRecovery`). */
  total: number;
}

export interface DecisionDocumentInput {
  agency: {
    /** Cơ quan chủ quản, e.g. "UBND tỉnh Lạng Sơn"; absent when the People's Committee itself issues. */
    parent?: string;
    /** Cơ quan ban hành, e.g. "Sở Nội vụ", "Ủy ban nhân dân tỉnh Lạng Sơn". */
    name: string;
    /** The issuing authority as the preamble names it, e.g. "Giám đốc Sở Nội vụ tỉnh Lạng Sơn". */
    authority: string;
    /** Named first in the executing article, e.g. ["Chánh Văn phòng Sở"]. */
    office: string[];
  };
  scheme: Scheme;
  /** Địa danh of the date line, e.g. "Lạng Sơn". */
  place: string;
  /** Số, ký hiệu of this document, e.g. "125/QĐ-SNV". */
  number: string;
  /** Ngày ban hành, YYYY-MM-DD. */
  date: string;
  signer: { name: string; position: string; authority?: string };
  /** The day of the employer's application (Mẫu số 03), YYYY-MM-DD. */
  applicationDate: string;
  employer: {
    name: string;
    taxCode: string;
    address: string;
  };
  /** The training institution, or null when the employer trains its workers itself (Art. 9(4)). */
  institution: string | null;
  plan: { trades: string[]; startDate: string; endDate: string };
  trainees: DecisionTrainee[];
  /** Total support in đồng: the sum of the trainees' amounts. */
  total: number;
  /** The payer, e.g. "Bảo hiểm xã hội tỉnh Lạng Sơn" (QĐ 23/2021 Art. 12(4); NĐ 28/2015 Art. 27). */
  socialInsurance: string;
  /** Where the employer reports the result, e.g. "Sở Nội vụ" (QĐ 23/2021 Art. 12(5)). */
  reportTo: string;
  /** Further recipients after "Như Điều …" (Lưu: VT is added by the layout). */
  recipients?: string[];
  /** Trích yếu when the dossier type declares its own; the form's wording otherwise. */
  subject?: string;
  recovery?: RecoveryInput;
}

const invalid = (vi: string, en: string) => new AppError('VALIDATION', { vi, en });
const isAmount = (n: number) => Number.isSafeInteger(n) && n >= 0;

const money = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 0 });
const months = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const viDate = (iso: string) => iso.split('-').reverse().join('/');
/** "ngày 05 tháng 01 năm 2026": days under 10 and the months 1 and 2 with a leading zero (NĐ 30/2020, Phụ lục I). */
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${Number(m) <= 2 ? m : String(Number(m))} năm ${y}`;
};

function checkSupport(input: DecisionDocumentInput) {
  if (input.trainees.length === 0)
    throw invalid('Quyết định hỗ trợ phải có danh sách người lao động', 'A support decision needs its trainees');
  for (const t of input.trainees) {
    if (!(t.months > 0 && Number.isInteger(t.months * 2)))
      throw invalid(
        `Số tháng đào tạo của ${t.fullName} phải tính theo nửa tháng (QĐ 23/2021/QĐ-TTg Điều 10 khoản 1)`,
        `${t.fullName}'s months must be counted in halves (Decision 23/2021 Art. 10(1))`,
      );
    if (!isAmount(t.amount))
      throw invalid(`Số tiền hỗ trợ của ${t.fullName} không hợp lệ`, `${t.fullName}'s amount is not valid`);
  }
  const sum = input.trainees.reduce((s, t) => s + t.amount, 0);
  if (sum !== input.total)
    throw invalid(
      `Tổng số tiền hỗ trợ ${money(input.total)} đồng khác tổng của danh sách ${money(sum)} đồng`,
      `The total ${input.total} differs from the sum of the list ${sum}`,
    );
}

function checkRecovery(input: DecisionDocumentInput): RecoveryInput {
  const r = input.recovery;
  if (!r) throw invalid('Thiếu nội dung thu hồi kinh phí', 'The recovery details are missing');
  const byId = new Map(input.trainees.map((t) => [t.personId, t]));
  for (const x of r.trainees) {
    const t = byId.get(x.personId);
    if (!t)
      throw invalid(
        `Người có số định danh ${x.personId} không có trong danh sách được hỗ trợ`,
        `Person ${x.personId} is not in the supported list`,
      );
    if (!isAmount(x.amount) || x.amount > t.amount)
      throw invalid(
        `Số tiền thu hồi của ${t.fullName} phải từ 0 đến số tiền đã hỗ trợ (${money(t.amount)} đồng)`,
        `The amount recovered from ${t.fullName} must be between 0 and the support paid`,
      );
  }
  const sum = r.trainees.reduce((s, x) => s + x.amount, 0) + r.unspent;
  // The module's identity (rules.ts `recovery`): total = the workers' amounts + the unspent funds beyond them.
  if (!isAmount(r.unspent) || sum !== r.total || r.total > input.total)
    throw invalid(
      `Tổng số tiền thu hồi ${money(r.total)} đồng phải bằng tổng theo người lao động và kinh phí còn dư (${money(sum)} đồng) và không lớn hơn số tiền đã hỗ trợ`,
      `The total to recover ${r.total} must equal the workers' amounts plus the unspent funds (${sum}) and not exceed the support`,
    );
  return r;
}

const PURPOSE = 'đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động';
/** The trích yếu of Mẫu số 04a and 04b as the Phụ lục words them. */
const SUPPORT_SUBJECT = `Về việc hỗ trợ ${PURPOSE}`;
const RECOVERY_SUBJECT = `Về việc thu hồi kinh phí hỗ trợ ${PURPOSE}`;
export const SUPPORT_LIST_TITLE = 'DANH SÁCH NGƯỜI LAO ĐỘNG ĐƯỢC HỖ TRỢ';
const SUPPORT_LIST_SUBTITLE = 'kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm';
const RECOVERY_LIST_TITLE = 'DANH SÁCH KINH PHÍ HỖ TRỢ THU HỒI';

/** "(Kèm theo Quyết định số 125/QĐ-SNV ngày 21 tháng 11 năm 2026 của Giám đốc Sở Nội vụ tỉnh Lạng Sơn)". */
export const attachedTo = (input: Pick<DecisionDocumentInput, 'number' | 'date' | 'agency'>) =>
  `(Kèm theo Quyết định số ${input.number} ${longDate(input.date)} của ${input.agency.authority})`;

const preamble = (input: DecisionDocumentInput): DocumentBlock[] => [
  { type: 'heading', text: input.agency.authority.toLocaleUpperCase('vi-VN') },
  ...SCHEMES[input.scheme].grounds.map((g): DocumentBlock => ({ type: 'paragraph', text: `Căn cứ ${g};` })),
];
/** "Theo đề nghị của …": the proposing division is not held by the system; the clerk fills it in. */
const PROPOSAL: DocumentBlock = { type: 'paragraph', text: `Theo đề nghị của ${DOTS}.` };
const executors = (input: DecisionDocumentInput, others: string[]) =>
  [...input.agency.office, ...others].join(', ').replace(/, ([^,]*)$/, ' và $1');

type ColumnKind = 'index' | 'text' | 'code' | 'date' | 'months' | 'money';

/** A column of a list, written the same way in the .docx annex and in the .xlsx file. */
interface ListColumn<R> {
  header: string;
  /** Width in characters in the spreadsheet, and the column's share of the annex table. */
  width: number;
  kind: ColumnKind;
  /** The raw value: a YYYY-MM-DD day for a date, a number for months and money. */
  value: (row: R, index: number) => string | number;
}

/** The columns of the list of workers supported, after the trainee list of Mẫu số 02 Phụ lục I. */
const SUPPORT_COLUMNS: ListColumn<DecisionTrainee>[] = [
  { header: 'TT', width: 6, kind: 'index', value: (_t, i) => i + 1 },
  { header: 'Họ và tên', width: 26, kind: 'text', value: (t) => t.fullName },
  { header: 'Ngày sinh', width: 14, kind: 'date', value: (t) => t.birthDate },
  { header: 'Số định danh cá nhân', width: 18, kind: 'code', value: (t) => t.personId },
  { header: 'Nghề đào tạo', width: 24, kind: 'text', value: (t) => t.trade },
  { header: 'Đào tạo từ ngày', width: 14, kind: 'date', value: (t) => t.startDate },
  { header: 'Đến ngày', width: 14, kind: 'date', value: (t) => t.endDate },
  { header: 'Số tháng', width: 10, kind: 'months', value: (t) => t.months },
  { header: 'Số tiền hỗ trợ (đồng)', width: 18, kind: 'money', value: (t) => t.amount },
];

type RecoveryRow = RecoveredTrainee & { name: string; trade: string; supported: number | '' };

const RECOVERY_COLUMNS: ListColumn<RecoveryRow>[] = [
  { header: 'TT', width: 6, kind: 'index', value: (_r, i) => i + 1 },
  { header: 'Họ và tên', width: 26, kind: 'text', value: (r) => r.name },
  { header: 'Số định danh cá nhân', width: 18, kind: 'code', value: (r) => r.personId },
  { header: 'Nghề đào tạo', width: 22, kind: 'text', value: (r) => r.trade },
  { header: 'Số tiền đã hỗ trợ (đồng)', width: 17, kind: 'money', value: (r) => r.supported },
  { header: 'Số tiền thu hồi (đồng)', width: 17, kind: 'money', value: (r) => r.amount },
  { header: 'Lý do thu hồi', width: 28, kind: 'text', value: (r) => r.reason },
];

/** How a cell reads in the .docx annex: dates dd/mm/yyyy, numbers with vi-VN separators (1.500.000; 2,5). */
function shown(kind: ColumnKind, value: string | number): string {
  if (value === '') return '';
  if (kind === 'date') return viDate(String(value));
  if (kind === 'money') return money(Number(value));
  if (kind === 'months') return months(Number(value));
  return String(value);
}

/** A decision of the dossier in the NĐ 30/2020 layout; `executing` is the article naming who carries it out. */
const decisionDocument = (input: DecisionDocumentInput, subject: string, body: DocumentBlock[], executing: string) =>
  buildOfficialDocument({
    parentAgency: input.agency.parent,
    issuer: input.agency.name,
    number: input.number,
    place: input.place,
    date: input.date,
    kind: 'QUYẾT ĐỊNH',
    subject: input.subject ?? subject,
    body,
    signature: input.signer,
    recipients: [`Như ${executing}`, ...(input.recipients ?? [])],
  });

const employerLine = (e: DecisionDocumentInput['employer']) =>
  `${e.name} (mã số thuế: ${e.taxCode}; địa chỉ: ${e.address})`;

/** Mẫu số 04a: the decision to support, with the list of the workers supported as its annex. */
export async function supportDecisionDocx(input: DecisionDocumentInput): Promise<Buffer> {
  checkSupport(input);
  const { employer, plan, institution } = input;
  const body: DocumentBlock[] = [
    ...preamble(input),
    {
      type: 'paragraph',
      text: `Căn cứ Đề nghị hỗ trợ kinh phí ${PURPOSE} ngày ${viDate(input.applicationDate)} của ${employer.name};`,
    },
    PROPOSAL,
    { type: 'heading', text: 'QUYẾT ĐỊNH:' },
    {
      type: 'article',
      label: 'Điều 1.',
      text: `Hỗ trợ ${employerLine(employer)} để thực hiện ${PURPOSE}, cụ thể như sau:`,
    },
    {
      type: 'paragraph',
      text: `1. Phê duyệt Phương án hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề và duy trì việc làm cho người lao động: nghề đào tạo ${plan.trades.join(', ')}; thời gian đào tạo từ ngày ${viDate(plan.startDate)} đến ngày ${viDate(plan.endDate)}; ${institution ? `cơ sở đào tạo: ${institution}` : 'người sử dụng lao động tự tổ chức đào tạo'} (danh sách người lao động kèm theo).`,
    },
    { type: 'paragraph', text: `2. Tổng số người lao động được hỗ trợ: ${input.trainees.length} người.` },
    {
      type: 'paragraph',
      text: [
        { text: `3. Tổng số tiền được hỗ trợ: ${money(input.total)} đồng ` },
        { text: `(Bằng chữ: ${amountInWords(input.total)}).`, italics: true },
      ],
    },
    {
      // Mẫu số 04a, Điều 1: the employer's account; the system does not hold it, so the clerk fills it in.
      type: 'paragraph',
      text: `Số tài khoản: ${DOTS} tại Ngân hàng ${DOTS}.`,
    },
    {
      type: 'article',
      label: 'Điều 2.',
      text: SCHEMES[input.scheme].payment({
        si: input.socialInsurance,
        employer: employer.name,
        institution,
        reportTo: input.reportTo,
      }),
    },
    { type: 'article', label: 'Điều 3.', text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
    {
      type: 'article',
      label: 'Điều 4.',
      text: `${executors(input, [`Giám đốc ${input.socialInsurance}`, ...(institution ? [`Thủ trưởng ${institution}`] : []), employer.name])} chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  const doc = decisionDocument(input, SUPPORT_SUBJECT, body, 'Điều 4');
  addAnnex(doc, {
    title: [SUPPORT_LIST_TITLE, SUPPORT_LIST_SUBTITLE.toLocaleUpperCase('vi-VN')],
    attached: attachedTo(input),
    lines: [`Đơn vị được hỗ trợ: ${employerLine(employer)}.`, `Cơ sở đào tạo: ${institutionName(input)}.`],
    columns: SUPPORT_COLUMNS,
    rows: input.trainees,
    total: { label: `Tổng cộng (${input.trainees.length} người)`, amount: input.total, column: 8 },
  });
  return Packer.toBuffer(doc);
}

/** Mẫu số 04b: the decision to recover, with the amounts per worker and the unspent funds as its annex. */
export async function recoveryDecisionDocx(input: DecisionDocumentInput): Promise<Buffer> {
  const r = checkRecovery(input);
  const { employer } = input;
  const body: DocumentBlock[] = [
    ...preamble(input),
    {
      type: 'paragraph',
      text: `Căn cứ Quyết định số ${r.supportDecision.number} ${longDate(r.supportDecision.date)} của ${r.supportDecision.issuedBy ?? input.agency.authority} về việc hỗ trợ kinh phí ${PURPOSE};`,
    },
    {
      type: 'paragraph',
      text: `Căn cứ báo cáo kết quả thực hiện hỗ trợ kinh phí ${PURPOSE} ngày ${viDate(r.reportDate)} của ${employer.name};`,
    },
    PROPOSAL,
    { type: 'heading', text: 'QUYẾT ĐỊNH:' },
    { type: 'article', label: 'Điều 1.', text: `Thu hồi kinh phí hỗ trợ ${PURPOSE} đối với:` },
    { type: 'paragraph', text: `Tên đơn vị được hỗ trợ: ${employerLine(employer)}.` },
    {
      type: 'paragraph',
      text: `Tổng số kinh phí được hỗ trợ theo Quyết định số ${r.supportDecision.number} ngày ${viDate(r.supportDecision.date)} là: ${money(input.total)} đồng (bằng chữ: ${amountInWords(input.total)}).`,
    },
    {
      type: 'paragraph',
      text: `Số kinh phí hỗ trợ còn dư phải thu hồi: ${money(r.total)} đồng (bằng chữ: ${amountInWords(r.total)}), gồm: kinh phí hỗ trợ của ${r.trainees.length} người lao động ${money(r.total - r.unspent)} đồng và kinh phí còn dư chưa sử dụng ${money(r.unspent)} đồng (danh sách kèm theo).`,
    },
    { type: 'paragraph', text: `Lý do thu hồi: ${r.reason.replace(/\.$/, '')}.` },
    {
      // QĐ 23/2021 Art. 12(6): the money goes back to the unemployment-insurance fund through the social insurance.
      type: 'article',
      label: 'Điều 2.',
      text: `${employer.name} có trách nhiệm chuyển trả kinh phí cho ${input.socialInsurance} trước ngày ……/……/………, vào tài khoản số ${DOTS} của ${DOTS} tại ${DOTS}, để hoàn trả Quỹ bảo hiểm thất nghiệp.`,
    },
    {
      type: 'article',
      label: 'Điều 3.',
      text: `Giám đốc ${input.socialInsurance} thực hiện thu hồi kinh phí hỗ trợ ${PURPOSE} còn dư đã chi cho ${employer.name}.`,
    },
    { type: 'article', label: 'Điều 4.', text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
    {
      type: 'article',
      label: 'Điều 5.',
      text: `${executors(input, [`Giám đốc ${input.socialInsurance}`, employer.name])} chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  const doc = decisionDocument(input, RECOVERY_SUBJECT, body, 'Điều 5');
  const byId = new Map(input.trainees.map((t) => [t.personId, t]));
  const rows: RecoveryRow[] = r.trainees.map((x) => {
    const t = byId.get(x.personId);
    return { ...x, name: t?.fullName ?? '', trade: t?.trade ?? '', supported: t?.amount ?? 0 };
  });
  rows.push({ name: UNSPENT, personId: '', trade: '', supported: '', amount: r.unspent, reason: '' });
  addAnnex(doc, {
    title: [RECOVERY_LIST_TITLE],
    attached: attachedTo(input),
    lines: [`Đơn vị được hỗ trợ: ${employerLine(employer)}.`],
    columns: RECOVERY_COLUMNS,
    rows,
    total: { label: 'Tổng cộng', amount: r.total, column: 5 },
  });
  return Packer.toBuffer(doc);
}

const UNSPENT = 'Kinh phí còn dư chưa sử dụng';
const institutionName = (input: DecisionDocumentInput) =>
  input.institution ?? 'Người sử dụng lao động tự tổ chức đào tạo';

interface Annex<R> {
  title: string[];
  attached: string;
  lines: string[];
  columns: ListColumn<R>[];
  rows: R[];
  /** The total row: its label spans the columns before the amount's column; the columns after it stay empty. */
  total: { label: string; amount: number; column: number };
}

const FONT = 'Times New Roman';
const MM = (mm: number) => Math.round((mm / 25.4) * 1440);
/** A landscape A4 page keeps the margins of NĐ 30/2020 Phụ lục I: 20 mm top and bottom, 30 mm left, 15 mm right. */
const LANDSCAPE_WIDTH = MM(297) - MM(30) - MM(15);
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<ColumnKind, Align> = {
  index: AlignmentType.CENTER,
  text: AlignmentType.LEFT,
  code: AlignmentType.CENTER,
  date: AlignmentType.CENTER,
  months: AlignmentType.RIGHT,
  money: AlignmentType.RIGHT,
};

const run = (value: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: FONT, size: (opts.size ?? 13) * 2, bold: opts.bold, italics: opts.italics });

const line = (value: string, opts: { bold?: boolean; italics?: boolean; left?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 0, after: 60 },
    children: [run(value, opts)],
  });

const cell = (value: string, width: number, align: Align, opts: { bold?: boolean; span?: number } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [new Paragraph({ alignment: align, children: [run(value, { bold: opts.bold, size: 12 })] })],
  });

/**
 * The annex on its own landscape pages after the signature (NĐ 30/2020 Phụ lục I: phụ lục kèm theo văn bản): its
 * title, "(Kèm theo Quyết định số … ngày … của …)", the table with its header repeated on each page, a total row
 * and the total in words.
 */
function addAnnex<R>(doc: Document, annex: Annex<R>) {
  const view = doc.Document.View;
  view.Body.addSection({
    page: {
      size: { width: MM(210), height: MM(297), orientation: PageOrientation.LANDSCAPE },
      margin: { top: MM(20), bottom: MM(20), left: MM(30), right: MM(15) },
    },
  });
  for (const t of annex.title) view.add(line(t, { bold: true }));
  view.add(line(annex.attached, { italics: true }));
  view.add(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  for (const l of annex.lines) view.add(line(l, { left: true }));
  const shares = annex.columns.reduce((s, c) => s + c.width, 0);
  const widths = annex.columns.map((c) => Math.round((LANDSCAPE_WIDTH * c.width) / shares));
  const at = annex.total.column;
  const spanned = widths.slice(0, at).reduce((s, w) => s + w, 0);
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(annex.total.label, spanned, AlignmentType.CENTER, { bold: true, span: at }),
      cell(money(annex.total.amount), widths[at] ?? 0, AlignmentType.RIGHT, { bold: true }),
      ...widths.slice(at + 1).map((w) => cell('', w, AlignmentType.LEFT)),
    ],
  });
  const header = new TableRow({
    tableHeader: true,
    children: annex.columns.map((c, i) => cell(c.header, widths[i] ?? 0, AlignmentType.CENTER, { bold: true })),
  });
  const rows = annex.rows.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        children: annex.columns.map((c, j) => cell(shown(c.kind, c.value(r, i)), widths[j] ?? 0, ALIGN[c.kind])),
      }),
  );
  view.add(
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [header, ...rows, total],
    }),
  );
  view.add(line(`(Bằng chữ: ${amountInWords(annex.total.amount)})`, { italics: true, left: true }));
}

/** Excel number formats by kind; #,##0 shows 1.500.000 and #,##0.0 shows 2,5 in a Vietnamese Excel. */
const XLSX_FORMAT: Record<ColumnKind, string | undefined> = {
  index: '0',
  text: undefined,
  code: '@',
  date: 'dd/mm/yyyy',
  months: '#,##0.0',
  money: '#,##0',
};

/** The cell value: a date at UTC midnight (the day never shifts with the time zone), formulas neutralised in text. */
function xlsxValue(kind: ColumnKind, value: string | number): string | number | Date | null {
  if (value === '') return null;
  if (kind === 'date') return new Date(`${value}T00:00:00Z`);
  if (kind === 'text') return neutraliseFormula(String(value));
  return value;
}

/**
 * The trainee list sent with the support decision to the provincial social-insurance agency (QĐ 23/2021 Art. 12(3)):
 * the agency, the title and "Kèm theo Quyết định số … ngày …", the employer and institution, then the list with a
 * frozen header, real dates shown dd/mm/yyyy, months and amounts as numbers, the total row and the total in words;
 * landscape A4, the header repeated on every printed page.
 */
export async function traineeListXlsx(input: DecisionDocumentInput): Promise<Buffer> {
  checkSupport(input);
  const columns = SUPPORT_COLUMNS;
  const last = columns.length;
  const headerAt = 8;
  const book = new ExcelJS.Workbook();
  book.creator = 'LMIS';
  const sheet = book.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', ySplit: headerAt, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${headerAt}:${headerAt}`;
  const font = { name: FONT, size: 12 };
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const wide = (row: number, value: string, style: { bold?: boolean; italic?: boolean; left?: boolean } = {}) => {
    sheet.mergeCells(row, 1, row, last);
    const c = sheet.getCell(row, 1);
    c.value = neutraliseFormula(value);
    c.font = { ...font, bold: style.bold, italic: style.italic };
    c.alignment = { horizontal: style.left ? 'left' : 'center', vertical: 'middle', wrapText: true };
  };
  // The issuer under its parent; a committee issuing itself stands alone on the first line.
  const [first, second] = input.agency.parent ? [input.agency.parent, input.agency.name] : [input.agency.name, ''];
  wide(1, first.toLocaleUpperCase('vi-VN'), { left: true, bold: !input.agency.parent });
  wide(2, second.toLocaleUpperCase('vi-VN'), { bold: true, left: true });
  wide(3, `${SUPPORT_LIST_TITLE} ${SUPPORT_LIST_SUBTITLE.toLocaleUpperCase('vi-VN')}`, { bold: true });
  sheet.getRow(3).height = 36;
  wide(4, attachedTo(input), { italic: true });
  wide(5, `Đơn vị được hỗ trợ: ${employerLine(input.employer)}`, { left: true });
  wide(6, `Cơ sở đào tạo: ${institutionName(input)}`, { left: true });
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const header = sheet.getRow(headerAt);
  header.values = columns.map((c) => c.header);
  header.height = 32;
  header.eachCell((c) => {
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
  });
  input.trainees.forEach((t, i) => {
    const row = sheet.getRow(headerAt + 1 + i);
    row.values = columns.map((c) => xlsxValue(c.kind, c.value(t, i)));
    columns.forEach((c, j) => {
      const x = row.getCell(j + 1);
      x.font = font;
      x.border = border;
      const format = XLSX_FORMAT[c.kind];
      if (format) x.numFmt = format;
      x.alignment = { vertical: 'middle', horizontal: c.kind === 'index' ? 'center' : undefined };
    });
  });
  const totalAt = headerAt + 1 + input.trainees.length;
  sheet.mergeCells(totalAt, 1, totalAt, last - 1);
  const totalRow = sheet.getRow(totalAt);
  totalRow.getCell(1).value = `Tổng cộng (${input.trainees.length} người)`;
  totalRow.getCell(last).value = input.total;
  totalRow.getCell(last).numFmt = '#,##0';
  for (const col of [1, last]) {
    const x = totalRow.getCell(col);
    x.font = { ...font, bold: true };
    x.border = border;
    x.alignment = { horizontal: col === 1 ? 'center' : 'right' };
  }
  wide(totalAt + 1, `(Bằng chữ: ${amountInWords(input.total)})`, { italic: true, left: true });
  return Buffer.from(await book.xlsx.writeBuffer());
}
