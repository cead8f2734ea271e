import { PERMISSIONS, type Role, scopeFor } from '@sanxiang/domain';
import { accountRole, setting } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { eq } from 'drizzle-orm';
import type { RouteEntry } from '../src/app.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withAudit } from '../src/modules/audit/with-audit.ts';
import { accountWithRoles, client, type Client, ROLES, startTestApp, type TestApp } from './harness.ts';

/** Routes anyone may call without signing in. Every other route must declare an action or `authenticated`. */
const PUBLIC_ROUTES = new Set([
  'GET /api/v1/health',
  'GET /api/v1/system/info',
  'GET /api/v1/calendar/days/:date',
  'GET /api/v1/calendar/working-days/add',
  'GET /api/v1/calendar/years',
  'GET /api/v1/calendar/years/:year',
  'GET /api/v1/validate/uscc/:code',
  'GET /api/v1/validate/resident-id/:id',
  'POST /api/v1/auth/login',
  // 法律法规库: published law texts.
  'GET /api/v1/laws', 'GET /api/v1/laws/resolve', 'GET /api/v1/laws/:id',
  // 执法主体 (事前公开): the disclosed registry and the choices of its forms.
  'GET /api/v1/registry/options', 'GET /api/v1/agencies', 'GET /api/v1/agencies/:id',
  // The ledger's public face; internal records' proofs are checked inside the route (audit admin only).
  'GET /api/v1/ledger/public-key',
  'GET /api/v1/ledger/checkpoints',
  'GET /api/v1/ledger/checkpoint',
  'GET /api/v1/ledger/proofs/inclusion',
  'GET /api/v1/ledger/proofs/consistency',
  // 事后公开: the redaction preview for integrators (rate-limited), search and open data of published decisions.
  'POST /api/v1/disclosure/redact',
  'GET /api/v1/open/decisions', 'GET /api/v1/open/decisions.csv', 'GET /api/v1/open/search',
]);

const fillParams = (url: string) =>
  url.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':year', '2029').replace(':date', '2026-10-01').replace(':code', '91350100M000100Y43');

