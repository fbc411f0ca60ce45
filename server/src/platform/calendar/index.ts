export { loadCalendar } from './calendar.loader.ts';
export { calendarResource } from './calendar.policy.ts';
export { loadWorkingCalendar } from './calendar.queries.ts';
export { calendarRoutes } from './calendar.routes.ts';
export * from './working-days.ts';
