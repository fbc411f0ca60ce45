import {
  addWorkingDays,
  nextDay,
  type WorkingCalendar,
  workingDaysBetween,
  workingDaysUsed,
} from '../calendar/index.ts';
import type { StepDeclT } from './declaration.ts';

/**
 * Step clocks. A step's time limit counts from the day after its start (BLDS 2015 Art. 147(1); working days from
 * the dated calendar, `platform/calendar`). A request for additions stops the clock; what resubmission does is
 * declared per type version (`clockOnAdditions`):
 * - `restart` (the training-support types): the limit runs again in full from the day the complete dossier is
 *   received — QĐ 23/2021/QĐ-TTg Art. 12(3) "trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ", and the one-stop
 *   rule that an incomplete dossier is returned with a single written request for additions and the time limit
 *   counts from receipt of the complete dossier (NĐ 61/2018/NĐ-CP Art. 19, as amended by NĐ 107/2021/NĐ-CP);
 * - `resume`: the days already used still count, and the limit continues with the days left.
 * Days used are always shown over every running interval; only `counted` intervals count against the limit.
 */
export interface ClockInterval {
  from: string;
  to: string | null;
  counted: boolean;
}

type Limit = NonNullable<StepDeclT['limit']>;

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);
export const addCalendarDays = (iso: string, n: number) => toIso(toTime(iso) + n * DAY_MS);
const calendarDaysBetween = (from: string, to: string) => Math.max(0, Math.round((toTime(to) - toTime(from)) / DAY_MS));

/** The due date of `days` of the limit's unit counted from the day after `start`. */
export function dueAfter(calendar: WorkingCalendar, limit: Limit, start: string, days = limit.days) {
  if (limit.unit === 'calendar') return { date: addCalendarDays(start, days), provisional: false };
  return addWorkingDays(calendar, start, days);
}

/** Days of the limit's unit used by the running intervals (open intervals run to `today`). */
export function daysUsed(
  calendar: WorkingCalendar,
  limit: Limit | null,
  intervals: readonly ClockInterval[],
  today: string,
  opts: { countedOnly?: boolean } = {},
): number {
  const spans = intervals
    .filter((i) => !opts.countedOnly || i.counted)
    .map((i) => ({ from: i.from, to: i.to ?? today }));
  if (limit?.unit === 'calendar') return spans.reduce((sum, s) => sum + calendarDaysBetween(s.from, s.to), 0);
  return workingDaysUsed(calendar, spans);
}

/** Days left until the due date (negative once past it), in the limit's unit. */
export function daysLeft(calendar: WorkingCalendar, limit: Limit, dueOn: string, today: string): number {
  if (limit.unit === 'calendar') return Math.round((toTime(dueOn) - toTime(today)) / DAY_MS);
  return dueOn >= today ? workingDaysBetween(calendar, today, dueOn) : -workingDaysBetween(calendar, dueOn, today);
}

/** Intervals after a stop (request for additions) on `on`. */
export function pauseClock(intervals: readonly ClockInterval[], on: string): ClockInterval[] {
  return intervals.map((i) => (i.to === null ? { ...i, to: on } : i));
}

/**
 * Intervals and the new due date after resubmission on `on`: `restart` stops counting the earlier intervals and
 * gives the full limit again; `resume` gives the days left.
 */
export function resumeClock(
  calendar: WorkingCalendar,
  limit: Limit | null,
  intervals: readonly ClockInterval[],
  on: string,
  rule: 'restart' | 'resume',
): { intervals: ClockInterval[]; due: { date: string; provisional: boolean } | null } {
  const kept = rule === 'restart' ? intervals.map((i) => ({ ...i, counted: false })) : [...intervals];
  const next = [...kept, { from: on, to: null, counted: true }];
  if (!limit) return { intervals: next, due: null };
  const used = rule === 'restart' ? 0 : daysUsed(calendar, limit, intervals, on, { countedOnly: true });
  return { intervals: next, due: dueAfter(calendar, limit, on, Math.max(0, limit.days - used)) };
}

/** The start a step's limit counts from: its own start, an earlier step's start, or a date of the application. */
export function limitStart(
  limit: Limit,
  ownStart: string,
  opts: { stepStarts: ReadonlyMap<string, string>; payload: Record<string, unknown> },
): string {
  const from = limit.from;
  if (!from) return ownStart;
  if (from.startsWith('payload:')) {
    // A dotted path reads a nested date of the application (payload:plan.endDate).
    const value = from
      .slice('payload:'.length)
      .split('.')
      .reduce<unknown>(
        (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
        opts.payload,
      );
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ownStart;
  }
  return opts.stepStarts.get(from) ?? ownStart;
}

export { nextDay };
