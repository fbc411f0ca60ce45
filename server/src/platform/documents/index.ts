export * from './official-document.ts';
