import {
  accountIdParams,
  accountItem,
  accountsResponse,
  agencyOptionsResponse,
  createAccountBody,
  createAccountResponse,
  grantRolesBody,
  listAccountsQuery,
  okResponse,
  passwordPolicy,
  putPasswordPolicyBody,
  updateAccountBody,
} from '@sanxiang/contracts';
import { checkAccess, notFound, scopeFor } from '@sanxiang/domain';
import { agency, agencyUnit } from '@sanxiang/db';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { revokeAllSessions } from '../auth/sessions.ts';
import { getAccountView, listAccounts } from './account-views.ts';
import { createAccount, requireAccount, resetSecondFactor, setRoles, unlockAccount, updateAccount } from './manage-accounts.ts';

const tags = ['用户与角色'];

export const accountRoutes = async (app: AppInstance) => {
  const { deps } = app;
  const object = (id: string) => ({ objectType: 'account', objectId: id });

  app.get(
    '/admin/accounts',
    { schema: { tags, summary: '账户列表', querystring: listAccountsQuery, response: { 200: accountsResponse } }, config: { action: 'account.read' } },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      // An agency head sees the accounts of their own agency only.
      const scoped = scopeFor(req.actor!.roles, 'account.read') === 'global' ? filter : { ...filter, agencyId: req.actor!.agencyId };
      return withAudit(app, req, { action: 'account.read', objectType: 'account', detail: scoped }, (tx) => listAccounts(tx, scoped, page, pageSize));
    },
  );

  app.get(
    '/admin/accounts/:id',
    { schema: { tags, summary: '账户详情', params: accountIdParams, response: { 200: accountItem } }, config: { action: 'account.read' } },
    async (req) =>
      withAudit(app, req, { action: 'account.read', ...object(req.params.id) }, async (tx) => {
        const view = await getAccountView(tx, req.params.id);
        if (!view || checkAccess(req.actor!, 'account.read', { agencyId: view.agencyId }) !== 'allow') {
          throw notFound('ACCOUNT_NOT_FOUND', '没有这个账户');
        }
        return view;
      }),
  );

  app.post(
    '/admin/accounts',
    { schema: { tags, summary: '新建账户（系统管理员；角色由安全管理员授予）', body: createAccountBody, response: { 201: createAccountResponse } }, config: { action: 'account.create' } },
    async (req, reply) => {
      const created = await withAudit(app, req, { action: 'account.create', objectType: 'account' }, async (tx, note) => {
        const result = await createAccount(tx, req.body);
        note({ objectId: result.account.id });
        return result;
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/admin/accounts/:id',
    { schema: { tags, summary: '修改账户名称或状态（系统管理员）', params: accountIdParams, body: updateAccountBody, response: { 200: accountItem } }, config: { action: 'account.update' } },
    async (req) => withAudit(app, req, { action: 'account.update', ...object(req.params.id), detail: req.body }, (tx) => updateAccount(tx, req.params.id, req.body, deps.clock())),
  );

  app.put(
    '/admin/accounts/:id/roles',
    { schema: { tags, summary: '授予角色（安全管理员）', params: accountIdParams, body: grantRolesBody, response: { 200: accountItem } }, config: { action: 'role.grant' } },
    async (req) =>
      withAudit(app, req, { action: 'role.grant', ...object(req.params.id), detail: req.body }, async (tx) => {
        await requireAccount(tx, req.params.id);
        await setRoles(tx, req.params.id, req.body.roles);
        // New roles take effect at once: open sessions keep no stale grants.
        await revokeAllSessions(tx, req.params.id, deps.clock(), 'roles-changed');
        return requireAccount(tx, req.params.id);
      }),
  );

  app.post(
    '/admin/accounts/:id/logout',
    { schema: { tags, summary: '强制下线（安全管理员）', params: accountIdParams, response: { 200: okResponse } }, config: { action: 'session.revoke-any' } },
    async (req) => {
      await withAudit(app, req, { action: 'session.revoke-any', ...object(req.params.id) }, async (tx, note) => {
        await requireAccount(tx, req.params.id);
        note({ detail: { sessions: await revokeAllSessions(tx, req.params.id, deps.clock(), 'forced-logout') } });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/admin/accounts/:id/unlock',
    { schema: { tags, summary: '解除锁定（安全管理员）', params: accountIdParams, response: { 200: accountItem } }, config: { action: 'account.unlock' } },
    async (req) => withAudit(app, req, { action: 'account.unlock', ...object(req.params.id) }, (tx) => unlockAccount(tx, req.params.id)),
  );

  app.post(
    '/admin/accounts/:id/reset-second-factor',
    { schema: { tags, summary: '重置动态口令（安全管理员）', params: accountIdParams, response: { 200: accountItem } }, config: { action: 'role.grant' } },
    async (req) => withAudit(app, req, { action: 'account.reset-second-factor', ...object(req.params.id) }, (tx) => resetSecondFactor(tx, req.params.id, deps.clock())),
  );

  app.get(
    '/admin/password-policy',
    { schema: { tags, summary: '口令与会话策略', response: { 200: passwordPolicy } }, config: { action: 'policy.read' } },
    async () => deps.policy.current(),
  );

  app.put(
    '/admin/password-policy',
    { schema: { tags, summary: '修改口令与会话策略（安全管理员）', body: putPasswordPolicyBody, response: { 200: passwordPolicy } }, config: { action: 'policy.edit' } },
    async (req) =>
      withAudit(app, req, { action: 'policy.edit', objectType: 'setting', objectId: 'password_policy', detail: req.body }, async (tx) => {
        await deps.policy.save(tx, req.body);
        return req.body;
      }),
  );

  app.get(
    '/admin/agency-options',
    { schema: { tags, summary: '机关与内设机构（账户管理用；机关负责人只见本机关）', response: { 200: agencyOptionsResponse } }, config: { action: 'account.read' } },
    async (req) => {
      const all = await agencyOptions(app);
      return scopeFor(req.actor!.roles, 'account.read') === 'global' ? all : { items: all.items.filter((a) => a.id === req.actor!.agencyId) };
    },
  );
};

const agencyOptions = async (app: AppInstance) => {
  const { db } = app.deps.database;
  const agencies = await db.select({ id: agency.id, name: agency.name }).from(agency).orderBy(agency.name);
  const units = await db.select({ id: agencyUnit.id, name: agencyUnit.name, agencyId: agencyUnit.agencyId }).from(agencyUnit);
  return { items: agencies.map((a) => ({ ...a, units: units.filter((u) => u.agencyId === a.id).map(({ id, name }) => ({ id, name })) })) };
};

