export * from './roles.ts';
export * from './permissions.ts';
export * from './password-policy.ts';
export * from './masking.ts';
