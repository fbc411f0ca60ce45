export * from './audit.ts';
export * from './auth.ts';
export * from './calendar.ts';
export * from './geo.ts';
export * from './households.ts';
export * from './people.ts';
export * from './reference.ts';
export * from './workers.ts';
