/** 等保 2.0 三级 身份鉴别: complexity and periodic change; the numbers are settings, these are defaults. */
export type PasswordPolicy = {
  minLength: number;
  minClasses: number; // of: lower case, upper case, digits, symbols
  maxAgeDays: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
};

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  minClasses: 3,
  maxAgeDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
};

export const characterClasses = (password: string): number =>
  [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;

export const checkPasswordStrength = (
  password: string,
  policy: PasswordPolicy,
  username?: string,
): { ok: true } | { ok: false; reason: string } => {
  if (password.length < policy.minLength) return { ok: false, reason: `密码至少${policy.minLength}位` };
  if (password.length > 128) return { ok: false, reason: '密码不能超过128位' };
  if (characterClasses(password) < policy.minClasses) {
    return { ok: false, reason: `密码须包含小写字母、大写字母、数字、符号中的至少${policy.minClasses}类` };
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) return { ok: false, reason: '密码不能包含用户名' };
  return { ok: true };
};

export const passwordExpired = (changedAt: Date, now: Date, policy: PasswordPolicy): boolean =>
  policy.maxAgeDays > 0 && now.getTime() - changedAt.getTime() > policy.maxAgeDays * 86_400_000;

/**
 * Usernames are compared after NFKC and case folding, so full-width `ＡＤＭＩＮ` and `admin` are the same
 * name and cannot both exist. Only letters, digits, dot, underscore and hyphen remain allowed after that.
 */
export const normalizeUsername = (input: string): string => input.normalize('NFKC').trim().toLowerCase();
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,47}$/;

export type LockState = { failedLogins: number; lockedUntil: Date | null };

export const isLocked = (state: LockState, now: Date): boolean => Boolean(state.lockedUntil && state.lockedUntil > now);

/** After a wrong password: count it and lock when the threshold is reached. */
export const afterFailedLogin = (state: LockState, now: Date, policy: PasswordPolicy): LockState => {
  const failedLogins = state.failedLogins + 1;
  if (failedLogins >= policy.lockoutThreshold) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedLogins, lockedUntil: state.lockedUntil };
};

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/** A session ends after `idleTimeoutMinutes` without a request, and after `absoluteLifetimeHours` in any case. */
export const sessionEndReason = (s: SessionTimes, now: Date, policy: PasswordPolicy): 'idle' | 'lifetime' | undefined => {
  if (now.getTime() - s.createdAt.getTime() >= policy.absoluteLifetimeHours * 3_600_000) return 'lifetime';
  if (now.getTime() - s.lastSeenAt.getTime() >= policy.idleTimeoutMinutes * 60_000) return 'idle';
  return undefined;
};
