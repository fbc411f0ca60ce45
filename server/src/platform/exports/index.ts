export * from './fields.ts';
export * from './tabular.ts';
