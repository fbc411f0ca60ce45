import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CalendarDayInput, CalendarYearInput, CalendarYearView, DueDate, DueDateQuery, IsoDate } from '@lmis/contracts';
import Type from 'typebox';
import {
  type CalendarDeps,
  clearCalendarDay,
  computeDueDate,
  getCalendarYear,
  setCalendarDay,
  setCalendarYear,
} from './calendar.service.ts';

const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
const DateParams = Type.Object({ date: IsoDate });

export const calendarRoutes: FastifyPluginAsyncTypebox<CalendarDeps> = async (app, deps) => {
  app.get(
    '/api/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Lịch ngày nghỉ lễ, nghỉ bù và thứ Bảy làm bù của một năm',
        params: YearParams,
        response: { 200: CalendarYearView },
      },
    },
    (request) => getCalendarYear({ ctx: request.ctx, year: request.params.year }, deps),
  );
  app.get(
    '/api/calendar/due-date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Ngày hết hạn của một thời hạn tính bằng ngày làm việc',
        querystring: DueDateQuery,
        response: { 200: DueDate },
      },
    },
    (request) => computeDueDate({ ctx: request.ctx, ...request.query }, deps),
  );
  app.put(
    '/api/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Quản trị: sửa một ngày của lịch (ưu tiên hơn dữ liệu gốc)',
        params: DateParams,
        body: CalendarDayInput,
        response: { 200: CalendarYearView },
      },
    },
    (request) => setCalendarDay({ ctx: request.ctx, date: request.params.date, body: request.body }, deps),
  );
  app.delete(
    '/api/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Quản trị: bỏ sửa đổi của một ngày, trở lại theo dữ liệu gốc',
        params: DateParams,
        response: { 200: CalendarYearView },
      },
    },
    (request) => clearCalendarDay({ ctx: request.ctx, date: request.params.date }, deps),
  );
  app.put(
    '/api/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Quản trị: xác nhận lịch nghỉ của năm đã có thông báo chính thức',
        params: YearParams,
        body: CalendarYearInput,
        response: { 200: CalendarYearView },
      },
    },
    (request) => setCalendarYear({ ctx: request.ctx, year: request.params.year, body: request.body }, deps),
  );
};
