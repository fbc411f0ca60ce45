import { describe, expect, it } from 'vitest';
import {
  courseHalfMonths,
  quarterBefore,
  recovery,
  revenueDeclinePasses,
  revenueDeclineTenths,
  supportPerWorker,
} from './rules.ts';

describe('revenue decline (QĐ 23/2021 Art. 9(3), integer arithmetic)', () => {
  it('refuses 9,9 % and accepts 10,0 %', () => {
    expect(revenueDeclinePasses(1_000_000_000, 901_000_000, 10)).toBe(false);
    expect(revenueDeclineTenths(1_000_000_000, 901_000_000)).toBe(99);
    expect(revenueDeclinePasses(1_000_000_000, 900_000_000, 10)).toBe(true);
    expect(revenueDeclineTenths(1_000_000_000, 900_000_000)).toBe(100);
  });
  it('never shows 10,0 % for a decline just under it', () => {
    // 9,9999 %: refused, and shown 9,9 %.
    expect(revenueDeclinePasses(1_000_000, 900_001, 10)).toBe(false);
    expect(revenueDeclineTenths(1_000_000, 900_001)).toBe(99);
  });
  it('judges the quarter before the filing day', () => {
    expect(quarterBefore('2022-01-20')).toBe('2021-Q4');
    expect(quarterBefore('2021-08-02')).toBe('2021-Q2');
  });
});

describe('months of a course (QĐ 23/2021 Art. 10(1)–(2): odd days under 15 = ½ month, cap 6 months)', () => {
  it('counts 6 whole months exactly', () => {
    expect(courseHalfMonths('2022-01-01', '2022-06-30', 6)).toBe(12);
  });
  it('caps 6 months and 14 days at 6 months', () => {
    expect(courseHalfMonths('2022-01-01', '2022-07-14', 6)).toBe(12);
  });
  it('counts 14 odd days as half a month and 15 as a whole one', () => {
    expect(courseHalfMonths('2022-03-01', '2022-05-14', 6)).toBe(5);
    expect(courseHalfMonths('2022-03-01', '2022-05-15', 6)).toBe(6);
  });
  it('counts a month from the 31st to the end of the shorter month', () => {
    expect(courseHalfMonths('2022-01-31', '2022-02-27', 6)).toBe(2);
  });
});

describe('support per worker (cap × months, never above the actual cost)', () => {
  it('pays the cap times the months when the course costs more', () => {
    expect(supportPerWorker(1_500_000, 12, 10_000_000)).toBe(9_000_000);
  });
  it('pays the actual cost when it is below the cap times the months', () => {
    expect(supportPerWorker(1_500_000, 12, 8_000_000)).toBe(8_000_000);
  });
  it('pays half a month’s cap for half a month', () => {
    expect(supportPerWorker(1_000_000, 5, 9_000_000)).toBe(2_500_000);
  });
});

describe('recovery (Mẫu 02 item 5(b); QĐ 23/2021 Art. 12(6))', () => {
  it('recovers a worker’s whole amount when not completed or not kept, and the unspent funds, never twice', () => {
    const r = recovery({
      paid: 27_000_000,
      actualCost: 20_000_000,
      trainees: [
        { amount: 9_000_000, completed: true, kept: true },
        { amount: 9_000_000, completed: false, kept: true },
        { amount: 9_000_000, completed: true, kept: false },
      ],
    });
    expect(r.traineeRecovery).toBe(18_000_000);
    expect(r.unspentFunds).toBe(7_000_000);
    expect(r.totalRecovery).toBe(18_000_000);
  });
  it('recovers a not-kept worker’s whole amount, never counting the unspent funds on top of it', () => {
    // 3 × 4.500.000 paid, 12.000.000 spent; the third worker was not kept: the other two keep 9.000.000 ≤ spent.
    const r = recovery({
      paid: 13_500_000,
      actualCost: 12_000_000,
      trainees: [
        { amount: 4_500_000, completed: true, kept: true },
        { amount: 4_500_000, completed: true, kept: true },
        { amount: 4_500_000, completed: true, kept: false },
      ],
    });
    expect(r.traineeRecovery).toBe(4_500_000);
    expect(r.unspentFunds).toBe(1_500_000);
    expect(r.totalRecovery).toBe(4_500_000);
  });
  it('splits the total into the workers’ amounts and the unspent funds beyond them, which add up', () => {
    const r = recovery({
      paid: 27_000_000,
      actualCost: 16_000_000,
      trainees: [
        { amount: 9_000_000, completed: true, kept: true },
        { amount: 9_000_000, completed: true, kept: true },
        { amount: 9_000_000, completed: false, kept: null },
      ],
    });
    // The two who stayed keep 16.000.000 (what was spent), so 11.000.000 goes back: 9.000.000 for the third worker
    // and 2.000.000 of unspent funds beyond it.
    expect(r.totalRecovery).toBe(11_000_000);
    expect(r.perWorker.map((w) => w.amount)).toEqual([0, 0, 9_000_000]);
    expect(r.unspentRecovery).toBe(2_000_000);
  });
  it('recovers a worker’s amount only as far as it was paid (the 50 % advance of NĐ 28/2015 Art. 27)', () => {
    const r = recovery({
      paid: 9_000_000,
      actualCost: 6_000_000,
      trainees: [
        { amount: 9_000_000, completed: true, kept: true },
        { amount: 9_000_000, completed: true, kept: false },
      ],
    });
    // Paid 9.000.000 of 18.000.000; the kept worker's 9.000.000 is capped at the 6.000.000 spent: 3.000.000 back.
    expect(r.totalRecovery).toBe(3_000_000);
    expect(r.perWorker[1]).toEqual({ amount: 3_000_000, reason: 'not_kept' });
    expect(r.traineeRecovery + r.unspentRecovery).toBe(r.totalRecovery);
  });
  it('recovers nothing when everyone completed, was kept and the money was spent', () => {
    const r = recovery({
      paid: 9_000_000,
      actualCost: 9_500_000,
      trainees: [{ amount: 9_000_000, completed: true, kept: true }],
    });
    expect(r.totalRecovery).toBe(0);
  });
});
