import type { PovertyClass, PovertyTransition } from '@lmis/contracts';
import { AppError } from '../../platform/errors.ts';

export type AreaType = 'urban' | 'rural';

/** One row of poverty_standard: the income line and deprivation count for an area type over a period. */
export interface PovertyStandard {
  id: number;
  areaType: AreaType;
  validFrom: string;
  validTo: string | null;
  incomeThresholdVnd: number;
  deprivationThreshold: number;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The standard in force on the review date. Standards are dated reference data, not constants: 2022–2026 rural
 * 1,500,000 / urban 2,000,000 VND (NĐ 07/2021/NĐ-CP, extended by NĐ 351/2025/NĐ-CP), from 2027 rural 2,200,000 /
 * urban 2,800,000 (NĐ 351/2025/NĐ-CP).
 */
export function pickStandard<S extends PovertyStandard>(
  standards: readonly S[],
  areaType: AreaType,
  onDate: string,
): S {
  const found = standards.find(
    (s) => s.areaType === areaType && s.validFrom <= onDate && (s.validTo === null || s.validTo >= onDate),
  );
  if (!found) {
    const area = areaType === 'urban' ? 'thành thị' : 'nông thôn';
    throw new AppError('VALIDATION', {
      vi: `Chưa có chuẩn nghèo khu vực ${area} áp dụng vào ngày ${dmy(onDate)}`,
      en: `No ${areaType} poverty standard in force on ${onDate}`,
    });
  }
  return found;
}

/** Classifies a household from its per-capita monthly income and the number of indicators it is deprived in. */
export function classifyHousehold(
  input: { incomePerCapitaVnd: number; deprivationCount: number },
  standard: Pick<PovertyStandard, 'incomeThresholdVnd' | 'deprivationThreshold'>,
): PovertyClass {
  // NĐ 07/2021/NĐ-CP Art. 3 cl. 1–2: poor = income at or below the line and deprived in at least 3 indicators;
  // near-poor = income at or below the line and deprived in fewer than 3.
  if (input.incomePerCapitaVnd > standard.incomeThresholdVnd) return 'other';
  return input.deprivationCount >= standard.deprivationThreshold ? 'poor' : 'near_poor';
}

/**
 * What changed since the previous year's review. A near-poor household falling into poverty counts as newly poor;
 * a poor household becoming near-poor has escaped poverty (hộ thoát nghèo) even though it is still near-poor.
 * `previous` is the previous year's class, 'new_household' for a household formed in the review year (it was on no
 * list a year before, QĐ 24/2021/QĐ-TTg Art. 4), or null when the previous year was not reviewed here: then
 * nothing can be said to have changed, and a poor household is not counted as newly poor.
 */
export function transition(
  previous: PovertyClass | 'new_household' | null,
  current: PovertyClass,
): PovertyTransition | null {
  if (previous === null) return null;
  if (current === 'poor') return previous === 'poor' ? 'still_poor' : 'newly_poor';
  if (previous === 'poor') return 'escaped_poverty';
  if (current === 'near_poor') return previous === 'near_poor' ? 'still_near_poor' : 'newly_near_poor';
  return previous === 'near_poor' ? 'escaped_near_poverty' : null;
}

/** The previous year's class for `transition`: the review's, or whether the household is new this year. */
export function previousForTransition(
  previousClass: PovertyClass | null,
  registeredOn: string | null,
  year: number,
): PovertyClass | 'new_household' | null {
  if (previousClass) return previousClass;
  return registeredOn && registeredOn >= `${year}-01-01` ? 'new_household' : null;
}

export interface RateCounts {
  households: number;
  poor: number;
  nearPoor: number;
}

export interface RateFigures extends RateCounts {
  poorRate: number | null;
  nearPoorRate: number | null;
}

/** Percent with 2 decimals, rounded half up in integer arithmetic (5.67 for 2,354 of 41,504); null without a base. */
function percent(count: number, base: number): number | null {
  if (base === 0) return null;
  return Math.round((count * 10_000) / base) / 100;
}

/** Difference of two published (rounded) rates in percentage points, so a reader can check it by subtraction. */
function points(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  // + 0 turns a rounded -0 into 0.
  return Math.round((current - previous) * 100) / 100 + 0;
}

const figures = (c: RateCounts): RateFigures => ({
  households: c.households,
  poor: c.poor,
  nearPoor: c.nearPoor,
  poorRate: percent(c.poor, c.households),
  nearPoorRate: percent(c.nearPoor, c.households),
});

/**
 * Tỷ lệ hộ nghèo (%) = poor households / all resident households × 100, same for near-poor; the change against
 * the previous round is reported in percentage points ("giảm 1–1,5 %/năm").
 */
export function povertyRates(input: RateCounts & { previous?: RateCounts | null }): RateFigures & {
  previous: RateFigures | null;
  changePoorPp: number | null;
  changeNearPoorPp: number | null;
} {
  const current = figures(input);
  const previous = input.previous ? figures(input.previous) : null;
  return {
    ...current,
    previous,
    changePoorPp: points(current.poorRate, previous?.poorRate ?? null),
    changeNearPoorPp: points(current.nearPoorRate, previous?.nearPoorRate ?? null),
  };
}
