import { formatNumber } from '../../kit/format.ts';

/**
 * The decline of the quarter's revenue against the same quarter of the base year, in percent with one decimal
 * (QĐ 23/2021/QĐ-TTg Art. 9(3): revenue of the quarter before filing down 10 % or more on the same quarter of 2019
 * or 2020). The decimal is cut, never rounded up, so the live figure never shows 10,0 % for a decline of 9,96 %;
 * the server's assessment decides. Null while a figure is missing or the base is not positive.
 */
export function revenueDeclinePct(amount: number | null | undefined, baseAmount: number | null | undefined) {
  if (amount === null || amount === undefined || baseAmount === null || baseAmount === undefined) return null;
  if (!Number.isFinite(amount) || !Number.isFinite(baseAmount) || baseAmount <= 0) return null;
  // In tenths of a percent, in integers, so 10 % of 1.000.000 is exactly 100 tenths.
  const tenths = Math.trunc(((baseAmount - amount) * 1000) / baseAmount);
  return tenths / 10;
}

/** The quarter before a filing date, "2021-Q2" for a filing on 15/07/2021 (QĐ 23/2021/QĐ-TTg Art. 9(3)). */
export function quarterBefore(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const quarter = Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** "2021-Q2" → "Quý II/2021" (vi) / "Q2 2021" (en); any other text stays as written. */
export function quarterLabel(quarter: string, lang: 'vi' | 'en'): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  const roman = ['I', 'II', 'III', 'IV'][Number(m[2]) - 1];
  return lang === 'en' ? `Q${m[2]} ${m[1]}` : `Quý ${roman}/${m[1]}`;
}

/** The quarters an applicant may pick: from the second quarter of 2019's base years to the one before today. */
export function quarterOptions(today: string, count = 8): string[] {
  const out: string[] = [];
  let q = quarterBefore(today);
  for (let i = 0; i < count; i += 1) {
    out.push(q);
    q = quarterBefore(`${q.slice(0, 4)}-${String((Number(q.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`);
  }
  return out;
}

/**
 * Months of support as counted (QĐ 23/2021/QĐ-TTg Art. 10(2): under 15 odd days count half a month, 15 or more a
 * whole month), written with the language's decimal mark: 2.5 → "2,5 tháng".
 */
export function monthsText(months: number | null | undefined, lang: 'vi' | 'en'): string {
  const n = formatNumber(months);
  if (months === null || months === undefined) return n;
  return lang === 'en' ? `${n} ${months === 1 ? 'month' : 'months'}` : `${n} tháng`;
}

/** Days left on a step: "còn 3 ngày", "quá hạn 2 ngày" — late when negative. */
export function daysLeftState(daysLeft: number | null | undefined): 'none' | 'late' | 'today' | 'left' {
  if (daysLeft === null || daysLeft === undefined) return 'none';
  if (daysLeft < 0) return 'late';
  return daysLeft === 0 ? 'today' : 'left';
}

/** Transitions whose comment is the reason and may not be empty (QĐ 23/2021/QĐ-TTg Art. 12(3): a refusal in writing with reasons). */
export const REASON_REQUIRED = new Set(['refuse', 'return', 'request_additions']);
/** Transitions that issue a decision, signed by a named person in a position. */
export const SIGNED = new Set(['approve', 'recover']);

/** What the application form holds, before it becomes the payload. */
export interface DraftValues {
  employerId?: number | null;
  quarter?: string;
  revenueAmount?: number | null;
  baseYear?: 2019 | 2020;
  baseAmount?: number | null;
  uiMonths?: number | null;
  confirmationNo?: string;
  confirmationDate?: string;
  structureChange?: string;
  selfTraining?: boolean;
  institutionId?: number | null;
  trades?: string[];
  startDate?: string;
  endDate?: string;
  costPerWorker?: number | null;
}

