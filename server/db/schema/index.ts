export * from './audit.ts';
export * from './auth.ts';
export * from './geo.ts';
export * from './households.ts';
export * from './reference.ts';
export * from './security.ts';
export * from './workers.ts';
