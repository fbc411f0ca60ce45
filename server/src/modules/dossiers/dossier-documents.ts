import {
  agencyOn,
  authorityOf,
  type DecisionHeading,
  decisionNumber,
  dossierHooks,
  dossierTypes,
} from '../../platform/approvals/index.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import { type DocumentBlock, renderOfficialDocx } from '../../platform/documents/index.ts';
import { AppError } from '../../platform/errors.ts';
import { findUnit } from '../geo/index.ts';
import { typeOf, versionOf } from './dossier-view.ts';
import { type DossierDecisionRow, type DossierRow, selectAttachments, selectDecisions } from './dossiers.queries.ts';
import { type DossiersDeps, dossierReceipt, visibleDossier } from './dossiers.service.ts';

const viDate = (iso: string) => iso.split('-').reverse().join('/');
/** "Tỉnh Lạng Sơn" → "Lạng Sơn": the place name of the date line (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.4). */
const placeName = (unitName: string) => unitName.replace(/^(Tỉnh|Thành phố)\s+/u, '');

async function province(deps: Pick<DossiersDeps, 'db'>, code: string, day: string) {
  const unit = await findUnit(deps.db, code, day);
  const full = unit?.name ?? code;
  // "Tỉnh Lạng Sơn" in running text is "tỉnh Lạng Sơn" ("thành phố Hà Nội").
  const name = full.replace(/^(Tỉnh|Thành phố)\s/u, (w) => w.toLocaleLowerCase('vi-VN'));
  return { place: placeName(full), upper: full.toLocaleUpperCase('vi-VN'), name };
}

/**
 * The one-stop desk's "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (TT 01/2018/TT-VPCP, Mẫu số 01, under NĐ 61/2018/
 * NĐ-CP): receipt number, applicant, procedure, documents received, the day received and the day the result is due.
 */
export async function receiptDocx(input: { ctx: RequestContext; id: number }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  const receipt = await dossierReceipt(input, deps);
  const version = versionOf(d, todayInVietnam());
  const attachments = await selectAttachments(deps.db, d.id);
  const agency = agencyOn(dossierTypes(), 'labour_department', receipt.receivedOn);
  const prov = await province(deps, d.provinceCode, receipt.receivedOn);
  const documents = (version?.steps ?? [])
    .filter((s) => s.code === receipt.stepCode || version?.steps.indexOf(s) === 0)
    .flatMap((s) => s.documents)
    .map((doc, i): (string | number)[] => [
      i + 1,
      doc.name.vi,
      attachments.some((a) => a.documentCode === doc.code) ? 'Đã nộp' : 'Chưa nộp',
    ]);
  const body: DocumentBlock[] = [
    {
      type: 'paragraph',
      text: `Bộ phận tiếp nhận và trả kết quả của ${agency?.name.toLocaleLowerCase('vi-VN') ?? 'Sở'} tiếp nhận hồ sơ của: ${d.applicantName}.`,
    },
    { type: 'paragraph', text: `Nội dung yêu cầu giải quyết: ${typeOf(d.typeCode).name.vi}.` },
    { type: 'paragraph', text: 'Thành phần hồ sơ gồm:' },
    { type: 'table', headers: ['TT', 'Tên giấy tờ', 'Tình trạng'], rows: documents, widths: [8, 67, 25] },
    { type: 'paragraph', text: `Ngày tiếp nhận: ${viDate(receipt.receivedOn)}.` },
    {
      type: 'paragraph',
      text: receipt.dueOn
        ? `Thời gian trả kết quả giải quyết hồ sơ: ngày ${viDate(receipt.dueOn)}${receipt.dueProvisional ? ' (dự kiến: lịch ngày làm việc năm sau chưa công bố)' : ''}.`
        : 'Thời gian trả kết quả: theo quy định (văn bản chưa quy định thời hạn cụ thể).',
    },
  ];
  return {
    fileName: `giay-tiep-nhan-${receipt.receiptNo.replace('/', '-')}.docx`,
    buffer: await renderOfficialDocx({
      parentAgency: `UBND ${prov.upper}`,
      issuer: agency?.name ?? 'SỞ NỘI VỤ',
      number: receipt.receiptNo,
      place: prov.place,
      date: receipt.receivedOn,
      kind: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      subject: `Mã hồ sơ: ${d.id}`,
      body,
      signature: { position: 'NGƯỜI TIẾP NHẬN', name: actor.fullName },
      recipients: [`${d.applicantName};`],
    }),
  };
}

/**
 * The heading of a decision as the declarations resolve it on its date: the issuer (agencies.json), its parent, the
 * authority the preamble names, the province, number, signer, subject and the version's legal source.
 */
