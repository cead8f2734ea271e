import { caseEvent, caseFile } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendCaseEvent } from '../src/modules/cases/case-events.ts';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

describeEachDatabase('case registration and case scoping', (kind) => {
  let t: TestApp;
  let officer1: Client;
  const handlerId = async (c: Client, name: string) => {
    const items = (await c.get('/api/v1/cases/options/handlers')).json().items as Array<{ accountId: string; name: string }>;
    return items.find((x) => x.name === name)?.accountId;
  };
  beforeAll(async () => {
    t = await startTestApp(kind);
    officer1 = client(t.app, '10.5.0.1');
    await officer1.login('jxsj.officer1');
  });
  afterAll(() => t.close());

  it('registers a clue with a gap-free number, its first record event and a ledger leaf', async () => {
    const listed = await officer1.get('/api/v1/cases?mine=true');
    expect(listed.statusCode, listed.body).toBe(200);
    const before = listed.json();
    const handlers = (await officer1.get('/api/v1/cases/options/handlers')).json().items as Array<{ accountId: string; name: string }>;
    const co = handlers.find((h) => h.accountId !== before.items[0]?.handlers[0]?.accountId && h.name !== '')!;
    const res = await officer1.post('/api/v1/cases', {
      title: '某餐馆涉嫌无证经营案',
      source: 'complaint',
      description: '群众来电反映某餐馆未取得食品经营许可证即开展经营活动。',
      occurredOn: '2026-11-18',
      coHandlerAccountIds: [co.accountId],
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.clueNumber).toMatch(/^甲县市监案源〔2026〕\d+号$/);
    expect(c.events).toHaveLength(1);
    expect(c.events[0]).toMatchObject({ seq: 1, type: 'clue-registered', typeLabel: '案源登记' });
    expect(c.handlers[0]).toMatchObject({ role: 'lead' });
    // The record keeps the names as they were when it was written.
    expect(c.events[0].payload.handlerNames).toEqual([c.handlers[0].name, co.name]);
    const next = await officer1.post('/api/v1/cases', { title: '另一案源登记测试', source: 'inspection', description: '检查发现的另一条线索，用于编号连续性。', coHandlerAccountIds: [co.accountId] });
    const n1 = Number(/〔2026〕(\d+)号/.exec(c.clueNumber)![1]);
    expect(next.json().clueNumber).toBe(`甲县市监案源〔2026〕${n1 + 1}号`);
    const report = await verifyLedger(t.database.db, t.deps.ledger.verifierKey);
    expect(report.problems).toEqual([]);
  });

  it('refuses a handler whose certificate has expired, naming them, and stores nothing', async () => {
    const [{ n: casesBefore }] = await t.database.db.select({ n: count() }).from(caseFile);
    const [{ n: eventsBefore }] = await t.database.db.select({ n: count() }).from(caseEvent);
    const head = client(t.app, '10.5.0.2');
    await head.login('sysadmin');
    const expired = (await head.get('/api/v1/admin/accounts?q=jxsj.officer4')).json().items[0];
    const res = await officer1.post('/api/v1/cases', { title: '证件过期测试案源', source: 'inspection', description: '用于验证过期执法证不能承办案件。', coHandlerAccountIds: [expired.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'CERTIFICATE_EXPIRED', message: expect.stringContaining('到期') });
    const [{ n: casesAfter }] = await t.database.db.select({ n: count() }).from(caseFile);
    const [{ n: eventsAfter }] = await t.database.db.select({ n: count() }).from(caseEvent);
    expect([casesAfter, eventsAfter]).toEqual([casesBefore, eventsBefore]);
    // A handler from another agency is refused too.
    const yi = (await head.get('/api/v1/admin/accounts?q=yxsj.officer1')).json().items[0];
    expect((await officer1.post('/api/v1/cases', { title: '跨机关承办测试', source: 'inspection', description: '用于验证其他机关人员不能承办。', coHandlerAccountIds: [yi.id] })).json().code).toBe('HANDLER_NOT_IN_AGENCY');
    expect((await officer1.post('/api/v1/cases', { title: '缺少内容', source: 'nowhere', description: 'x' })).statusCode).toBe(400);
  });

  it("hides another county's case behind 404 and shows the attempt to the audit admin", async () => {
    const mine = (await officer1.get('/api/v1/cases?mine=true')).json().items[0];
    const yiOfficer = client(t.app, '10.5.0.3');
    await yiOfficer.login('yxsj.officer1');
    const res = await yiOfficer.get(`/api/v1/cases/${mine.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('CASE_NOT_FOUND');
    const missing = await yiOfficer.get('/api/v1/cases/00000000-0000-4000-8000-000000000000');
    expect(missing.json()).toEqual(res.json());
    expect((await yiOfficer.get('/api/v1/cases?pageSize=200')).json().items.every((c: { agencyName: string }) => c.agencyName === '乙县市场监督管理局')).toBe(true);
    const auditor = client(t.app, '10.5.0.4');
    await auditor.login('auditadmin');
    const rows = (await auditor.get(`/api/v1/audit?objectType=case&objectId=${mine.id}&result=not-found`)).json().items;
    expect(rows[0]).toMatchObject({ username: 'yxsj.officer1', action: 'case.read', result: 'not-found' });
  });

  it('gives officers their own cases, unit heads their unit, supervisors their jurisdiction', async () => {
    const c = (await officer1.get('/api/v1/cases?mine=true')).json().items[0];
    const officer4 = client(t.app, '10.5.0.5');
    await officer4.login('jxsj.officer4');
    expect((await officer4.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    const head = client(t.app, '10.5.0.6');
    await head.login('jxsj.head');
    expect((await head.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    const jiaSupervisor = client(t.app, '10.5.0.7');
    await jiaSupervisor.login('jxsf.supervisor');
    expect((await jiaSupervisor.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    const supervised = (await jiaSupervisor.get('/api/v1/cases?pageSize=200')).json().items.map((x: { agencyName: string }) => x.agencyName);
    expect(supervised).toContain('甲县市场监督管理局');
    expect(supervised).toContain('某市生态环境局甲县分局');
    expect(supervised).not.toContain('乙县市场监督管理局');
    const yiSupervisor = client(t.app, '10.5.0.8');
    await yiSupervisor.login('yxsf.supervisor');
    expect((await yiSupervisor.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    // Supervisors read only.
    expect((await jiaSupervisor.post('/api/v1/cases', { title: '监督员不能登记', source: 'other', description: '执法监督人员不办理案件。' })).statusCode).toBe(403);
    const citySupervisor = client(t.app, '10.5.0.9');
    await citySupervisor.login('smsf.supervisor');
    const all = (await citySupervisor.get('/api/v1/cases?pageSize=200')).json().items.map((x: { agencyName: string }) => x.agencyName);
    expect(all).toEqual(expect.arrayContaining(['甲县市场监督管理局', '乙县市场监督管理局']));
  });

  it('searches parties by name or credit code, masked', async () => {
    const found = (await officer1.get(`/api/v1/cases/options/parties?q=${encodeURIComponent('鲜味')}`)).json().items;
    expect(found.map((p: { name: string }) => p.name)).toEqual(['甲县鲜味餐饮有限公司']);
    const people = (await officer1.get('/api/v1/cases/options/parties?limit=100')).json().items.filter((p: { kind: string }) => p.kind === 'person');
    expect(people.every((p: { idNumberMasked: string }) => /^\d{3}\*{11}[\dX]{4}$/.test(p.idNumberMasked))).toBe(true);
  });

  it('answers a long case with its newest 50 records and the count, and the whole record on request, in scope only', async () => {
    const created = (await officer1.post('/api/v1/cases', { title: '长记录案源', source: 'inspection', description: '用于验证全过程记录较多时的案件详情。' })).json();
    // 60 more records (written as the acts would write them: each a ledger leaf).
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 60; i++) {
        await appendCaseEvent(tx as never, { caseId: created.id, type: 'evidence-added', at: new Date(), actorAccountId: null, actorName: '测试', place: null, payload: { n: i } });
      }
    });
    const detail = (await officer1.get(`/api/v1/cases/${created.id}`)).json();
    expect(detail.eventCount).toBe(61);
    expect(detail.events.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 12));
    const all = await officer1.get(`/api/v1/cases/${created.id}/events`);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
    expect(all.json().items[0]).toMatchObject({ type: 'clue-registered', typeLabel: '案源登记' });
    const yiOfficer = client(t.app, '10.5.0.6');
    await yiOfficer.login('yxsj.officer1');
    const hidden = await yiOfficer.get(`/api/v1/cases/${created.id}/events`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('CASE_NOT_FOUND');
    expect((await verifyLedger(t.database.db, t.deps.ledger.verifierKey)).problems).toEqual([]);
  });

  it('keeps case events append-only in the database', async () => {
    const [e] = await t.database.db.select().from(caseEvent).limit(1);
    await expect(t.database.db.update(caseEvent).set({ type: 'x' }).where(eq(caseEvent.id, e.id))).rejects.toThrow();
    await expect(t.database.db.delete(caseEvent).where(eq(caseEvent.id, e.id))).rejects.toThrow();
  });
});
