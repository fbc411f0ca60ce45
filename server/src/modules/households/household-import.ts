import { HOUSEHOLD_FIELDS, type HouseholdFieldKey, REGISTERED_ELSEWHERE } from '@lmis/contracts';
import { writeAudits } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/auth/actor.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import {
  addImportProgress,
  cleanText,
  foldText,
  type ImportErrorRow,
  type ImportRecord,
  insertImportErrors,
  type RawRow,
  readDate,
  registerTabularImport,
  viDate,
} from '../../platform/imports/index.ts';
import { loadScopedCommuneResolver, type ScopedCommuneResolver } from '../geo/index.ts';
import { registerMembers } from '../people/index.ts';
import { linkWorkersToHouseholds } from '../workers/index.ts';
import { householdImportResource } from './households.policy.ts';
import {
  type HouseholdRecord,
  insertHouseholdsWithMembers,
  type NewHousehold,
  type NewMember,
  selectExistingHouseholdKeys,
} from './households.queries.ts';

/**
 * The commune's list of poor and near-poor households as officials keep it after the yearly review (QĐ 24/2021/
 * QĐ-TTg Art. 4–5; the list forms of TT 07/2021/TT-BLĐTBXH, amended by TT 02/2022/TT-BLĐTBXH) imported on the generic
 * pipeline (platform/imports). One row per household: the household is what the review classifies and the list
 * numbers (mã hộ, chủ hộ, thôn, khu vực); its members are kept on the household's page, where the survey sheet
 * (Phiếu B) lists them with their own data, so a list row per member would repeat the household on every line.
 * A household whose code the commune already holds is kept as it is (counted unchanged): editing goes through its
 * page, with its version; the import only adds.
 */
export interface HouseholdImportValue {
  /** The row's identity in the file: its household code within the commune the row names. */
  fileKey: string;
  household: NewHousehold;
  /** The head as the first member, linked to the person registry when the list gives a personal ID. */
  head: NewMember;
}

type Row = HouseholdImportValue & { sourceRow: number };

/** A household code is unique within its commune, and a list may cover several communes. */
const fileKeyOf = (raw: RawRow<HouseholdFieldKey>) =>
  `${foldText(cleanText(raw.communeCode) ?? '')}/${cleanText(raw.householdCode) ?? ''}`;

const labelOf = (key: string) => HOUSEHOLD_FIELDS.find((f) => f.key === key)?.label.vi ?? key;

/** Khu vực as lists write it: "Thành thị"/"Nông thôn", "TT"/"NT", or the codes. */
function parseAreaType(value: string): 'urban' | 'rural' | undefined {
  const f = foldText(value);
  if (['thanh thi', 'tt', 'urban', 'thi'].includes(f)) return 'urban';
  if (['nong thon', 'nt', 'rural'].includes(f)) return 'rural';
  return undefined;
}