export async function decisionHeading(
  deps: Pick<DossiersDeps, 'db'>,
  d: DossierRow,
  decision: DossierDecisionRow,
): Promise<DecisionHeading | null> {
  const version = versionOf(d, decision.decidedOn);
  const decl = version?.steps.find((s) => s.decisions?.[decision.kind])?.decisions?.[decision.kind];
  const agency = decl && agencyOn(dossierTypes(), decl.agency, decision.decidedOn);
  if (!decl || !agency) return null;
  const parent = agency.parent ? agencyOn(dossierTypes(), agency.parent, decision.decidedOn) : undefined;
  const prov = await province(deps, d.provinceCode, decision.decidedOn);
  return {
    parentAgency: parent ? `${parent.abbreviation} ${prov.name}` : undefined,
    // A department issues under its province's committee; the committee itself is named with its province.
    issuer: agency.parent ? agency.title : `${agency.title} ${prov.name}`,
    department: Boolean(agency.parent),
    authority: authorityOf(agency, prov.name),
    headPosition: agency.position,
    provinceName: prov.name,
    place: prov.place,
    number: decisionNumber(decision.number, decision.symbol),
    date: decision.decidedOn,
    subject: decl.subject.vi,
    signer: { name: decision.signerName, position: decision.signerPosition },
    legalSource: version?.legalSource ?? '',
    versionFrom: version?.validFrom ?? null,
  };
}

/** A decision issued on the dossier (support or recovery), in the NĐ 30/2020 layout with its number and signer. */
export async function decisionDocx(input: { ctx: RequestContext; id: number; decisionId: number }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  const decision = (await selectDecisions(deps.db, d.id)).find((x) => x.id === input.decisionId);
  if (!decision) throw new AppError('NOT_FOUND', { vi: 'Không tìm thấy quyết định', en: 'No such decision' });
  const number = decisionNumber(decision.number, decision.symbol);
  const fileName = `quyet-dinh-${number.replaceAll('/', '-')}.docx`;
  // The owning module renders its own decisions (the official forms with their annexes) from the heading resolved
  // from the declarations; the engine's plain wording otherwise.
  const render = dossierHooks(d.typeCode).decisionDocument;
  const heading = render ? await decisionHeading(deps, d, decision) : null;
  const buffer = render && heading ? await render(deps.db, { dossier: d, decision, heading }) : null;
  if (buffer) return { fileName, buffer };
  const version = versionOf(d, decision.decidedOn);
  const decl = version?.steps.find((s) => s.decisions?.[decision.kind])?.decisions?.[decision.kind];
  const agency = decl && agencyOn(dossierTypes(), decl.agency, decision.decidedOn);
  const parent = agency?.parent ? agencyOn(dossierTypes(), agency.parent, decision.decidedOn) : undefined;
  const prov = await province(deps, d.provinceCode, decision.decidedOn);
  // A department issues under its province's committee; the committee itself is named with its province.
  const issuer = agency?.parent ? (agency?.name ?? '') : `${agency?.name ?? ''} ${prov.upper}`;
  const authorityLine = `${agency?.position ?? ''} ${agency?.name ?? ''}`.trim();
  const legal = version?.legalSource ?? '';
  const articles: DocumentBlock[] =
    decision.kind === 'approve'
      ? [
          {
            type: 'article',
            label: 'Điều 1.',
            text: `Hỗ trợ ${d.applicantName} theo hồ sơ số ${d.id} (${typeOf(d.typeCode).name.vi}).`,
          },
          {
            type: 'article',
            label: 'Điều 2.',
            text: 'Cơ quan bảo hiểm xã hội chi trả kinh phí hỗ trợ theo quy định; người sử dụng lao động sử dụng kinh phí đúng mục đích và báo cáo kết quả.',
          },
          { type: 'article', label: 'Điều 3.', text: 'Quyết định có hiệu lực kể từ ngày ký.' },
        ]
      : [
          {
            type: 'article',
            label: 'Điều 1.',
            text: `Thu hồi kinh phí hỗ trợ đã cấp cho ${d.applicantName} theo hồ sơ số ${d.id}.`,
          },
          {
            type: 'article',
            label: 'Điều 2.',
            text: 'Người sử dụng lao động hoàn trả kinh phí vào Quỹ bảo hiểm thất nghiệp theo quy định.',
          },
          { type: 'article', label: 'Điều 3.', text: 'Quyết định có hiệu lực kể từ ngày ký.' },
        ];
  return {
    fileName,
    buffer: await renderOfficialDocx({
      parentAgency: parent ? `${parent.abbreviation} ${prov.upper}` : undefined,
      issuer,
      number,
      place: prov.place,
      date: decision.decidedOn,
      kind: 'QUYẾT ĐỊNH',
      subject: decl?.subject.vi ?? '',
      body: [
        { type: 'heading', text: authorityLine },
        { type: 'paragraph', text: `Căn cứ ${legal};` },
        { type: 'paragraph', text: `Xét hồ sơ số ${d.id} của ${d.applicantName},` },
        { type: 'heading', text: 'QUYẾT ĐỊNH:' },
        ...articles,
      ],
      signature: { position: decision.signerPosition.toLocaleUpperCase('vi-VN'), name: decision.signerName },
      recipients: ['Như Điều 2;', 'Bảo hiểm xã hội tỉnh;', `${d.applicantName};`],
    }),
  };
}
