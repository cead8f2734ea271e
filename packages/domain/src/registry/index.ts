export * from './agency-rules.ts';
export * from './certificate-status.ts';
export * from './fields.ts';
