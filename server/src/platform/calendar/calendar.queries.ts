import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { calendarDay, calendarYear } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../db/index.ts';
import type { CalendarDay, CalendarYear, WorkingCalendar } from './working-days.ts';
import { buildCalendar } from './working-days.ts';

export type CalendarDayRow = typeof calendarDay.$inferSelect;
export type CalendarYearRow = typeof calendarYear.$inferSelect;

/** Every exception row of the years from..to, data and admin alike (the admin row wins in `effectiveDays`). */
export function selectDays(db: DbOrTx, fromYear: number, toYear: number): Promise<CalendarDayRow[]> {
  return db
    .select()
    .from(calendarDay)
    .where(and(gte(calendarDay.day, `${fromYear}-01-01`), lte(calendarDay.day, `${toYear}-12-31`)))
    .orderBy(calendarDay.day);
}

export function selectYears(db: DbOrTx): Promise<CalendarYearRow[]> {
  return db.select().from(calendarYear).orderBy(calendarYear.year);
}

/** One row per day: an administrator's row replaces the data row of the same day. */
export function effectiveDays(rows: readonly CalendarDayRow[]): CalendarDayRow[] {
  const byDay = new Map<string, CalendarDayRow>();
  for (const row of rows) if (row.origin === 'data' || !byDay.has(row.day)) byDay.set(row.day, row);
  for (const row of rows) if (row.origin === 'admin') byDay.set(row.day, row);
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The working calendar of the whole table (a few hundred rows), ready for working-day arithmetic. */
export async function loadWorkingCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([db.select().from(calendarDay).orderBy(calendarDay.day), selectYears(db)]);
  const exceptions: CalendarDay[] = effectiveDays(days)
    .filter((d) => d.kind !== 'normal')
    .map((d) => ({ date: d.day, kind: d.kind as CalendarDay['kind'], nameVi: d.nameVi, nameEn: d.nameEn }));
  const covered: CalendarYear[] = years.map((y) => ({ year: y.year, status: y.status, notice: y.notice }));
  return buildCalendar(exceptions, covered);
}

export async function upsertAdminDay(
  db: DbOrTx,
  row: Omit<CalendarDayRow, 'origin' | 'updatedAt' | 'source' | 'grade'> & { updatedBy: number },
): Promise<void> {
  const values = { ...row, origin: 'admin' as const, source: 'Quản trị hệ thống', grade: 'A' as const };
  await db
    .insert(calendarDay)
    .values(values)
    .onConflictDoUpdate({
      target: [calendarDay.day, calendarDay.origin],
      set: { ...values, updatedAt: sql`now()` },
    });
}

export async function deleteAdminDay(db: DbOrTx, day: string): Promise<CalendarDayRow | undefined> {
  const [row] = await db
    .delete(calendarDay)
    .where(and(eq(calendarDay.day, day), eq(calendarDay.origin, 'admin')))
    .returning();
  return row;
}

export async function updateYear(
  db: DbOrTx,
  year: number,
  set: { status: 'published' | 'provisional'; notice: string; confirmedBy: number },
): Promise<CalendarYearRow | undefined> {
  const [row] = await db
    .update(calendarYear)
    .set({ ...set, confirmedAt: sql`now()` })
    .where(eq(calendarYear.year, year))
    .returning();
  return row;
}
