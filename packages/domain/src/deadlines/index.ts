export * from './deadline-rules.ts';
export * from './late-fee.ts';
export * from './limitation.ts';
