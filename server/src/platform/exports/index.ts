export * from './tabular.ts';
