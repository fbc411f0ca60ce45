/**
 * Working days of the public sector, for statutory time limits ("… ngày làm việc"). Saturdays and Sundays are rest
 * days (the 40-hour week of the public sector, QĐ 188/1999/QĐ-TTg Art. 1), public holidays are
 * fixed by BLLĐ 2019 Art. 112, a holiday on a rest day is made up on the next working day (Art. 111(3)), and the
 * Government's yearly notices add swapped days off and make-up working Saturdays. None of this is computed from
 * rules here: every exception is a dated row of the calendar (server/data/calendar), because the swaps change
 * every year and only the notice decides them.
 */

export type CalendarDayKind = 'holiday' | 'day_off' | 'working_saturday';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  nameVi: string;
  nameEn: string;
}

export interface CalendarYear {
  year: number;
  status: 'published' | 'provisional';
  notice: string;
}

/** The exceptions of a period and the years they cover; a date outside every listed year is unknown. */
export interface WorkingCalendar {
  days: ReadonlyMap<string, CalendarDay>;
  years: ReadonlyMap<number, CalendarYear>;
}

export function buildCalendar(days: readonly CalendarDay[], years: readonly CalendarYear[]): WorkingCalendar {
  return {
    days: new Map(days.map((d) => [d.date, d])),
    years: new Map(years.map((y) => [y.year, y])),
  };
}

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);
export const nextDay = (iso: string) => toIso(toTime(iso) + DAY_MS);

export class CalendarNotCovered extends Error {
  constructor(readonly year: number) {
    super(`Lịch ngày làm việc năm ${year} chưa có trong hệ thống`);
  }
}

function assertCovered(calendar: WorkingCalendar, iso: string) {
  const year = Number(iso.slice(0, 4));
  if (!calendar.years.has(year)) throw new CalendarNotCovered(year);
}

export function isWorkingDay(calendar: WorkingCalendar, iso: string): boolean {
  assertCovered(calendar, iso);
  const exception = calendar.days.get(iso);
  if (exception) return exception.kind === 'working_saturday';
  const weekday = new Date(toTime(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date on which a time limit of `n` working days ends, counting from the working day after `start` (the day of
 * receipt is not counted: Bộ luật Dân sự 2015 Art. 147(1), a period counted in days starts on the next day).
 * `provisional` says whether any day counted falls in a year whose calendar is not yet published.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  start: string,
  n: number,
): { date: string; provisional: boolean } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let date = start;
  let provisional = calendar.years.get(Number(start.slice(0, 4)))?.status === 'provisional';
  for (let counted = 0; counted < n; ) {
    date = nextDay(date);
    if (isWorkingDay(calendar, date)) counted += 1;
    if (calendar.years.get(Number(date.slice(0, 4)))?.status === 'provisional') provisional = true;
  }
  return { date, provisional };
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let date = nextDay(from); date <= to; date = nextDay(date)) if (isWorkingDay(calendar, date)) count += 1;
  return count;
}

/**
 * Working days used by a clock that stops and restarts (e.g. a dossier's time limit stops while the applicant
 * supplements it): the sum over the running intervals, each counted from the day after it started.
 */
export function workingDaysUsed(calendar: WorkingCalendar, intervals: readonly { from: string; to: string }[]): number {
  return intervals.reduce((sum, i) => sum + workingDaysBetween(calendar, i.from, i.to), 0);
}
