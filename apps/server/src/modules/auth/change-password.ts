import { checkPasswordStrength, invalid, type PasswordPolicy, unauthenticated } from '@sanxiang/domain';
import { account, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../security/passwords.ts';
import { revokeAllSessions } from './sessions.ts';

export const changePassword = async (
  deps: { db: Db; now: Date; policy: PasswordPolicy },
  input: { accountId: string; sessionId: string; currentPassword: string; newPassword: string },
) => {
  const [acc] = await deps.db.select().from(account).where(eq(account.id, input.accountId));
  if (!(await verifyPassword(acc.passwordHash, input.currentPassword))) throw unauthenticated('PASSWORD_WRONG', '当前密码不正确');
  const strength = checkPasswordStrength(input.newPassword, deps.policy, acc.username);
  if (!strength.ok) throw invalid('PASSWORD_WEAK', strength.reason);
  if (await verifyPassword(acc.passwordHash, input.newPassword)) throw invalid('PASSWORD_REUSED', '新密码不能与当前密码相同');
  await deps.db
    .update(account)
    .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: deps.now, mustChangePassword: false })
    .where(eq(account.id, input.accountId));
  // Other sessions may have been opened with the old password.
  await revokeAllSessions(deps.db, input.accountId, deps.now, 'password-changed', input.sessionId);
};
