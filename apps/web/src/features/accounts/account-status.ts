import type { AccountItem } from '../../app/api/types.ts';

export const isLocked = (account: Pick<AccountItem, 'lockedUntil'>, now = Date.now()) =>
  account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now;
