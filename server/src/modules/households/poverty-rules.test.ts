import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import {
  classifyHousehold,
  type PovertyStandard,
  pickStandard,
  povertyRates,
  previousForTransition,
  transition,
} from './poverty-rules.ts';

// The rows of server/data/rates/poverty-standards.csv.
const STANDARDS: PovertyStandard[] = [
  {
    id: 1,
    areaType: 'rural',
    validFrom: '2022-01-01',
    validTo: '2026-12-31',
    incomeThresholdVnd: 1_500_000,
    deprivationThreshold: 3,
  },
  {
    id: 2,
    areaType: 'urban',
    validFrom: '2022-01-01',
    validTo: '2026-12-31',
    incomeThresholdVnd: 2_000_000,
    deprivationThreshold: 3,
  },
  {
    id: 3,
    areaType: 'rural',
    validFrom: '2027-01-01',
    validTo: '2030-12-31',
    incomeThresholdVnd: 2_200_000,
    deprivationThreshold: 3,
  },
  {
    id: 4,
    areaType: 'urban',
    validFrom: '2027-01-01',
    validTo: '2030-12-31',
    incomeThresholdVnd: 2_800_000,
    deprivationThreshold: 3,
  },
];

const classify = (areaType: 'urban' | 'rural', onDate: string, incomePerCapitaVnd: number, deprivationCount: number) =>
  classifyHousehold({ incomePerCapitaVnd, deprivationCount }, pickStandard(STANDARDS, areaType, onDate));

describe('pickStandard: the standard in force on the review date', () => {
  it('picks the 2022–2026 rural line (1,500,000 VND) for a review dated 2025-10-01', () => {
    expect(pickStandard(STANDARDS, 'rural', '2025-10-01')).toMatchObject({ id: 1, incomeThresholdVnd: 1_500_000 });
  });

  it('picks the 2027 rural line (2,200,000 VND) for a review dated 2027-10-01', () => {
    expect(pickStandard(STANDARDS, 'rural', '2027-10-01')).toMatchObject({ id: 3, incomeThresholdVnd: 2_200_000 });
  });

  it('picks the urban line for an urban household (2,000,000 VND in 2026, 2,800,000 VND in 2027)', () => {
    expect(pickStandard(STANDARDS, 'urban', '2026-12-31').incomeThresholdVnd).toBe(2_000_000);
    expect(pickStandard(STANDARDS, 'urban', '2027-01-01').incomeThresholdVnd).toBe(2_800_000);
  });

  it('refuses a date no standard covers (2021 still used QĐ 59/2015) with a Vietnamese message', () => {
    const attempt = () => pickStandard(STANDARDS, 'rural', '2021-10-01');
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION');
      expect((e as AppError).messageVi).toBe('Chưa có chuẩn nghèo khu vực nông thôn áp dụng vào ngày 01/10/2021');
    }
  });
});

describe('classifyHousehold (NĐ 07/2021/NĐ-CP Art. 3)', () => {
  it('classifies a rural household at exactly 1,500,000 VND with 3 deprivations as poor', () => {
    expect(classify('rural', '2025-10-01', 1_500_000, 3)).toBe('poor');
  });

  it('classifies a rural household at exactly 1,500,000 VND with 2 deprivations as near-poor', () => {
    expect(classify('rural', '2025-10-01', 1_500_000, 2)).toBe('near_poor');
  });

  it('classifies a rural household at 1,500,001 VND as neither, however deprived', () => {
    expect(classify('rural', '2025-10-01', 1_500_001, 12)).toBe('other');
  });

  it('classifies a rural household with no income and no deprivation as near-poor', () => {
    expect(classify('rural', '2025-10-01', 0, 0)).toBe('near_poor');
  });

  it('classifies an urban household at 1,800,000 VND with 4 deprivations as poor, a rural one as other', () => {
    expect(classify('urban', '2025-10-01', 1_800_000, 4)).toBe('poor');
    expect(classify('rural', '2025-10-01', 1_800_000, 4)).toBe('other');
  });

  it('classifies an urban household at exactly 2,000,000 VND with 3 deprivations as poor, at 2,000,001 as other', () => {
    expect(classify('urban', '2025-10-01', 2_000_000, 3)).toBe('poor');
    expect(classify('urban', '2025-10-01', 2_000_001, 3)).toBe('other');
  });

  it('classifies a rural household at 2,000,000 VND with 3 deprivations as other in 2026 but poor in 2027', () => {
    expect(classify('rural', '2026-10-01', 2_000_000, 3)).toBe('other');
    expect(classify('rural', '2027-10-01', 2_000_000, 3)).toBe('poor');
  });

  it('classifies a rural household at exactly 2,200,000 VND in 2027 as near-poor with 2 deprivations, other above', () => {
    expect(classify('rural', '2027-10-01', 2_200_000, 2)).toBe('near_poor');
    expect(classify('rural', '2027-10-01', 2_200_001, 2)).toBe('other');
  });
});

