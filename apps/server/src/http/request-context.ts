import { createHash, timingSafeEqual } from 'node:crypto';
import { type Actor, checkAccess, forbidden, type Role, sessionEndReason, unauthenticated } from '@sanxiang/domain';
import { account, accountRole, session } from '@sanxiang/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../modules/audit/record-audit.ts';
import { jurisdictionOf } from '../modules/accounts/jurisdiction.ts';
import { passwordChangeRequired } from '../modules/auth/password-state.ts';

export const SESSION_COOKIE = 'sx_session';
export const CSRF_HEADER = 'x-csrf-token';

export type SessionInfo = {
  id: string;
  stage: 'second-factor' | 'full';
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  passwordChangeRequired: boolean;
  username: string;
};

export const tokenDigest = (token: string) => createHash('sm3').update(token).digest('hex');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Writing last_seen_at on every request would make every read a write; a minute's precision is enough.
const TOUCH_EVERY_MS = 60_000;

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Resolves the session cookie to an actor, ends idle and expired sessions, checks CSRF on state-changing
 * requests, and applies the route's permission-table action. The only place access is decided per route.
 */
export const registerRequestContext = (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || token.length > 128) return;
    await loadSession(app, req, token);
  });

  app.addHook('preValidation', async (req) => {
    const config = req.routeOptions.config;
    if (req.session && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken)) {
        throw forbidden('CSRF_INVALID', '请求缺少有效的 CSRF 令牌，请刷新页面后重试');
      }
    }
    if (!config.action && !config.authenticated) return;
    if (!req.actor || !req.session) throw unauthenticated('AUTH_REQUIRED', '请先登录');
    if (req.session.stage !== 'full' && config.allowPending !== 'second-factor') {
      throw unauthenticated('SECOND_FACTOR_REQUIRED', '请先完成动态口令验证');
    }
    if (req.session.passwordChangeRequired && !config.allowPending) throw forbidden('PASSWORD_CHANGE_REQUIRED', '请先修改密码');
    if (config.action && checkAccess(req.actor, config.action) === 'deny') {
      await recordAudit(app.deps.database.db, auditEntryOf(app, req, { action: config.action, result: 'denied' }));
      throw forbidden('FORBIDDEN', '您的角色无权执行此操作');
    }
  });
};

const loadSession = async (app: FastifyInstance, req: FastifyRequest, token: string) => {
  const { db } = app.deps.database;
  const now = app.deps.clock();
  const [row] = await db
    .select({ s: session, a: account })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .where(and(eq(session.tokenDigest, tokenDigest(token)), isNull(session.revokedAt)));
  if (!row) return;
  const policy = await app.deps.policy.current();
  const ended = now >= row.s.expiresAt ? 'lifetime' : sessionEndReason(row.s, now, policy);
  if (ended || row.a.status !== 'active') {
    await db
      .update(session)
      .set({ revokedAt: now, revokedReason: ended ?? 'account-disabled' })
      .where(eq(session.id, row.s.id));
    return;
  }
  if (now.getTime() - row.s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(session).set({ lastSeenAt: now }).where(eq(session.id, row.s.id));
  }
  const roles = (await db.select({ role: accountRole.role }).from(accountRole).where(eq(accountRole.accountId, row.a.id))).map(
    (r) => r.role as Role,
  );
  req.actor = {
    accountId: row.a.id,
    agencyId: row.a.agencyId,
    unitId: row.a.unitId,
    roles,
    jurisdictionAgencyIds: roles.includes('supervisor') ? await jurisdictionOf(db, row.a.agencyId) : new Set(),
  };
  req.session = {
    id: row.s.id,
    stage: row.s.stage as SessionInfo['stage'],
    csrfToken: row.s.csrfToken,
    createdAt: row.s.createdAt,
    expiresAt: row.s.expiresAt,
    passwordChangeRequired: passwordChangeRequired(row.a, now, policy),
    username: row.a.username,
  };
};

export type AuditMeta = { action: string; objectType?: string; objectId?: string; result?: string; detail?: unknown };

export const auditEntryOf = (app: FastifyInstance, req: FastifyRequest, meta: AuditMeta) => ({
  at: app.deps.clock(),
  requestId: String(req.id),
  accountId: req.actor?.accountId ?? null,
  username: req.session?.username ?? null,
  agencyId: req.actor?.agencyId ?? null,
  roles: req.actor?.roles.join(',') ?? null,
  action: meta.action,
  objectType: meta.objectType ?? null,
  objectId: meta.objectId ?? null,
  result: meta.result ?? 'success',
  ip: req.ip,
  userAgent: (req.headers['user-agent'] ?? '').slice(0, 400) || null,
  detail: meta.detail ?? null,
});
