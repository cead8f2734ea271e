import {
  changePasswordBody,
  loginBody,
  loginResponse,
  meResponse,
  okResponse,
  sessionIdParams,
  sessionsResponse,
  totpCodeBody,
  totpEnrolResponse,
} from '@sanxiang/contracts';
import { isDomainError } from '@sanxiang/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.ts';
import { auditEntryOf, type AuditMeta, SESSION_COOKIE } from '../../http/request-context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { withAudit } from '../audit/with-audit.ts';
import { changePassword } from './change-password.ts';
import { login } from './login.ts';
import { describeMe } from './me.ts';
import { confirmTotpEnrolment, startTotpEnrolment, verifySecondFactor } from './second-factor.ts';
import { listOwnSessions, revokeOwnSession } from './sessions.ts';

const tags = ['登录与会话'];

export const authRoutes = async (app: AppInstance) => {
  const deps = app.deps;
  const production = deps.config.securityProfile === 'production';
  const secureCookie = production && process.env.COOKIE_SECURE !== '0';
  const ctx = async () => ({ db: deps.database.db, now: deps.clock(), policy: await deps.policy.current(), cipher: deps.cipher });

  /** Steps whose failures must persist (a wrong code counts toward lockout), so they are audited after, not inside, a transaction. */
  const auditedStep = async <T>(req: FastifyRequest, meta: AuditMeta, run: () => Promise<T>): Promise<T> => {
    try {
      const result = await run();
      await recordAudit(deps.database.db, auditEntryOf(app, req, meta));
      return result;
    } catch (e) {
      await recordAudit(deps.database.db, auditEntryOf(app, req, { ...meta, result: isDomainError(e) && e.category === 'forbidden' ? 'denied' : 'failure', detail: { code: isDomainError(e) ? e.code : 'INTERNAL' } }));
      throw e;
    }
  };

  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

  app.post(
    '/auth/login',
    {
      schema: { tags, summary: '用户名密码登录（第一因素）', body: loginBody, response: { 200: loginResponse } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const c = await ctx();
      const result = await login(
        { db: c.db, now: c.now, policy: c.policy, requireSecondFactor: production, audit: auditEntryOf(app, req, { action: 'auth.login' }) },
        { username: req.body.username, password: req.body.password, ip: req.ip, userAgent: req.headers['user-agent'] },
      );
      reply.setCookie(SESSION_COOKIE, result.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie, expires: result.expiresAt });
      return { next: result.next, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/totp/verify',
    {
      schema: { tags, summary: '动态口令验证（第二因素）', body: totpCodeBody, response: { 200: okResponse } },
      config: { authenticated: true, allowPending: 'second-factor', rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req) => {
      await auditedStep(req, { action: 'auth.totp.verify', objectType: 'account', objectId: req.actor!.accountId }, async () =>
        verifySecondFactor(await ctx(), req.actor!.accountId, req.session!.id, req.body.code),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/totp/enrol',
    { schema: { tags, summary: '开始绑定动态口令：生成密钥与二维码', response: { 200: totpEnrolResponse } }, config: { authenticated: true, allowPending: 'second-factor' } },
    async (req) =>
      auditedStep(req, { action: 'auth.totp.enrol-start', objectType: 'account', objectId: req.actor!.accountId }, async () =>
        startTotpEnrolment(await ctx(), req.actor!.accountId),
      ),
  );

  app.post(
    '/auth/totp/enrol/confirm',
    {
      schema: { tags, summary: '确认绑定动态口令', body: totpCodeBody, response: { 200: okResponse } },
      config: { authenticated: true, allowPending: 'second-factor', rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req) => {
      await auditedStep(req, { action: 'auth.totp.enrol-confirm', objectType: 'account', objectId: req.actor!.accountId }, async () =>
        confirmTotpEnrolment(await ctx(), req.actor!.accountId, req.session!.id, req.body.code),
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: '当前用户与会话', response: { 200: meResponse } }, config: { authenticated: true, allowPending: 'second-factor' } },
    async (req) => describeMe(deps.database.db, req.actor!.accountId, req.session!, await deps.policy.current()),
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: '退出登录', response: { 200: okResponse } }, config: { authenticated: true, allowPending: 'second-factor' } },
    async (req, reply) => {
      await withAudit(app, req, { action: 'auth.logout', objectType: 'session', objectId: req.session!.id }, (tx) =>
        revokeOwnSession(tx, req.actor!.accountId, req.session!.id, deps.clock()),
      );
      clearCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    { schema: { tags, summary: '修改密码', body: changePasswordBody, response: { 200: okResponse } }, config: { authenticated: true, allowPending: 'password-change' } },
    async (req) => {
      await auditedStep(req, { action: 'auth.password.change', objectType: 'account', objectId: req.actor!.accountId }, async () =>
        changePassword(await ctx(), { accountId: req.actor!.accountId, sessionId: req.session!.id, ...req.body }),
      );
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/sessions',
    { schema: { tags, summary: '我的会话', response: { 200: sessionsResponse } }, config: { authenticated: true } },
    async (req) => ({ items: await listOwnSessions(deps.database.db, req.actor!.accountId, req.session!.id, deps.clock()) }),
  );

  app.delete(
    '/auth/sessions/:id',
    { schema: { tags, summary: '注销我的某个会话', params: sessionIdParams, response: { 200: okResponse } }, config: { authenticated: true } },
    async (req) => {
      await withAudit(app, req, { action: 'auth.session.revoke', objectType: 'session', objectId: req.params.id }, (tx) =>
        revokeOwnSession(tx, req.actor!.accountId, req.params.id, deps.clock()),
      );
      return { ok: true as const };
    },
  );
};
