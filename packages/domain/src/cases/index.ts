export * from './case-source.ts';
export * from './filing.ts';
export * from './case-actions.ts';