const filled = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';
const num = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The payload of a training-support application (packages/contracts training-support.ts) from the form, or null while
 * a part the assessment needs is missing. Revenue belongs to the Covid-19 scheme only (QĐ 23/2021/QĐ-TTg Art. 9(3));
 * no institution means the employer trains its workers itself (Art. 9(4)).
 */
export function draftApplication<T>(v: DraftValues, trainees: T[], covid: boolean) {
  if (!num(v.employerId) || !num(v.uiMonths) || !filled(v.confirmationNo) || !filled(v.confirmationDate)) return null;
  if (!filled(v.structureChange) || !filled(v.startDate) || !filled(v.endDate) || !num(v.costPerWorker)) return null;
  const trades = (v.trades ?? []).map((x) => x.trim()).filter(Boolean);
  if (trades.length === 0 || trainees.length === 0) return null;
  if (!v.selfTraining && !num(v.institutionId)) return null;
  let revenue = null;
  if (covid) {
    if (!filled(v.quarter) || !num(v.revenueAmount) || !num(v.baseAmount) || !v.baseYear) return null;
    revenue = { quarter: v.quarter, amount: v.revenueAmount, baseYear: v.baseYear, baseAmount: v.baseAmount };
  }
  return {
    employerId: v.employerId,
    revenue,
    uiContribution: {
      months: v.uiMonths,
      confirmationNo: v.confirmationNo.trim(),
      confirmationDate: v.confirmationDate,
    },
    structureChange: v.structureChange.trim(),
    plan: {
      institutionId: v.selfTraining ? null : (v.institutionId as number),
      trades,
      startDate: v.startDate,
      endDate: v.endDate,
      costPerWorker: v.costPerWorker,
    },
    trainees,
  };
}

/** An amount in đồng as typed in a number box: 4500000 → "4.500.000" (the Vietnamese grouping, in both languages). */
export const moneyInput = (v: string | number | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** The reverse: every non-digit dropped ("4.500.000 đ" → 4500000). */
export const moneyParse = (v: string | undefined) => Number((v ?? '').replace(/\D/g, ''));

/** A work queue's rows narrowed by the page's type and status filters (the queue itself filters unit and step). */
export function queueRows<R extends { typeCode: string; status: string }>(
  rows: readonly R[],
  filter: { typeCode?: string; status?: string },
): R[] {
  return rows.filter(
    (r) => (!filter.typeCode || r.typeCode === filter.typeCode) && (!filter.status || r.status === filter.status),
  );
}

/** A saved application's payload back into the form's values (a reopened draft), the inverse of draftApplication. */
export function draftValuesOf(payload: Record<string, unknown>): { values: DraftValues; trainees: unknown[] } {
  const p = payload as {
    employerId?: number;
    revenue?: { quarter: string; amount: number; baseYear: 2019 | 2020; baseAmount: number } | null;
    uiContribution?: { months: number; confirmationNo: string; confirmationDate: string };
    structureChange?: string;
    plan?: {
      institutionId: number | null;
      trades: string[];
      startDate: string;
      endDate: string;
      costPerWorker: number;
    };
    trainees?: unknown[];
  };
  return {
    values: {
      employerId: p.employerId ?? null,
      quarter: p.revenue?.quarter,
      revenueAmount: p.revenue?.amount ?? null,
      baseYear: p.revenue?.baseYear ?? 2019,
      baseAmount: p.revenue?.baseAmount ?? null,
      uiMonths: p.uiContribution?.months ?? null,
      confirmationNo: p.uiContribution?.confirmationNo,
      confirmationDate: p.uiContribution?.confirmationDate,
      structureChange: p.structureChange,
      selfTraining: (p.plan?.institutionId ?? null) === null,
      institutionId: p.plan?.institutionId ?? null,
      trades: p.plan?.trades ?? [],
      startDate: p.plan?.startDate,
      endDate: p.plan?.endDate,
      costPerWorker: p.plan?.costPerWorker ?? null,
    },
    trainees: p.trainees ?? [],
  };
}