describeEachDatabase('permission table enforcement', (kind) => {
  let t: TestApp;
  let apiRoutes: RouteEntry[] = [];
  const clients = new Map<Role, Client>();

  beforeAll(async () => {
    t = await startTestApp(kind);
    apiRoutes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    for (const role of ROLES) {
      await accountWithRoles(t.database, `matrix.${role}`, [role]);
      const c = client(t.app);
      expect((await c.login(`matrix.${role}`)).statusCode).toBe(200);
      clients.set(role, c);
    }
  });
  afterAll(() => t.close());

  it('has every API route either public, self-service or bound to a permission-table action', () => {
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const r of apiRoutes) {
      const key = `${r.method} ${r.url}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      expect(Boolean(r.action) || Boolean(r.authenticated), `${key} declares no action`).toBe(true);
      if (r.action) expect(PERMISSIONS[r.action], `${key}: unknown action ${r.action}`).toBeDefined();
    }
  });

  it('refuses every protected route without a session (401)', async () => {
    for (const r of apiRoutes.filter((x) => x.action || x.authenticated)) {
      const res = await t.app.inject({ method: r.method as 'GET', url: fillParams(r.url), payload: r.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('gives each role exactly what the permission table grants: 403 elsewhere, never 403 where granted', async () => {
    for (const r of apiRoutes.filter((x) => x.action)) {
      for (const role of ROLES) {
        const res = await clients.get(role)!.request({ method: r.method as 'GET', url: fillParams(r.url), payload: r.method === 'GET' ? undefined : {} });
        const granted = Boolean(scopeFor([role], r.action!));
        if (granted) expect(res.statusCode, `${role} ${r.method} ${r.url}`).not.toBe(403);
        else {
          expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
          expect(res.json().code).toBe('FORBIDDEN');
        }
        expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBeLessThan(500);
      }
    }
  });

  it('audits denied attempts', async () => {
    const audit = clients.get('audit_admin')!;
    const rows = (await audit.get('/api/v1/audit?result=denied&username=matrix.officer&pageSize=200')).json();
    expect(rows.items.some((x: { action: string }) => x.action === 'audit.read')).toBe(true);
  });
});

describeEachDatabase('agency scoping, strict bodies and role separation', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it("answers 404 for another agency's account and audits the attempt", async () => {
    const yiHead = client(t.app);
    await yiHead.login('yxsj.head');
    const admin = client(t.app);
    await admin.login('sysadmin');
    const jia = (await admin.get('/api/v1/admin/accounts?q=jxsj.officer1')).json().items[0];
    const res = await yiHead.get(`/api/v1/admin/accounts/${jia.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ACCOUNT_NOT_FOUND');
    const own = (await yiHead.get('/api/v1/admin/accounts?pageSize=200')).json();
    expect(own.items.every((a: { agencyName: string }) => a.agencyName === '乙县市场监督管理局')).toBe(true);
    const auditor = client(t.app);
    await auditor.login('auditadmin');
    const rows = (await auditor.get(`/api/v1/audit?objectId=${jia.id}&result=not-found`)).json();
    expect(rows.items[0]).toMatchObject({ username: 'yxsj.head', action: 'account.read', result: 'not-found' });
  });

  it('rejects mass assignment of agencyId, role or status in bodies', async () => {
    const c = client(t.app);
    await c.login('jxsj.officer1');
    const pwd = await c.post('/api/v1/auth/password', { currentPassword: 'x', newPassword: 'y', role: 'system_admin' });
    expect(pwd.statusCode).toBe(400);
    expect(pwd.json().code).toBe('VALIDATION_FAILED');
    const admin = client(t.app);
    await admin.login('sysadmin');
    const agencies = (await admin.get('/api/v1/admin/agency-options')).json().items;
    for (const extra of [{ role: 'security_admin' }, { roles: ['security_admin'] }, { status: 'active' }, { isDemo: true }]) {
      const res = await admin.post('/api/v1/admin/accounts', { username: 'mass.assign', displayName: 'x', agencyId: agencies[0].id, ...extra });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
    }
    const target = (await admin.get('/api/v1/admin/accounts?q=jxsj.officer2')).json().items[0];
    const patch = await admin.patch(`/api/v1/admin/accounts/${target.id}`, { agencyId: agencies[1].id });
    expect(patch.statusCode).toBe(400);
    expect((await admin.get(`/api/v1/admin/accounts/${target.id}`)).json().agencyId).toBe(target.agencyId);
  });

  it('lets the security admin grant several business roles but never two admin roles', async () => {
    const sec = client(t.app);
    await sec.login('secadmin');
    const target = (await sec.get('/api/v1/admin/accounts?q=jxsj.officer2')).json().items[0];
    const ok = await sec.put(`/api/v1/admin/accounts/${target.id}/roles`, { roles: ['officer', 'legal_reviewer'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles.sort()).toEqual(['legal_reviewer', 'officer']);
    const twoAdmins = await sec.put(`/api/v1/admin/accounts/${target.id}/roles`, { roles: ['system_admin', 'audit_admin'] });
    expect(twoAdmins.statusCode).toBe(409);
    expect(twoAdmins.json().code).toBe('ADMIN_ROLES_EXCLUSIVE');
    const rows = await t.database.db.select().from(accountRole).where(eq(accountRole.accountId, target.id));
    expect(rows.map((r) => r.role).sort()).toEqual(['legal_reviewer', 'officer']);
    // The system admin cannot grant at all.
    const sys = client(t.app);
    await sys.login('sysadmin');
    expect((await sys.put(`/api/v1/admin/accounts/${target.id}/roles`, { roles: ['officer'] })).statusCode).toBe(403);
  });

  it('forces logout of all sessions of an account', async () => {
    const victim = client(t.app);
    await victim.login('jxsj.unithead');
    const sec = client(t.app);
    await sec.login('secadmin');
    const target = (await sec.get('/api/v1/admin/accounts?q=jxsj.unithead')).json().items[0];
    expect((await sec.post(`/api/v1/admin/accounts/${target.id}/logout`)).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('rolls the change back when its audit record cannot be written', async () => {
    const req = { id: 'r1', ip: '127.0.0.1', headers: {}, actor: null, session: null } as never;
    await expect(
      withAudit(t.app, req, { action: null as unknown as string }, async (tx) => {
        await tx.insert(setting).values({ key: 'rollback.probe', value: 'x' });
      }),
    ).rejects.toThrow();
    expect(await t.database.db.select().from(setting).where(eq(setting.key, 'rollback.probe'))).toEqual([]);
  });

  it('exports audit CSV with formula-looking cells neutralised', async () => {
    const evil = client(t.app);
    await evil.request({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' }, headers: { 'user-agent': '=HYPERLINK("http://x")' } });
    const auditor = client(t.app);
    await auditor.login('auditadmin');
    const res = await auditor.get('/api/v1/audit/export.csv?action=auth.login');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
