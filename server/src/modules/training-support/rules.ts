import type { TrainingSupportApplicationT } from '@lmis/contracts';

/**
 * The rules of employer training support, pure: eligibility point by point with the rule cited, the length of a
 * course in halves of a month, the support per worker and the recovery. Amounts are whole đồng; percentages are
 * compared in integers so that 9,9 % and 10,0 % never meet at a floating-point edge.
 */

/** A rate row of server/data/rates/training-support.csv. */
export interface TrainingRate {
  typeCode: string;
  validFrom: string;
  validTo: string | null;
  monthlyCapVnd: number;
  maxMonths: number;
  minUiMonths: number;
  /** The window the contribution months must lie in; equal to minUiMonths: consecutive; null: any up to filing. */
  uiWindowMonths: number | null;
  minRevenueDeclinePct: number | null;
  applicationFrom: string | null;
  applicationTo: string | null;
  source: string;
  grade: string;
}

export interface Check {
  code: string;
  passed: boolean;
  label: { vi: string; en: string };
  detail: { vi: string; en: string };
  legalSource: string;
  grade: string;
}

const viDate = (iso: string) => iso.split('-').reverse().join('/');
const viNumber = (n: number) => n.toLocaleString('vi-VN');
const viPct = (tenths: number) => `${(tenths / 10).toFixed(1).replace('.', ',')} %`;
const enPct = (tenths: number) => `${(tenths / 10).toFixed(1)} %`;

/** The rate in force on a day for a type, if any. */
export function rateOn(rates: readonly TrainingRate[], typeCode: string, day: string): TrainingRate | undefined {
  return rates.find((r) => r.typeCode === typeCode && r.validFrom <= day && (r.validTo === null || day <= r.validTo));
}

/**
 * Revenue decline of the quarter before filing against the same quarter of the base year, in tenths of a percent,
 * rounded down (QĐ 23/2021/QĐ-TTg Art. 9(3)): 9,99 % shows 9,9 %, never a 10,0 % that the rule refuses.
 */
export function revenueDeclineTenths(baseAmount: number, amount: number): number {
  return Math.floor(((baseAmount - amount) * 1000) / baseAmount);
}

/** ≥ minPct: (base − amount) × 100 ≥ minPct × base, in integers (QĐ 23/2021 Art. 9(3): "giảm từ 10% trở lên"). */
export function revenueDeclinePasses(baseAmount: number, amount: number, minPct: number): boolean {
  return (baseAmount - amount) * 100 >= minPct * baseAmount;
}

