export * from './common.ts';
export * from './system/health.ts';
export * from './calendar/day.ts';
export * from './validation/identity.ts';
export * from './auth/session.ts';
export * from './admin/accounts.ts';
export * from './audit/audit.ts';
export * from './ledger/ledger.ts';
