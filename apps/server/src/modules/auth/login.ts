import { afterFailedLogin, DomainError, isLocked, normalizeUsername, type PasswordPolicy, unauthenticated } from '@sanxiang/domain';
import { account, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { AuditEntry } from '../audit/record-audit.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { decoyVerify, verifyPassword } from '../../security/passwords.ts';
import { openSession } from './sessions.ts';

export type LoginInput = { username: string; password: string; ip?: string; userAgent?: string };
export type LoginDeps = { db: Db; now: Date; policy: PasswordPolicy; requireSecondFactor: boolean; audit: Omit<AuditEntry, 'action' | 'result'> };

const failed = () => unauthenticated('LOGIN_FAILED', '用户名或密码错误');

/**
 * Password step of login. A locked account is refused even with the right password (等保 登录失败处理);
 * the failure count, the lock and the audit record are written together.
 */
export const login = async (deps: LoginDeps, input: LoginInput) => {
  const { db, now, policy } = deps;
  const username = normalizeUsername(input.username);
  const [acc] = await db.select().from(account).where(eq(account.username, username));
  const audit = (result: string, detail?: unknown, accountId?: string, agencyId?: string) =>
    ({ ...deps.audit, action: 'auth.login', result, username, accountId: accountId ?? null, agencyId: agencyId ?? null, objectType: 'account', objectId: accountId ?? null, detail: detail ?? null }) satisfies AuditEntry;

  if (!acc) {
    await decoyVerify(input.password);
    await recordAudit(db, audit('failure', { code: 'LOGIN_FAILED', reason: 'unknown-user' }));
    throw failed();
  }
  if (isLocked(acc, now)) {
    await recordAudit(db, audit('denied', { code: 'ACCOUNT_LOCKED' }, acc.id, acc.agencyId));
    const until = acc.lockedUntil!.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    throw new DomainError('ACCOUNT_LOCKED', 'forbidden', `登录失败次数过多，账户已锁定至 ${until}`);
  }
  if (!(await verifyPassword(acc.passwordHash, input.password))) {
    const next = afterFailedLogin(acc, now, policy);
    await db.transaction(async (tx) => {
      await tx.update(account).set(next).where(eq(account.id, acc.id));
      await recordAudit(tx as unknown as Db, audit('failure', { code: 'LOGIN_FAILED', locked: Boolean(next.lockedUntil && next.lockedUntil > now) }, acc.id, acc.agencyId));
    });
    if (next.lockedUntil && next.lockedUntil > now) {
      throw new DomainError('ACCOUNT_LOCKED', 'forbidden', `连续${policy.lockoutThreshold}次密码错误，账户已锁定${policy.lockoutMinutes}分钟`);
    }
    const left = policy.lockoutThreshold - next.failedLogins;
    throw unauthenticated('LOGIN_FAILED', `用户名或密码错误（再错${left}次将锁定账户）`);
  }
  if (acc.status !== 'active') {
    await recordAudit(db, audit('denied', { code: 'ACCOUNT_DISABLED' }, acc.id, acc.agencyId));
    throw new DomainError('ACCOUNT_DISABLED', 'forbidden', '账户已停用，请联系系统管理员');
  }

  const needsSecondFactor = acc.totpEnabled || deps.requireSecondFactor;
  return db.transaction(async (tx) => {
    await tx.update(account).set({ failedLogins: 0, lockedUntil: null }).where(eq(account.id, acc.id));
    const opened = await openSession(tx as unknown as Db, {
      accountId: acc.id,
      stage: needsSecondFactor ? 'second-factor' : 'full',
      now,
      policy,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await recordAudit(tx as unknown as Db, audit('success', { stage: needsSecondFactor ? 'password' : 'complete' }, acc.id, acc.agencyId));
    const next: 'done' | 'totp' | 'totp-enrol' = !needsSecondFactor ? 'done' : acc.totpEnabled ? 'totp' : 'totp-enrol';
    return { ...opened, next };
  });
};
