import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLang } from '../../kit/format.ts';
import {
  daysLeftState,
  draftApplication,
  draftValuesOf,
  moneyInput,
  moneyParse,
  monthsText,
  quarterBefore,
  quarterLabel,
  quarterOptions,
  queueRows,
  revenueDeclinePct,
} from './logic.ts';

afterEach(() => setFormatLang('vi'));

describe('the live revenue decline (QĐ 23/2021/QĐ-TTg Art. 9(3))', () => {
  it('is exactly 10 for a tenth less than the base quarter', () => {
    expect(revenueDeclinePct(900_000_000, 1_000_000_000)).toBe(10);
  });
  it('never rounds 9,96 % up to the 10 % threshold', () => {
    expect(revenueDeclinePct(900_400_000, 1_000_000_000)).toBe(9.9);
  });
  it('is negative when revenue grew', () => {
    expect(revenueDeclinePct(1_100_000_000, 1_000_000_000)).toBe(-10);
  });
  it('is absent while a figure is missing or the base is not positive', () => {
    expect(revenueDeclinePct(null, 1_000)).toBeNull();
    expect(revenueDeclinePct(1_000, undefined)).toBeNull();
    expect(revenueDeclinePct(1_000, 0)).toBeNull();
  });
});

describe('quarters', () => {
  it('takes the quarter before the filing date, across the new year', () => {
    expect(quarterBefore('2021-07-15')).toBe('2021-Q2');
    expect(quarterBefore('2022-02-01')).toBe('2021-Q4');
  });
  it('names a quarter the Vietnamese way and the English way', () => {
    expect(quarterLabel('2021-Q2', 'vi')).toBe('Quý II/2021');
    expect(quarterLabel('2021-Q2', 'en')).toBe('Q2 2021');
  });
  it('offers the quarters before today, most recent first', () => {
    expect(quarterOptions('2021-07-15', 3)).toEqual(['2021-Q2', '2021-Q1', '2020-Q4']);
  });
});

describe('months of support (in halves, QĐ 23/2021/QĐ-TTg Art. 10)', () => {
  it('writes a half month with the decimal comma in Vietnamese', () => {
    expect(monthsText(2.5, 'vi')).toBe('2,5 tháng');
  });
  it('writes the English decimal point and plural', () => {
    setFormatLang('en');
    expect(monthsText(2.5, 'en')).toBe('2.5 months');
    expect(monthsText(1, 'en')).toBe('1 month');
  });
});

describe('days left on a step', () => {
  it('is late below zero, due today at zero', () => {
    expect(daysLeftState(-1)).toBe('late');
    expect(daysLeftState(0)).toBe('today');
    expect(daysLeftState(3)).toBe('left');
    expect(daysLeftState(null)).toBe('none');
  });
});

describe('the draft application', () => {
  const complete = {
    employerId: 7,
    uiMonths: 24,
    confirmationNo: ' 125/BHXH ',
    confirmationDate: '2026-10-01',
    structureChange: 'Chuyển sang dây chuyền may tự động',
    selfTraining: true,
    trades: ['May công nghiệp, sơ cấp', ' '],
    startDate: '2026-12-01',
    endDate: '2027-02-15',
    costPerWorker: 4_500_000,
  };
  it('is built once every part the assessment needs is there, trimmed, with the employer training itself', () => {
    const d = draftApplication(complete, [{ personId: '001' }], false);
    expect(d?.revenue).toBeNull();
    expect(d?.plan.institutionId).toBeNull();
    expect(d?.plan.trades).toEqual(['May công nghiệp, sơ cấp']);
    expect(d?.uiContribution.confirmationNo).toBe('125/BHXH');
  });
  it('is not built without trainees', () => {
    expect(draftApplication(complete, [], false)).toBeNull();
  });
  it('needs the revenue figures under the Covid-19 scheme only', () => {
    expect(draftApplication(complete, [{}], true)).toBeNull();
    const covid = draftApplication(
      { ...complete, quarter: '2021-Q2', revenueAmount: 900, baseYear: 2019, baseAmount: 1000 },
      [{}],
      true,
    );
    expect(covid?.revenue).toEqual({ quarter: '2021-Q2', amount: 900, baseYear: 2019, baseAmount: 1000 });
  });
  it('needs an institution unless the employer trains itself', () => {
    expect(draftApplication({ ...complete, selfTraining: false }, [{}], false)).toBeNull();
    expect(
      draftApplication({ ...complete, selfTraining: false, institutionId: 3 }, [{}], false)?.plan.institutionId,
    ).toBe(3);
  });
});

describe('amounts typed in đồng', () => {
  it('groups thousands with dots and reads them back', () => {
    expect(moneyInput(4_500_000)).toBe('4.500.000');
    expect(moneyParse('4.500.000 đ')).toBe(4_500_000);
    expect(moneyInput(undefined)).toBe('');
  });
});

describe('queueRows', () => {
  const rows = [
    { id: 1, typeCode: 'training_support_ui', status: 'in_progress' },
    { id: 2, typeCode: 'training_support_covid', status: 'in_progress' },
    { id: 3, typeCode: 'training_support_ui', status: 'awaiting_additions' },
  ];
  it('keeps the rows of the chosen type and status, all rows without a filter', () => {
    expect(queueRows(rows, {}).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(queueRows(rows, { typeCode: 'training_support_ui' }).map((r) => r.id)).toEqual([1, 3]);
    expect(queueRows(rows, { typeCode: 'training_support_ui', status: 'awaiting_additions' }).map((r) => r.id)).toEqual(
      [3],
    );
  });
});

describe('draftValuesOf', () => {
  it('reopens a saved draft with the same content it was saved with', () => {
    const values = {
      employerId: 7,
      quarter: '2021-Q4',
      revenueAmount: 800_000_000,
      baseYear: 2019 as const,
      baseAmount: 1_000_000_000,
      uiMonths: 36,
      confirmationNo: '125/BHXH-QLT',
      confirmationDate: '2022-01-10',
      structureChange: 'Dây chuyền may tự động',
      selfTraining: false,
      institutionId: 4,
      trades: ['May công nghiệp'],
      startDate: '2022-03-01',
      endDate: '2022-05-31',
      costPerWorker: 6_000_000,
    };
    const trainees = [{ personId: '020190001122' }];
    const saved = draftApplication(values, trainees, true) as Record<string, unknown>;
    const reopened = draftValuesOf(saved);
    expect(reopened.values).toEqual(values);
    expect(draftApplication(reopened.values, reopened.trainees, true)).toEqual(saved);
  });
});