/** The quarter before a day: filing on 20/01/2022 judges 2021-Q4 (QĐ 23/2021 Art. 9(3): "quý trước thời điểm đề nghị"). */
export function quarterBefore(day: string): string {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // The same day of the later month, or its last day when shorter (31/01 + 1 month = 28/02).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The length of a course from its first to its last day, in halves of a month: whole months counted from the
 * start, then the odd days — under 15 days ½ month, 15 or more 1 month (QĐ 23/2021 Art. 10(1); NĐ 28/2015 Art. 4;
 * NĐ 374/2025 Art. 23) — capped at the maximum months (Art. 10(2): "tối đa 06 tháng").
 */
export function courseHalfMonths(startDate: string, endDate: string, maxMonths: number): number {
  if (endDate < startDate) return 0;
  // The day after the last day of training: the course runs [start, end + 1).
  const after = nextDay(endDate);
  let months = 0;
  while (addMonths(startDate, months + 1) <= after) months += 1;
  const oddDays = daysBetween(addMonths(startDate, months), after);
  const halves = months * 2 + (oddDays === 0 ? 0 : oddDays < 15 ? 1 : 2);
  return Math.min(halves, maxMonths * 2);
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Support for one worker: the monthly cap times the months, never above the actual cost of the course per worker
 * (QĐ 23/2021 Art. 10(1): "căn cứ vào thời gian học thực tế"; the cost above the cap is the employer's).
 */
export function supportPerWorker(monthlyCap: number, halfMonths: number, costPerWorker: number): number {
  return Math.min((monthlyCap * halfMonths) / 2, costPerWorker);
}

/** Two periods [a, b] and [c, d] (inclusive) share a day. */
export const periodsOverlap = (a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }) =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

/**
 * The conditions of the application on its filing day, each with its rule: revenue decline (Covid scheme),
 * unemployment-insurance months, the filing window, the change of structure or technology, and the plan.
 */
export function eligibilityChecks(
  app: Pick<TrainingSupportApplicationT, 'revenue' | 'uiContribution' | 'structureChange' | 'plan'>,
  ctx: { typeCode: string; on: string; rates: readonly TrainingRate[] },
): { checks: Check[]; rate: TrainingRate | undefined; revenueDeclinePct: number | null } {
  const rates = ctx.rates.filter((r) => r.typeCode === ctx.typeCode);
  const rate = rateOn(rates, ctx.typeCode, ctx.on);
  const checks: Check[] = [];
  let revenueDeclinePct: number | null = null;

  // Filing window: QĐ 23/2021 Art. 9 (01/07/2021–30/06/2022); the UI scheme: while its version is in force.
  const window = rates.find((r) => {
    const from = r.applicationFrom ?? r.validFrom;
    const to = r.applicationTo ?? r.validTo;
    return from <= ctx.on && (to === null || ctx.on <= to);
  });
  const windows = rates
    .map((r) => {
      const from = r.applicationFrom ?? r.validFrom;
      const to = r.applicationTo ?? r.validTo;
      return `${viDate(from)}–${to ? viDate(to) : '…'}`;
    })
    .join('; ');
  checks.push({
    code: 'filing_window',
    passed: Boolean(window && rate),
    label: { vi: 'Thời gian nộp hồ sơ', en: 'Filing period' },
    detail:
      window && rate
        ? { vi: `Nộp ngày ${viDate(ctx.on)}, trong thời hạn`, en: `Filed on ${ctx.on}, within the period` }
        : {
            vi: `Nộp ngày ${viDate(ctx.on)}, ngoài thời gian nhận hồ sơ (${windows})`,
            en: `Filed on ${ctx.on}, outside the filing period (${windows})`,
          },
    legalSource:
      ctx.typeCode === 'training_support_covid'
        ? 'QĐ 23/2021/QĐ-TTg Điều 9'
        : (window ?? rate)?.source.split(';')[0] || 'Luật Việc làm 74/2025/QH15 Điều 42',
    grade: 'A',
  });

  // Revenue decline ≥ 10 % against the same quarter of 2019 or 2020: QĐ 23/2021 Art. 9(3), Covid scheme only.
  const minDecline = (rate ?? rates[0])?.minRevenueDeclinePct ?? null;
  if (minDecline !== null) {
    const r = app.revenue;
    if (!r) {
      checks.push({
        code: 'revenue_decline',
        passed: false,
        label: { vi: `Doanh thu giảm từ ${minDecline}% trở lên`, en: `Revenue down ${minDecline} % or more` },
        detail: { vi: 'Chưa kê khai doanh thu (Mẫu số 03)', en: 'No revenue declared (Form 03)' },
        legalSource: 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 3',
        grade: 'A',
      });
    } else {
      const tenths = revenueDeclineTenths(r.baseAmount, r.amount);
      revenueDeclinePct = tenths / 10;
      const expected = quarterBefore(ctx.on);
      const rightQuarter = r.quarter === expected;
      const declined = revenueDeclinePasses(r.baseAmount, r.amount, minDecline);
      const sameQuarter = `${r.baseYear}-${r.quarter.slice(5)}`;
      checks.push({
        code: 'revenue_decline',
        passed: declined && rightQuarter,
        label: { vi: `Doanh thu giảm từ ${minDecline}% trở lên`, en: `Revenue down ${minDecline} % or more` },
        detail: {
          vi:
            `Doanh thu ${r.quarter}: ${viNumber(r.amount)} đồng so với ${sameQuarter}: ${viNumber(r.baseAmount)} đồng, ` +
            `giảm ${viPct(tenths)}` +
            (rightQuarter ? '' : `; quý kê khai phải là quý trước thời điểm đề nghị (${expected})`),
          en:
            `Revenue ${r.quarter}: ${r.amount} VND against ${sameQuarter}: ${r.baseAmount} VND, down ${enPct(tenths)}` +
            (rightQuarter ? '' : `; the quarter must be the one before filing (${expected})`),
        },
        legalSource: 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 3',
        grade: 'A',
      });
    }
  }

  // Unemployment-insurance contributions: ≥ 12 months up to filing (QĐ 23/2021 Art. 9(1)); 12 consecutive months
  // (Luật Việc làm 2013 Art. 47(1)); 12 months within the last 24 (Luật Việc làm 74/2025 Art. 42(2)(a)).
  const ref = rate ?? rates[0];
  if (ref) {
    const how =
      ref.uiWindowMonths === null
        ? { vi: 'tính đến thời điểm đề nghị', en: 'up to filing' }
        : ref.uiWindowMonths === ref.minUiMonths
          ? { vi: 'liên tục', en: 'consecutive' }
          : {
              vi: `trong ${ref.uiWindowMonths} tháng tính đến thời điểm đề nghị`,
              en: `within the ${ref.uiWindowMonths} months before filing`,
            };
    const u = app.uiContribution;
    checks.push({
      code: 'ui_months',
      passed: u.months >= ref.minUiMonths,
      label: {
        vi: `Đóng đủ bảo hiểm thất nghiệp từ ${ref.minUiMonths} tháng trở lên ${how.vi}`,
        en: `Unemployment insurance paid ${ref.minUiMonths} months or more, ${how.en}`,
      },
      detail: {
        vi: `${u.months} tháng theo xác nhận số ${u.confirmationNo} ngày ${viDate(u.confirmationDate)} của cơ quan BHXH`,
        en: `${u.months} months per social-insurance confirmation ${u.confirmationNo} of ${u.confirmationDate}`,
      },
      legalSource:
        ctx.typeCode === 'training_support_covid'
          ? 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 1'
          : ref.validFrom >= '2026-01-01'
            ? 'Luật Việc làm 74/2025/QH15 Điều 42 khoản 2 điểm a'
            : 'Luật Việc làm 38/2013/QH13 Điều 47 khoản 1; NĐ 28/2015/NĐ-CP Điều 3',
      grade: 'A',
    });
  }

  // The change of structure or technology: QĐ 23/2021 Art. 9(2) (Labour Code 2019 Art. 42(1)); Luật Việc làm 2013
  // Art. 47(1)(b); Luật Việc làm 74/2025 Art. 42(1)(a).
  const change = app.structureChange.trim();
  checks.push({
    code: 'structure_change',
    passed: change.length > 0,
    label: { vi: 'Thay đổi cơ cấu, công nghệ', en: 'Change of structure or technology' },
    detail:
      change.length > 0
        ? { vi: 'Đã trình bày việc thay đổi cơ cấu, công nghệ', en: 'The change is stated' }
        : { vi: 'Chưa trình bày việc thay đổi cơ cấu, công nghệ', en: 'The change is not stated' },
    legalSource:
      ctx.typeCode === 'training_support_covid'
        ? 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 2; Bộ luật Lao động 2019 Điều 42 khoản 1'
        : 'Luật Việc làm 74/2025/QH15 Điều 42 khoản 1 điểm a; Luật Việc làm 38/2013/QH13 Điều 47',
    grade: 'A',
  });

  // The training plan with its trades and dates: QĐ 23/2021 Art. 9(4) (Mẫu số 02); Luật Việc làm 74/2025
  // Art. 42(2)(b).
  const p = app.plan;
  const datesOk = p.startDate <= p.endDate;
  const planOk = datesOk && p.trades.length > 0;
  checks.push({
    code: 'plan',
    passed: planOk,
    label: { vi: 'Có phương án đào tạo (Mẫu số 02)', en: 'Training plan (Form 02)' },
    detail: planOk
      ? {
          vi: `${p.trades.join('; ')}, từ ${viDate(p.startDate)} đến ${viDate(p.endDate)}, chi phí ${viNumber(p.costPerWorker)} đồng/người`,
          en: `${p.trades.join('; ')}, ${p.startDate} to ${p.endDate}, ${p.costPerWorker} VND per worker`,
        }
      : {
          vi: datesOk ? 'Phương án chưa nêu nghề đào tạo' : 'Ngày kết thúc đào tạo trước ngày bắt đầu',
          en: datesOk ? 'The plan names no trade' : 'Training ends before it starts',
        },
    legalSource:
      ctx.typeCode === 'training_support_covid'
        ? 'QĐ 23/2021/QĐ-TTg Điều 9 khoản 4'
        : 'Luật Việc làm 74/2025/QH15 Điều 42 khoản 2 điểm b; NĐ 28/2015/NĐ-CP Điều 3',
    grade: 'A',
  });

  return { checks, rate, revenueDeclinePct };
}

export interface RecoveryInput {
  paid: number;
  /** Null until the employer reports the result. */
  actualCost: number | null;
  trainees: { amount: number; completed: boolean | null; kept: boolean | null }[];
}

/**
 * What is to be recovered: the whole amount of a worker who did not complete the training or was not kept in work
 * (QĐ 23/2021 Mẫu số 02 item 5(b): "phải hoàn trả toàn bộ kinh phí hỗ trợ"), and the unspent funds, paid − actual
 * cost when positive (QĐ 23/2021 Art. 12(6): "thu hồi kinh phí đào tạo còn dư"). A worker's unspent share is part of
 * both, so they are not added: the employer keeps what was paid for the workers who completed and were kept, and no
 * more than it actually spent; the rest of what was paid is recovered.
 *
 * The total splits into two parts that add up, as the recovery decision (Mẫu số 04b) lists them: the workers' amounts
 * (each worker's whole amount, as far as money was paid: after a partial payment such as the 50 % advance of NĐ
 * 28/2015 Art. 27 the workers are taken in list order up to the total) and the unspent funds beyond them
 * (`unspentRecovery` = total − workers' amounts).
 */
export function recovery(input: RecoveryInput) {
  const dropped = input.trainees.map((t) =>
    t.completed === false || t.kept === false
      ? { amount: t.amount, reason: t.completed === false ? ('not_completed' as const) : ('not_kept' as const) }
      : { amount: 0, reason: null },
  );
  const retained = input.trainees.reduce((s, t, i) => s + (dropped[i]?.amount ? 0 : t.amount), 0);
  const unspentFunds = input.actualCost === null ? 0 : Math.max(0, input.paid - input.actualCost);
  const kept = input.actualCost === null ? retained : Math.min(retained, input.actualCost);
  const totalRecovery = input.paid === 0 ? 0 : Math.max(0, input.paid - kept);
  let left = totalRecovery;
  const perWorker = dropped.map((w) => {
    const amount = Math.min(w.amount, left);
    left -= amount;
    return { amount, reason: w.reason };
  });
  const traineeRecovery = perWorker.reduce((s, w) => s + w.amount, 0);
  return { perWorker, traineeRecovery, unspentFunds, unspentRecovery: totalRecovery - traineeRecovery, totalRecovery };
}
