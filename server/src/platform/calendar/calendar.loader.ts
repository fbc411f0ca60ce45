import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { calendarDay, calendarYear, referenceDataset } from '../../../db/schema/index.ts';
import type { Db } from '../db/index.ts';
import { readDataCsv } from '../reference-data.ts';

const DAY_FILE = 'calendar/public-sector-days.csv';
const YEAR_FILE = 'calendar/years.csv';
const DAY_KINDS = new Set(['holiday', 'day_off', 'working_saturday']);
const GRADES = new Set(['A', 'B', 'C']);

/**
 * Loads the public-sector calendar (server/data/calendar) when its files changed. Data rows are replaced; an
 * administrator's rows and a year an administrator confirmed are kept, so a reload never undoes a correction.
 */
export async function loadCalendar(db: Db): Promise<{ loaded: boolean; days: number; years: number }> {
  const days = readDataCsv(DAY_FILE);
  const years = readDataCsv(YEAR_FILE);
  const checksum = createHash('sha256').update(`${days.checksum},${years.checksum}`).digest('hex');
  const [current] = await db.select().from(referenceDataset).where(eq(referenceDataset.name, 'calendar'));
  if (current?.checksum === checksum) return { loaded: false, days: days.rows.length, years: years.rows.length };

  const dayRows = days.rows.map((r, i) => {
    const kind = r.kind ?? '';
    const grade = r.grade ?? '';
    if (!r.date || !/^\d{4}-\d{2}-\d{2}$/.test(r.date) || !DAY_KINDS.has(kind) || !GRADES.has(grade))
      throw new Error(`${DAY_FILE}: dòng ${i + 2} không hợp lệ`);
    return {
      day: r.date,
      origin: 'data' as const,
      kind: kind as 'holiday' | 'day_off' | 'working_saturday',
      nameVi: r.name_vi ?? '',
      nameEn: r.name_en ?? '',
      legalBasis: r.legal_basis ?? '',
      source: r.source ?? '',
      grade: grade as 'A' | 'B' | 'C',
    };
  });
  const yearRows = years.rows.map((r) => ({
    year: Number(r.year),
    status: r.status === 'published' ? ('published' as const) : ('provisional' as const),
    notice: r.notice ?? '',
    grade: (r.grade ?? 'C') as 'A' | 'B' | 'C',
  }));

  await db.transaction(async (tx) => {
    await tx.delete(calendarDay).where(eq(calendarDay.origin, 'data'));
    await tx.insert(calendarDay).values(dayRows);
    for (const y of yearRows)
      await tx
        .insert(calendarYear)
        .values(y)
        .onConflictDoUpdate({
          target: calendarYear.year,
          set: { status: y.status, notice: y.notice, grade: y.grade },
          // A year an administrator confirmed stays as they set it.
          setWhere: sql`${calendarYear.confirmedBy} is null`,
        });
    await tx
      .insert(referenceDataset)
      .values({ name: 'calendar', checksum, rowCount: dayRows.length })
      .onConflictDoUpdate({
        target: referenceDataset.name,
        set: { checksum, rowCount: dayRows.length, loadedAt: sql`now()` },
      });
  });
  return { loaded: true, days: dayRows.length, years: yearRows.length };
}
