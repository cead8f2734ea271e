export * from './credit-code.ts';
export * from './resident-id.ts';
