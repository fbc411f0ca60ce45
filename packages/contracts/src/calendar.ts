import Type, { type Static } from 'typebox';
import { IsoDate } from './common.ts';

export const CalendarDayKind = Type.Union(
  [Type.Literal('holiday'), Type.Literal('day_off'), Type.Literal('working_saturday'), Type.Literal('normal')],
  {
    description:
      'holiday: ngày lễ, Tết; day_off: nghỉ bù, nghỉ hoán đổi; working_saturday: thứ Bảy làm bù; normal: hủy một ngoại lệ',
  },
);

export const CalendarDay = Type.Object({
  date: IsoDate,
  kind: CalendarDayKind,
  nameVi: Type.String(),
  nameEn: Type.String(),
  legalBasis: Type.String(),
  source: Type.String(),
  grade: Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C')]),
  origin: Type.Union([Type.Literal('data'), Type.Literal('admin')]),
});

export const CalendarYearView = Type.Object({
  year: Type.Integer(),
  status: Type.Union([Type.Literal('published'), Type.Literal('provisional'), Type.Literal('missing')]),
  notice: Type.String(),
  grade: Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C')]),
  days: Type.Array(CalendarDay),
  workingDays: Type.Integer({ description: 'Số ngày làm việc trong năm' }),
});

export const CalendarDayInput = Type.Object({
  kind: CalendarDayKind,
  nameVi: Type.String({ minLength: 1, maxLength: 200 }),
  nameEn: Type.String({ minLength: 1, maxLength: 200 }),
  legalBasis: Type.String({ minLength: 1, maxLength: 300, description: 'Văn bản quyết định ngày này' }),
});

export const CalendarYearInput = Type.Object({
  status: Type.Union([Type.Literal('published'), Type.Literal('provisional')]),
  notice: Type.String({ minLength: 1, maxLength: 500 }),
});

export const DueDateQuery = Type.Object({
  start: IsoDate,
  workingDays: Type.Integer({ minimum: 0, maximum: 366 }),
});

export const DueDate = Type.Object({
  start: IsoDate,
  workingDays: Type.Integer(),
  due: IsoDate,
  provisional: Type.Boolean({ description: 'Hạn rơi vào năm chưa có thông báo lịch nghỉ chính thức' }),
});

export type CalendarDayT = Static<typeof CalendarDay>;
export type CalendarYearViewT = Static<typeof CalendarYearView>;
export type CalendarDayInputT = Static<typeof CalendarDayInput>;
export type CalendarYearInputT = Static<typeof CalendarYearInput>;
