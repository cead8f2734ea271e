import { type PasswordPolicy, passwordExpired } from '@sanxiang/domain';

/** First login with a one-time password, or a password older than the policy allows. */
export const passwordChangeRequired = (
  a: { mustChangePassword: boolean; passwordChangedAt: Date; isDemo: boolean },
  now: Date,
  policy: PasswordPolicy,
): boolean => a.mustChangePassword || (!a.isDemo && passwordExpired(a.passwordChangedAt, now, policy));
