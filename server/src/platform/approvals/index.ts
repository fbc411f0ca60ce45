export * from './clock.ts';
export * from './declaration.ts';
export * from './machine.ts';
export * from './numbers.ts';
export * from './registry.ts';
