import { party } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, startTestApp, type TestApp } from './harness.ts';

describeEachDatabase('sensitive fields at rest and on screen', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('stores ID numbers and phones SM4-encrypted, never in clear', async () => {
    const rows = await t.database.db.select().from(party).where(eq(party.kind, 'person'));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      const clear = t.deps.cipher.decrypt(r.idNumberCipher!);
      expect(clear).toMatch(/^\d{17}[\dX]$/);
      expect(Buffer.from(r.idNumberCipher!).toString('latin1')).not.toContain(clear.slice(6, 14));
      expect(r.idNumberMasked).toBe(`${clear.slice(0, 3)}***********${clear.slice(-4)}`);
      // A flipped byte is an integrity failure, not a wrong number.
      const tampered = Uint8Array.from(r.idNumberCipher!);
      tampered[20] ^= 1;
      expect(() => t.deps.cipher.decrypt(tampered)).toThrow(/integrity/);
    }
  });

  it('shows parties masked; reveals the full number only to case-handling roles, and audits the reveal', async () => {
    const [p] = await t.database.db.select().from(party).where(eq(party.name, '刘大山'));
    const officer = client(t.app, '10.7.0.1');
    await officer.login('jxsj.officer1');
    const masked = (await officer.get(`/api/v1/parties/${p.id}`)).json();
    expect(masked).toMatchObject({ name: '刘大山', idNumber: p.idNumberMasked, revealed: false });
    const revealed = (await officer.get(`/api/v1/parties/${p.id}?reveal=true`)).json();
    expect(revealed.idNumber).toBe(t.deps.cipher.decrypt(p.idNumberCipher!));
    expect(revealed.phone).toMatch(/^1\d{10}$/);

    const supervisor = client(t.app, '10.7.0.2');
    await supervisor.login('jxsf.supervisor');
    expect((await supervisor.get(`/api/v1/parties/${p.id}`)).json().idNumber).toBe(p.idNumberMasked);
    expect((await supervisor.get(`/api/v1/parties/${p.id}?reveal=true`)).statusCode).toBe(403);

    const auditor = client(t.app, '10.7.0.3');
    await auditor.login('auditadmin');
    const rows = (await auditor.get(`/api/v1/audit?objectId=${p.id}`)).json().items as Array<{ action: string; username: string; result: string }>;
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'party.reveal', username: 'jxsj.officer1', result: 'success' })]));
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'party.reveal', username: 'jxsf.supervisor', result: 'denied' })]));
  });

  it('flags a minor party (处罚法 第三十条)', async () => {
    const [p] = await t.database.db.select().from(party).where(eq(party.name, '林晓雨'));
    const officer = client(t.app, '10.7.0.4');
    await officer.login('jxsj.officer1');
    expect((await officer.get(`/api/v1/parties/${p.id}`)).json().minor).toBe(true);
  });

  it("cannot revoke another user's session: it answers as if it did not exist", async () => {
    const a = client(t.app, '10.7.0.5');
    const b = client(t.app, '10.7.0.6');
    await a.login('jxsj.officer1');
    await b.login('yxsj.officer1');
    const bSession = (await b.get('/api/v1/auth/sessions')).json().items[0].id;
    const res = await a.del(`/api/v1/auth/sessions/${bSession}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('SESSION_NOT_FOUND');
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(200);
  });
});
