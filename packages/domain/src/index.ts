export * from './errors/domain-error.ts';
export * from './calendar/index.ts';
export * from './identity/index.ts';
export * from './access/index.ts';
export * from './officers/eligibility.ts';
export * from './cases/index.ts';
export * from './law/index.ts';
