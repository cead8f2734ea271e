import { randomBytes } from 'node:crypto';
import { notFound, type PasswordPolicy } from '@sanxiang/domain';
import { type Db, session } from '@sanxiang/db';
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { tokenDigest } from '../../http/request-context.ts';

export const openSession = async (
  db: Db,
  input: { accountId: string; stage: 'second-factor' | 'full'; now: Date; policy: PasswordPolicy; ip?: string; userAgent?: string },
) => {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.policy.absoluteLifetimeHours * 3_600_000);
  await db.insert(session).values({
    tokenDigest: tokenDigest(token),
    accountId: input.accountId,
    stage: input.stage,
    csrfToken,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 400) ?? null,
  });
  return { token, csrfToken, expiresAt };
};

export const listOwnSessions = async (db: Db, accountId: string, currentId: string, now: Date) => {
  const rows = await db
    .select()
    .from(session)
    .where(and(eq(session.accountId, accountId), isNull(session.revokedAt), gt(session.expiresAt, now)))
    .orderBy(desc(session.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    current: s.id === currentId,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
  }));
};

export const revokeOwnSession = async (db: Db, accountId: string, sessionId: string, now: Date) => {
  const revoked = await db
    .update(session)
    .set({ revokedAt: now, revokedReason: 'revoked-by-user' })
    .where(and(eq(session.id, sessionId), eq(session.accountId, accountId), isNull(session.revokedAt)))
    .returning({ id: session.id });
  if (revoked.length === 0) throw notFound('SESSION_NOT_FOUND', '没有这个会话');
};

/** Ends every open session of an account (forced logout, password change, disabling). */
export const revokeAllSessions = async (db: Db, accountId: string, now: Date, reason: string, exceptId?: string) => {
  const rows = await db
    .update(session)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(session.accountId, accountId), isNull(session.revokedAt), exceptId ? ne(session.id, exceptId) : undefined))
    .returning({ id: session.id });
  return rows.length;
};
