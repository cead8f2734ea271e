import { describeEachDatabase } from '@sanxiang/db/test';
import { account } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpCodeAt } from '../src/security/totp.ts';
import { accountWithRoles, client, startTestApp, type TestApp } from './harness.ts';

const MINUTE = 60_000;

describeEachDatabase('login, lockout and sessions', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('logs in with a case- and width-insensitive username and reports who is signed in', async () => {
    const c = client(t.app);
    const res = await c.login('ＪＸＳＪ.Officer1');
    expect(res.statusCode).toBe(200);
    expect(res.json().next).toBe('done');
    expect(res.headers['set-cookie']).toMatch(/HttpOnly/);
    expect(res.headers['set-cookie']).toMatch(/SameSite=Strict/);
    const me = (await c.get('/api/v1/auth/me')).json();
    expect(me.account).toMatchObject({ username: 'jxsj.officer1', roles: ['officer'], agency: { name: '甲县市场监督管理局' } });
  });

  it('locks after 5 wrong passwords for 30 minutes, refusing even the right one meanwhile', async () => {
    await accountWithRoles(t.database, 'lock.me', ['officer']);
    const c = client(t.app, '10.9.9.9');
    for (let i = 1; i <= 4; i++) {
      const res = await c.login('lock.me', 'Wrong@2026');
      expect(res.statusCode).toBe(401);
      expect(res.json().message).toContain(`再错${5 - i}次`);
    }
    expect((await c.login('lock.me', 'Wrong@2026')).json().code).toBe('ACCOUNT_LOCKED');
    const refused = await c.login('lock.me');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(29 * MINUTE);
    expect((await c.login('lock.me')).json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(2 * MINUTE);
    expect((await c.login('lock.me')).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and after 12 hours in any case', async () => {
    const c = client(t.app);
    await c.login('jxsj.officer2');
    t.clock.advance(29 * MINUTE);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await c.get('/api/v1/auth/me')).json().code).toBe('AUTH_REQUIRED');

    const busy = client(t.app);
    await busy.login('jxsj.officer2');
    for (let h = 0; h < 12 * 3; h++) {
      t.clock.advance(20 * MINUTE);
      const res = await busy.get('/api/v1/auth/me');
      if (h < 12 * 3 - 1) expect(res.statusCode, `after ${(h + 1) * 20} minutes`).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('lists own sessions and revokes one; the revoked cookie no longer works', async () => {
    const a = client(t.app);
    const b = client(t.app);
    await a.login('jxsj.officer1');
    await b.login('jxsj.officer1');
    const list = (await a.get('/api/v1/auth/sessions')).json().items as Array<{ id: string; current: boolean }>;
    expect(list.length).toBeGreaterThanOrEqual(2);
    const other = list.find((s) => !s.current)!;
    expect((await a.del(`/api/v1/auth/sessions/${other.id}`)).statusCode).toBe(200);
    // b's session may or may not be the one revoked; revoke b's own explicitly via logout too.
    await b.post('/api/v1/auth/logout');
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const c = client(t.app);
    await c.login('sysadmin');
    c.setCsrf('');
    const res = await c.put('/api/v1/calendar/years/2030', { days: [] });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    c.setCsrf('forged-token-of-the-right-length-xx');
    expect((await c.put('/api/v1/calendar/years/2030', { days: [] })).json().code).toBe('CSRF_INVALID');
  });

  it('enrols TOTP, then requires a fresh code at each login and refuses a replayed one', async () => {
    await accountWithRoles(t.database, 'totp.user', ['officer']);
    const c = client(t.app);
    await c.login('totp.user');
    const enrol = (await c.post('/api/v1/auth/totp/enrol')).json();
    expect(enrol.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.otpauthUri).toContain('otpauth://totp/');
    expect((await c.post('/api/v1/auth/totp/enrol/confirm', { code: '000000' })).statusCode).toBe(401);
    const code = await totpCodeAt(enrol.secret, t.clock.now());
    expect((await c.post('/api/v1/auth/totp/enrol/confirm', { code })).statusCode).toBe(200);
    await c.post('/api/v1/auth/logout');

    const again = await c.login('totp.user');
    expect(again.json().next).toBe('totp');
    expect((await c.get('/api/v1/auth/sessions')).json().code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await c.post('/api/v1/auth/totp/verify', { code })).json().code).toBe('TOTP_INVALID'); // replay
    t.clock.advance(30_000);
    const fresh = await totpCodeAt(enrol.secret, t.clock.now());
    expect((await c.post('/api/v1/auth/totp/verify', { code: fresh })).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/sessions')).statusCode).toBe(200);
  });

  it('forces a password change on a one-time password and checks the policy', async () => {
    const admin = client(t.app);
    await admin.login('sysadmin');
    const agencies = (await admin.get('/api/v1/admin/agency-options')).json().items;
    const created = await admin.post('/api/v1/admin/accounts', { username: 'New.Officer', displayName: '新同事', agencyId: agencies[0].id });
    expect(created.statusCode).toBe(201);
    const { initialPassword } = created.json();
    const c = client(t.app);
    await c.login('new.officer', initialPassword);
    expect((await c.get('/api/v1/auth/me')).json().passwordChangeRequired).toBe(true);
    expect((await c.get('/api/v1/auth/sessions')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/v1/auth/password', { currentPassword: initialPassword, newPassword: 'abcdefgh' });
    expect(weak.json().code).toBe('PASSWORD_WEAK');
    expect((await c.post('/api/v1/auth/password', { currentPassword: initialPassword, newPassword: 'Strong#Pass2026' })).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/sessions')).statusCode).toBe(200);
  });

  it('refuses a username that differs from an existing one only by width or case', async () => {
    const admin = client(t.app);
    await admin.login('sysadmin');
    const agencies = (await admin.get('/api/v1/admin/agency-options')).json().items;
    const res = await admin.post('/api/v1/admin/accounts', { username: 'ＳＹＳＡＤＭＩＮ', displayName: '仿冒', agencyId: agencies[0].id });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('USERNAME_TAKEN');
  });

  it('expires passwords after 90 days for non-demo accounts', async () => {
    const acc = await accountWithRoles(t.database, 'aging.user', ['officer']);
    await t.database.db
      .update(account)
      .set({ isDemo: false, passwordChangedAt: new Date(t.clock.now().getTime() - 91 * 86_400_000) })
      .where(eq(account.id, acc.id));
    const c = client(t.app);
    await c.login('aging.user');
    expect((await c.get('/api/v1/auth/me')).json().passwordChangeRequired).toBe(true);
  });
});

describeEachDatabase('production security profile', (kind) => {
  it('refuses to start on a database holding demo data', async () => {
    const t = await startTestApp(kind);
    const { createDeps } = await import('../src/start.ts');
    const { testConfig } = await import('./harness.ts');
    await expect(createDeps(testConfig({ securityProfile: 'production' }), { database: t.database })).rejects.toThrow(/演示数据/);
    await t.close();
  });
});