describe('transition since the previous year', () => {
  it.each([
    [null, 'poor', null],
    ['new_household', 'poor', 'newly_poor'],
    ['other', 'poor', 'newly_poor'],
    ['near_poor', 'poor', 'newly_poor'],
    ['poor', 'poor', 'still_poor'],
    ['poor', 'near_poor', 'escaped_poverty'],
    ['poor', 'other', 'escaped_poverty'],
    [null, 'near_poor', null],
    ['new_household', 'near_poor', 'newly_near_poor'],
    ['new_household', 'other', null],
    ['other', 'near_poor', 'newly_near_poor'],
    ['near_poor', 'near_poor', 'still_near_poor'],
    ['near_poor', 'other', 'escaped_near_poverty'],
    ['other', 'other', null],
    [null, 'other', null],
  ] as const)('from %s to %s is %s', (previous, current, expected) => {
    expect(transition(previous, current)).toBe(expected);
  });
});

describe('previous class for the transition', () => {
  it('is the previous review, else new for a household formed in the review year, else unknown', () => {
    expect(previousForTransition('near_poor', '2010-01-01', 2026)).toBe('near_poor');
    expect(previousForTransition(null, '2026-03-02', 2026)).toBe('new_household');
    expect(previousForTransition(null, '2025-12-31', 2026)).toBeNull();
  });
});

describe('povertyRates', () => {
  it('reproduces An Phú 2023: 2,354 poor and 3,092 near-poor of 41,504 households are 5.67 % and 7.45 %', () => {
    const r = povertyRates({ households: 41_504, poor: 2_354, nearPoor: 3_092 });
    expect(r).toMatchObject({ poorRate: 5.67, nearPoorRate: 7.45, previous: null, changePoorPp: null });
  });

  it('reports the change against the previous round in percentage points of the published rates', () => {
    const r = povertyRates({ households: 10, poor: 2, nearPoor: 3, previous: { households: 8, poor: 3, nearPoor: 1 } });
    expect(r.previous).toMatchObject({ poorRate: 37.5, nearPoorRate: 12.5 });
    expect(r).toMatchObject({ poorRate: 20, nearPoorRate: 30, changePoorPp: -17.5, changeNearPoorPp: 17.5 });
  });

  it('rounds half up to 2 decimals (1 of 3 = 33.33 %, 2 of 3 = 66.67 %, 1 of 8 = 12.5 %)', () => {
    expect(povertyRates({ households: 3, poor: 1, nearPoor: 2 })).toMatchObject({
      poorRate: 33.33,
      nearPoorRate: 66.67,
    });
    expect(povertyRates({ households: 80_000, poor: 1, nearPoor: 3 })).toMatchObject({ poorRate: 0, nearPoorRate: 0 });
    expect(povertyRates({ households: 8, poor: 1, nearPoor: 0 }).poorRate).toBe(12.5);
  });

  it('reports a change of 0 (not -0) when the rate did not move', () => {
    const r = povertyRates({ households: 3, poor: 1, nearPoor: 1, previous: { households: 6, poor: 2, nearPoor: 2 } });
    expect(r.changePoorPp).toBe(0);
  });

  it('gives no rate for a unit without households rather than dividing by zero', () => {
    expect(povertyRates({ households: 0, poor: 0, nearPoor: 0 })).toMatchObject({ poorRate: null, nearPoorRate: null });
  });
});
