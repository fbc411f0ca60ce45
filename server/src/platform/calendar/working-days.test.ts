import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../reference-data.ts';
import {
  addWorkingDays,
  buildCalendar,
  type CalendarDay,
  CalendarNotCovered,
  isWorkingDay,
  workingDaysBetween,
  workingDaysUsed,
} from './working-days.ts';

// The calendar as shipped in server/data/calendar, without a database.
const days = readDataCsv('calendar/public-sector-days.csv').rows.map(
  (r) => ({ date: r.date, kind: r.kind, nameVi: r.name_vi, nameEn: r.name_en }) as CalendarDay,
);
const years = readDataCsv('calendar/years.csv').rows.map((r) => ({
  year: Number(r.year),
  status: r.status as 'published' | 'provisional',
  notice: r.notice ?? '',
}));
const calendar = buildCalendar(days, years);

describe('public-sector working days', () => {
  it('rests on Saturdays and Sundays and works Monday to Friday (QĐ 188/1999/QĐ-TTg)', () => {
    expect(isWorkingDay(calendar, '2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay(calendar, '2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay(calendar, '2026-11-29')).toBe(false); // Sunday
  });

  it('counts a make-up Saturday as a working day and its swapped weekday as a day off', () => {
    expect(isWorkingDay(calendar, '2026-01-10')).toBe(true);
    expect(isWorkingDay(calendar, '2026-01-02')).toBe(false);
    expect(isWorkingDay(calendar, '2024-05-04')).toBe(true);
    expect(isWorkingDay(calendar, '2024-04-29')).toBe(false);
  });

  it('gives a day in lieu when a holiday falls on a rest day (BLLĐ 2019 Art. 111(3))', () => {
    expect(isWorkingDay(calendar, '2026-04-27')).toBe(false); // Giỗ Tổ on Sunday 26/04/2026
    expect(isWorkingDay(calendar, '2023-09-04')).toBe(false); // Quốc khánh on Saturday 02/09/2023
  });

  it('runs a 7-working-day limit across Tết 2026 (14–22/02)', () => {
    // Received Thursday 12/02/2026: Fri 13/02 is day 1, Tết closes 14–22/02, Mon 23/02 … Thu 26/02 are days 2–5,
    // Fri 27/02 day 6, Mon 02/03 day 7.
    expect(addWorkingDays(calendar, '2026-02-12', 7)).toEqual({ date: '2026-03-02', provisional: false });
  });

  it('counts the make-up Saturday of 10/01/2026 inside a limit', () => {
    // Received Wed 31/12/2025: 01/01 holiday, 02/01 swapped off, Mon 05/01 … Fri 09/01 are days 1–5, Sat 10/01 day 6.
    expect(addWorkingDays(calendar, '2025-12-31', 6).date).toBe('2026-01-10');
  });

  it('does not count the day of receipt, and a limit of 0 ends that day', () => {
    expect(addWorkingDays(calendar, '2026-11-26', 1).date).toBe('2026-11-27');
    expect(addWorkingDays(calendar, '2026-11-26', 0).date).toBe('2026-11-26');
  });

  it('flags a due date that runs into a year whose notice is not published (2027)', () => {
    const due = addWorkingDays(calendar, '2026-12-28', 7);
    expect(due.provisional).toBe(true);
    expect(due.date).toBe('2027-01-07'); // 01/01/2027 is a holiday whatever the notice says
    expect(addWorkingDays(calendar, '2026-12-01', 5).provisional).toBe(false);
  });

  it('refuses to compute across a year the calendar does not cover', () => {
    expect(() => addWorkingDays(calendar, '2027-12-20', 30)).toThrow(CalendarNotCovered);
  });

  it('stops the clock between intervals: days used are the sum of the running intervals', () => {
    // Runs Mon 02/11 → Fri 06/11 (4 days after the start), stopped, runs again Mon 16/11 → Wed 18/11 (2 days).
    expect(
      workingDaysUsed(calendar, [
        { from: '2026-11-02', to: '2026-11-06' },
        { from: '2026-11-16', to: '2026-11-18' },
      ]),
    ).toBe(6);
    expect(workingDaysBetween(calendar, '2026-11-06', '2026-11-02')).toBe(0);
  });

  it('has 2026 with 249 working days: 261 weekdays, 14 weekdays off, 2 make-up Saturdays', () => {
    expect(workingDaysBetween(calendar, '2025-12-31', '2026-12-31')).toBe(249);
  });
});
