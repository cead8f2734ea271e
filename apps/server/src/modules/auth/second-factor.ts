import { afterFailedLogin, DomainError, invalid, isLocked, type PasswordPolicy } from '@sanxiang/domain';
import { account, type Db, session } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { FieldCipher } from '../../security/field-cipher.ts';
import { checkTotp, newTotpSecret, totpUri } from '../../security/totp.ts';
import QRCode from 'qrcode';

type Deps = { db: Db; now: Date; policy: PasswordPolicy; cipher: FieldCipher };

const loadAccount = async (db: Db, accountId: string) => {
  const [acc] = await db.select().from(account).where(eq(account.id, accountId));
  return acc;
};

/**
 * Checks a TOTP code against the account's secret. Wrong codes count toward the same lockout as wrong
 * passwords, and a code once accepted cannot be used again.
 */
const acceptCode = async (deps: Deps, accountId: string, code: string, secretCipher: Uint8Array | null) => {
  const acc = await loadAccount(deps.db, accountId);
  if (isLocked(acc, deps.now)) throw new DomainError('ACCOUNT_LOCKED', 'forbidden', '验证失败次数过多，账户已锁定');
  if (!secretCipher) throw invalid('TOTP_NOT_ENROLLED', '尚未绑定动态口令');
  const secret = deps.cipher.decrypt(secretCipher);
  const result = await checkTotp(secret, code, deps.now, acc.totpLastStep);
  if (!result.valid) {
    const next = afterFailedLogin(acc, deps.now, deps.policy);
    await deps.db.update(account).set(next).where(eq(account.id, accountId));
    throw new DomainError('TOTP_INVALID', 'unauthenticated', '动态口令错误或已使用，请输入验证器上的最新口令');
  }
  return result.step;
};

export const verifySecondFactor = async (deps: Deps, accountId: string, sessionId: string, code: string) => {
  const acc = await loadAccount(deps.db, accountId);
  if (!acc.totpEnabled) throw invalid('TOTP_NOT_ENROLLED', '尚未绑定动态口令，请先绑定');
  const step = await acceptCode(deps, accountId, code, acc.totpSecretCipher);
  await deps.db.update(account).set({ totpLastStep: step, failedLogins: 0 }).where(eq(account.id, accountId));
  await deps.db.update(session).set({ stage: 'full' }).where(eq(session.id, sessionId));
};

/** Starts enrolment: a new secret, stored sealed and not yet active until a code from it is confirmed. */
export const startTotpEnrolment = async (deps: Deps, accountId: string) => {
  const acc = await loadAccount(deps.db, accountId);
  if (acc.totpEnabled) throw new DomainError('TOTP_ALREADY_ENROLLED', 'conflict', '已绑定动态口令；如需更换请联系安全管理员重置');
  const secret = newTotpSecret();
  await deps.db.update(account).set({ totpSecretCipher: deps.cipher.encrypt(secret) }).where(eq(account.id, accountId));
  const otpauthUri = totpUri(secret, acc.username);
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
};

export const confirmTotpEnrolment = async (deps: Deps, accountId: string, sessionId: string, code: string) => {
  const acc = await loadAccount(deps.db, accountId);
  if (acc.totpEnabled) throw new DomainError('TOTP_ALREADY_ENROLLED', 'conflict', '已绑定动态口令');
  if (!acc.totpSecretCipher) throw invalid('TOTP_ENROLMENT_NOT_STARTED', '请先获取绑定二维码');
  const step = await acceptCode(deps, accountId, code, acc.totpSecretCipher);
  await deps.db.update(account).set({ totpEnabled: true, totpLastStep: step, failedLogins: 0 }).where(eq(account.id, accountId));
  // Enrolling proves possession of the new factor: a session waiting for it is complete.
  await deps.db.update(session).set({ stage: 'full' }).where(eq(session.id, sessionId));
};
