export * from './case-source.ts';
