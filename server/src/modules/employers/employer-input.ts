import { EMPLOYER_FIELDS, type EmployerFieldKey } from '@lmis/contracts';
import type { DbOrTx } from '../../platform/db/index.ts';
import { cleanText, foldText, readDate, viDate } from '../../platform/imports/index.ts';
import { type FieldIssue, issue } from '../../platform/validation.ts';
import { findCatalogue } from '../reference/index.ts';
import type { EmployerValues } from './employers.queries.ts';
import { readTaxCode } from './tax-code.ts';

/** The catalogues an employer's fields take codes from, valid on the day: read once per request or import. */
export interface EmployerReference {
  legalForms: CatalogueLookup;
  vsicSections: CatalogueLookup;
}

/** A catalogue entry by its code or by its Vietnamese name, as people write either. */
export interface CatalogueLookup {
  find(value: string): { code: string; name: string } | undefined;
  nameOf(code: string | null): string | null;
}

async function lookup(db: DbOrTx, catalogue: string, asOf: string): Promise<CatalogueLookup> {
  const items = await findCatalogue(db, catalogue, asOf);
  const byCode = new Map(items.map((i) => [i.code.toLowerCase(), { code: i.code, name: i.nameVi }]));
  const byName = new Map(items.map((i) => [foldText(i.nameVi), { code: i.code, name: i.nameVi }]));
  return {
    find: (value) => {
      const v = value.trim();
      // "C - Công nghiệp chế biến, chế tạo" or "C. Công nghiệp …": the code before the name.
      const lead = /^([A-Za-z0-9_]{1,10})\s*[-.:)]\s+\S/.exec(v)?.[1];
      return (
        byCode.get(v.toLowerCase()) ?? byName.get(foldText(v)) ?? (lead ? byCode.get(lead.toLowerCase()) : undefined)
      );
    },
    nameOf: (code) => (code ? (byCode.get(code.toLowerCase())?.name ?? null) : null),
  };
}

export async function loadEmployerReference(db: DbOrTx, asOf: string): Promise<EmployerReference> {
  return {
    legalForms: await lookup(db, 'employer-legal-forms', asOf),
    vsicSections: await lookup(db, 'vsic-sections', asOf),
  };
}

export const employerFieldLabel = (key: string) => EMPLOYER_FIELDS.find((f) => f.key === key)?.label.vi ?? key;

function readBool(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  const text = cleanText(value);
  if (!text) return null;
  const f = foldText(text);
  if (['x', 'co', '1', 'true', 'yes', 'c', 'dang tham gia', 'co tham gia'].includes(f) || text === '✓') return true;
  if (['0', 'khong', 'false', 'no', 'k', 'chua', 'khong tham gia', 'chua tham gia'].includes(f)) return false;
  return undefined;
}

function readCount(value: unknown): number | null | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 2_147_483_647 ? value : undefined;
  const text = cleanText(value);
  if (!text) return null;
  // vi-VN writes thousands with dots: "1.234".
  const digits = text.replace(/[.\s]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

const PHONE = /^\+?[\d\s.()-]{8,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type EmployerFields = Omit<EmployerValues, 'provinceCode' | 'communeCode' | 'unitNeedsReview' | 'sourceUnit'>;

/**
 * Reads an employer's own fields (the commune is resolved by the caller: a code valid today from the API, a name or
 * an old unit through the crosswalk from a file) from API input or a file's cells. Every problem is an issue of the
 * field it concerns.
 */
export function readEmployer(
  raw: Partial<Record<EmployerFieldKey, unknown>>,
  ref: EmployerReference,
  today: string,
): { value?: EmployerFields; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const text = (key: EmployerFieldKey, max = 500) => {
    const t = cleanText(raw[key]);
    if (t && t.length > max) issues.push(issue(key, `dài quá ${max} ký tự`, `longer than ${max} characters`));
    return t;
  };

  const taxText = text('taxCode', 20);
  const tax = taxText
    ? readTaxCode(typeof raw.taxCode === 'number' ? String(raw.taxCode).padStart(10, '0') : taxText)
    : undefined;
  if (!taxText) issues.push(issue('taxCode', 'bắt buộc nhập', 'required'));
  else if (tax && !tax.ok) issues.push(issue('taxCode', tax.problem.vi, tax.problem.en));

  const name = text('name', 300);
  if (!name) issues.push(issue('name', 'bắt buộc nhập', 'required'));

  const catalogue = (key: 'legalFormCode' | 'vsicSectionCode', from: CatalogueLookup) => {
    const t = text(key, 200);
    if (!t) return null;
    const found = from.find(t);
    if (!found) issues.push(issue(key, `"${t}" không có trong danh mục`, `"${t}" is not in the catalogue`));
    return found?.code ?? null;
  };
  const legalFormCode = catalogue('legalFormCode', ref.legalForms);
  const vsicSectionCode = catalogue('vsicSectionCode', ref.vsicSections);

  const employeeCount = readCount(raw.employeeCount);
  if (employeeCount === undefined) {
    issues.push(
      issue('employeeCount', `"${cleanText(raw.employeeCount)}" không phải số nguyên không âm`, 'not a whole number'),
    );
  }

  const since = readDate(raw.uiSince);
  let uiSince: string | null = null;
  if ('problem' in since) issues.push(issue('uiSince', since.problem, 'not a date'));
  else if ('date' in since) {
    if (since.date > today)
      issues.push(issue('uiSince', `${viDate(since.date)} là ngày trong tương lai`, 'in the future'));
    uiSince = since.date;
  }
  const participation = readBool(raw.uiParticipation);
  if (participation === undefined) {
    issues.push(issue('uiParticipation', `"${cleanText(raw.uiParticipation)}" không rõ (Có/Không)`, 'yes or no'));
  }
  // A date of joining says the employer takes part; "Không" with a date is a contradiction to correct.
  const uiParticipation = participation ?? uiSince !== null;
  if (participation === false && uiSince) {
    issues.push(
      issue('uiSince', 'chỉ ghi khi có tham gia bảo hiểm thất nghiệp', 'only when paying unemployment insurance'),
    );
  }

  const phone = text('phone', 30);
  if (phone && !PHONE.test(phone))
    issues.push(issue('phone', `"${phone}" không phải số điện thoại`, 'not a phone number'));
  const email = text('email', 200);
  if (email && !EMAIL.test(email))
    issues.push(issue('email', `"${email}" không phải địa chỉ thư điện tử`, 'not an email'));

  const value: EmployerFields | undefined =
    issues.length === 0 && tax?.ok && name
      ? {
          taxCode: tax.taxCode,
          name,
          legalFormCode,
          vsicSectionCode,
          address: text('address'),
          employeeCount: employeeCount ?? null,
          uiParticipation,
          uiSince,
          contactName: text('contactName', 200),
          phone,
          email,
          industrialZone: text('industrialZone', 200),
        }
      : undefined;
  return { value, issues };
}