function validateRow(
  raw: RawRow<HouseholdFieldKey>,
  resolveCommune: ScopedCommuneResolver,
  today: string,
): { value?: HouseholdImportValue; reasons: string[] } {
  const reasons: string[] = [];
  const text = (key: HouseholdFieldKey) => cleanText(raw[key]);
  const problem = (key: HouseholdFieldKey, message: string) => reasons.push(`${labelOf(key)}: ${message}`);

  const householdCode = text('householdCode');
  if (!householdCode) problem('householdCode', 'bắt buộc nhập');
  else if (householdCode.length > 50) problem('householdCode', `"${householdCode}" dài quá 50 ký tự`);
  const headName = text('headName');
  if (!headName) problem('headName', 'bắt buộc nhập');
  else if (headName.length > 200 || /\d/.test(headName)) problem('headName', `"${headName}" không hợp lệ`);

  // A spreadsheet keeps an ID typed as a number without its leading zero (province codes start with 0).
  const rawId = raw.headPersonId;
  const headPersonId =
    typeof rawId === 'number' && Number.isInteger(rawId) ? rawId.toFixed(0).padStart(12, '0') : text('headPersonId');
  const personId = headPersonId?.replace(/[\s.'’-]/g, '') || null;
  // NĐ 137/2015/NĐ-CP Art. 7: the personal ID has 12 digits.
  if (personId && !/^\d{12}$/.test(personId)) problem('headPersonId', `"${personId}" phải gồm đúng 12 chữ số`);

  const areaText = text('areaType');
  const areaType = areaText ? parseAreaType(areaText) : undefined;
  if (!areaText) problem('areaType', 'bắt buộc nhập (Thành thị/Nông thôn)');
  else if (!areaType) problem('areaType', `"${areaText}" không hợp lệ (Thành thị/Nông thôn)`);

  const registered = readDate(raw.registeredOn);
  let registeredOn = today;
  if ('problem' in registered) problem('registeredOn', registered.problem);
  else if ('date' in registered) {
    if (registered.date > today) problem('registeredOn', `${viDate(registered.date)} là ngày trong tương lai`);
    registeredOn = registered.date;
  }

  // The district and province columns, when the list has them, qualify a commune name.
  const communeText = text('communeCode');
  const qualifiers = [text('districtName'), text('provinceName')].filter((q): q is string => q !== null);
  const commune = resolveCommune(
    communeText && qualifiers.length > 0 && !/^\d+$/.test(communeText)
      ? [communeText, ...qualifiers].join(', ')
      : communeText,
  );
  if ('error' in commune) reasons.push(commune.error);

  if (reasons.length > 0 || 'error' in commune || !householdCode || !headName || !areaType) return { reasons };
  return {
    reasons,
    value: {
      fileKey: fileKeyOf(raw),
      household: {
        householdCode,
        headName,
        address: text('address'),
        provinceCode: commune.provinceCode,
        communeCode: commune.communeCode,
        areaType,
        registeredOn,
      },
      head: { personId, fullName: headName, birthDate: null, sex: null, relation: 'Chủ hộ' },
    },
  };
}

/** What the audit log keeps of an imported household (as createHousehold records it). */
const auditView = (h: HouseholdRecord, head: NewMember) => ({
  householdCode: h.householdCode,
  headName: h.headName,
  address: h.address,
  communeCode: h.communeCode,
  areaType: h.areaType,
  registeredOn: h.registeredOn,
  dissolvedOn: h.dissolvedOn,
  version: h.version,
  members: [head],
});

/**
 * Lands a batch of households in the caller's transaction: households already on the register are left as they are,
 * heads whose personal ID another unit holds are refused with the registry's neutral answer, the rest are inserted
 * with the head as first member (linked to the person registry, their worker record pointing back), each audited
 * like a household created by hand; then the batch's refused rows and counters (the checkpoint).
 */
async function landHouseholdBatch(
  tx: DbOrTx,
  batch: {
    rows: Row[];
    importId: number;
    ctx: RequestContext;
    progress: { rowsRead: number; invalid: ImportErrorRow[] };
  },
) {
  const key = (h: { communeCode: string; householdCode: string }) => `${h.communeCode}/${h.householdCode}`;
  const existing = await selectExistingHouseholdKeys(
    tx,
    batch.rows.map((r) => r.household),
  );
  let fresh = batch.rows.filter((r) => !existing.has(key(r.household)));
  const groups = (rows: Row[]) =>
    rows.map((r) => ({
      unit: { provinceCode: r.household.provinceCode, communeCode: r.household.communeCode },
      members: [r.head],
    }));
  const clashes: ImportErrorRow[] = [];
  const { elsewhere } = await registerMembers(tx, groups(fresh));
  if (elsewhere.length > 0) {
    const refused = new Set(elsewhere.map((e) => e.group));
    for (const i of refused) {
      const r = fresh[i] as Row;
      clashes.push({
        rowNumber: r.sourceRow,
        reasons: `${labelOf('headPersonId')}: ${r.head.personId} ${REGISTERED_ELSEWHERE.vi}; có thể gửi yêu cầu chuyển đến`,
        raw: { householdCode: r.household.householdCode, headPersonId: r.head.personId },
      });
    }
    fresh = fresh.filter((_, i) => !refused.has(i));
    await registerMembers(tx, groups(fresh));
  }
  const saved = await insertHouseholdsWithMembers(
    tx,
    fresh.map((r) => ({ household: r.household, members: [r.head] })),
  );
  const headOf = new Map(fresh.map((r) => [key(r.household), r.head]));
  await writeAudits(
    tx,
    batch.ctx,
    saved.map((h) => ({
      action: 'create',
      entityType: 'household',
      entityId: h.id,
      unitCode: h.communeCode,
      provinceCode: h.provinceCode,
      after: auditView(h, headOf.get(key(h)) as NewMember),
      note: `lần nhập #${batch.importId}`,
    })),
  );
  await linkWorkersToHouseholds(
    tx,
    saved.flatMap((h) => {
      const head = headOf.get(key(h));
      return head?.personId ? [{ personId: head.personId, householdId: h.id, relation: head.relation }] : [];
    }),
  );
  const invalid = [...batch.progress.invalid, ...clashes];
  await insertImportErrors(
    tx,
    invalid.map((e) => ({ importId: batch.importId, ...e, notice: e.notice === true })),
  );
  const repeated = invalid.filter((e) => e.notice).length;
  return addImportProgress(tx, batch.importId, {
    rowsRead: batch.progress.rowsRead,
    inserted: saved.length,
    updated: 0,
    // A household already on the register, or inserted meanwhile by another hand (the insert skips it).
    unchanged: batch.rows.length - clashes.length - saved.length,
    failed: invalid.length - repeated,
    repeated,
  });
}

export const householdImport = registerTabularImport<HouseholdFieldKey, HouseholdImportValue, ScopedCommuneResolver>({
  kind: 'household',
  task: 'household-import',
  writesTables: ['person', 'household', 'household_member', 'audit_log', 'worker_import_error'],
  uploads: 'household-imports',
  auditType: 'household_import',
  resource: householdImportResource,
  templateFileName: 'mau-danh-sach-ho-gia-dinh.xlsx',
  fields: HOUSEHOLD_FIELDS,
  keyFields: ['householdCode', 'headName'],
  requiredColumn: 'householdCode',
  communeField: 'communeCode',
  confirmFields: ['communeCode', 'districtName', 'provinceName'],
  identityOfRaw: fileKeyOf,
  identityOfValue: (v) => v.fileKey,
  duplicateReason: (id, row) => `Mã hộ ${id.slice(id.lastIndexOf('/') + 1)} trùng với dòng ${row} trong tệp`,
  loadReference: (db, job: ImportRecord & { mapping: Record<string, number> }, today) =>
    loadScopedCommuneResolver(db, {
      provinceCode: job.provinceCode,
      fixedCommuneCode: job.communeCode,
      defaultCommuneCode: job.mapping.communeCode === undefined ? job.communeCode : null,
      today,
    }),
  validate: (raw, resolveCommune, _job, today) => validateRow(raw, resolveCommune, today),
  prepareBatch: (batch) => ({ batch }),
  landBatch: (tx, prepared) => {
    const { rows, importId, ctx, progress } = prepared.batch;
    return landHouseholdBatch(tx, {
      rows,
      importId: importId as number,
      ctx,
      progress: progress ?? { rowsRead: rows.length, invalid: [] },
    });
  },
  keptOfFailedRow: (row) => ({ householdCode: row.household.householdCode, headName: row.household.headName }),
});
