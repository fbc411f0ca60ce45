import type { CalendarDayInputT, CalendarYearInputT, CalendarYearViewT } from '@lmis/contracts';
import { writeAudit } from '../audit.ts';
import { type RequestContext, requireActor } from '../auth/actor.ts';
import type { Db } from '../db/index.ts';
import { AppError, notFound } from '../errors.ts';
import { authorize } from '../policy/index.ts';
import { calendarResource } from './calendar.policy.ts';
import {
  deleteAdminDay,
  effectiveDays,
  loadWorkingCalendar,
  selectDays,
  selectYears,
  updateYear,
  upsertAdminDay,
} from './calendar.queries.ts';
import { addWorkingDays, CalendarNotCovered, workingDaysBetween } from './working-days.ts';

export interface CalendarDeps {
  db: Db;
}

const notCovered = (year: number) =>
  new AppError('BAD_REQUEST', {
    vi: `Lịch ngày làm việc năm ${year} chưa có trong hệ thống; quản trị viên cần bổ sung`,
    en: `The working calendar of ${year} is not in the system yet; an administrator must add it`,
  });

function requireManager(ctx: RequestContext) {
  const actor = requireActor(ctx);
  authorize(actor, 'manage', calendarResource);
  return actor;
}

/** A year's holidays, days off and make-up Saturdays, with whether its notice is published. */
export async function getCalendarYear(input: { ctx: RequestContext; year: number }, deps: CalendarDeps) {
  authorize(requireActor(input.ctx), 'read', calendarResource);
  const [rows, years] = await Promise.all([selectDays(deps.db, input.year, input.year), selectYears(deps.db)]);
  const year = years.find((y) => y.year === input.year);
  if (!year) throw notFound({ vi: `Chưa có lịch năm ${input.year}`, en: `No calendar for ${input.year}` });
  const calendar = await loadWorkingCalendar(deps.db);
  const view: CalendarYearViewT = {
    year: year.year,
    status: year.status,
    notice: year.notice,
    grade: year.grade,
    days: effectiveDays(rows).map((d) => ({
      date: d.day,
      kind: d.kind,
      nameVi: d.nameVi,
      nameEn: d.nameEn,
      legalBasis: d.legalBasis,
      source: d.source,
      grade: d.grade,
      origin: d.origin,
    })),
    workingDays: workingDaysBetween(calendar, `${input.year - 1}-12-31`, `${input.year}-12-31`),
  };
  return view;
}

/** The end of a time limit of n working days counted from the day after `start`. */
export async function computeDueDate(
  input: { ctx: RequestContext; start: string; workingDays: number },
  deps: CalendarDeps,
) {
  authorize(requireActor(input.ctx), 'read', calendarResource);
  const calendar = await loadWorkingCalendar(deps.db);
  try {
    const due = addWorkingDays(calendar, input.start, input.workingDays);
    return { start: input.start, workingDays: input.workingDays, due: due.date, provisional: due.provisional };
  } catch (error) {
    if (error instanceof CalendarNotCovered) throw notCovered(error.year);
    throw error;
  }
}

/** A system administrator's correction of one day; it wins over the data file and survives reloads. */
export async function setCalendarDay(
  input: { ctx: RequestContext; date: string; body: CalendarDayInputT },
  deps: CalendarDeps,
) {
  const actor = requireManager(input.ctx);
  const year = Number(input.date.slice(0, 4));
  const years = await selectYears(deps.db);
  if (!years.some((y) => y.year === year)) throw notCovered(year);
  await deps.db.transaction(async (tx) => {
    const [before] = (await selectDays(tx, year, year)).filter((d) => d.day === input.date && d.origin === 'admin');
    await upsertAdminDay(tx, { day: input.date, ...input.body, updatedBy: actor.id });
    await writeAudit(tx, input.ctx, {
      action: before ? 'update' : 'create',
      entityType: 'calendar_day',
      entityId: input.date,
      before: before ? { kind: before.kind, nameVi: before.nameVi, legalBasis: before.legalBasis } : null,
      after: { kind: input.body.kind, nameVi: input.body.nameVi, legalBasis: input.body.legalBasis },
    });
  });
  return getCalendarYear({ ctx: input.ctx, year }, deps);
}

/** Removes an administrator's correction, so the day is as the data file says again. */
export async function clearCalendarDay(input: { ctx: RequestContext; date: string }, deps: CalendarDeps) {
  requireManager(input.ctx);
  const removed = await deps.db.transaction(async (tx) => {
    const row = await deleteAdminDay(tx, input.date);
    if (row)
      await writeAudit(tx, input.ctx, {
        action: 'delete',
        entityType: 'calendar_day',
        entityId: input.date,
        before: { kind: row.kind, nameVi: row.nameVi, legalBasis: row.legalBasis },
      });
    return row;
  });
  if (!removed) throw notFound();
  return getCalendarYear({ ctx: input.ctx, year: Number(input.date.slice(0, 4)) }, deps);
}

/** Marks a year's schedule published (its notice came out) or provisional. */
export async function setCalendarYear(
  input: { ctx: RequestContext; year: number; body: CalendarYearInputT },
  deps: CalendarDeps,
) {
  const actor = requireManager(input.ctx);
  await deps.db.transaction(async (tx) => {
    const [before] = (await selectYears(tx)).filter((y) => y.year === input.year);
    if (!before) throw notFound();
    await updateYear(tx, input.year, { ...input.body, confirmedBy: actor.id });
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'calendar_year',
      entityId: input.year,
      before: { status: before.status, notice: before.notice },
      after: input.body,
    });
  });
  return getCalendarYear({ ctx: input.ctx, year: input.year }, deps);
}
