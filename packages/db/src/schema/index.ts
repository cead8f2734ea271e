export * from './org.ts';
export * from './calendar.ts';
export * from './people.ts';
export * from './access.ts';
export * from './ledger.ts';
export * from './cases.ts';
export * from './laws.ts';
