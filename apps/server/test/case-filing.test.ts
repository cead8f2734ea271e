import { caseEvent, caseFile } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

// The shipped national schedule ends with 2026; the 90-day period of a case filed on 2026-11-20 ends in 2027.
const schedule2027 = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-02', kind: 'holiday', name: '元旦' },
  { date: '2027-01-03', kind: 'holiday', name: '元旦' },
];

describeEachDatabase('立案 and 不予立案', (kind) => {
  let t: TestApp;
  let officer1: Client;
  let unitHead: Client;
  let agencyHead: Client;
  let officer2Id: string;
  const reason = '经初步核查，当事人涉嫌违法事实基本清楚，依法应予立案调查。';

  const clue = async (opts: { occurredOn?: string; co?: boolean } = {}) => {
    const res = await officer1.post('/api/v1/cases', {
      title: '立案流程测试案源',
      source: 'inspection',
      description: '日常检查发现的线索，用于验证立案审批流程。',
      occurredOn: opts.occurredOn ?? '2026-11-18',
      coHandlerAccountIds: opts.co === false ? [] : [officer2Id],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; allowedActions: string[] };
  };
  const counts = async () => {
    const [{ n: events }] = await t.database.db.select({ n: count() }).from(caseEvent);
    return Number(events);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    officer1 = client(t.app, '10.6.0.1');
    await officer1.login('jxsj.officer1');
    unitHead = client(t.app, '10.6.0.2');
    await unitHead.login('jxsj.unithead');
    agencyHead = client(t.app, '10.6.0.3');
    await agencyHead.login('jxsj.head');
    const handlers = (await officer1.get('/api/v1/cases/options/handlers')).json().items as Array<{ accountId: string; name: string }>;
    const sys = client(t.app, '10.6.0.4');
    await sys.login('sysadmin');
    officer2Id = (await sys.get('/api/v1/admin/accounts?q=jxsj.officer2')).json().items[0].id;
    expect(handlers.some((h) => h.accountId === officer2Id)).toBe(true);
  });
  afterAll(() => t.close());

  it('files a case after request and approval, with gap-free case numbers and the 90-day decision due date', async () => {
    const c = await clue();
    expect(c.allowedActions).toEqual(['request-filing']);
    expect((await unitHead.get(`/api/v1/cases/${c.id}`)).json().allowedActions).toEqual([]);

    const requested = await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason });
    expect(requested.statusCode, requested.body).toBe(200);
    expect(requested.json()).toMatchObject({ status: 'filing-requested', statusLabel: '立案待审批', allowedActions: [] });
    expect((await unitHead.get(`/api/v1/cases/${c.id}`)).json().allowedActions).toEqual(['decide-filing']);
    expect((await agencyHead.get(`/api/v1/cases/${c.id}`)).json().allowedActions).toEqual(['decide-filing']);

    // No 2027 schedule yet: the due date cannot be computed, the approval is refused and leaves nothing (no number used).
    const before = await counts();
    const noYear = await unitHead.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意立案' });
    expect(noYear.statusCode).toBe(422);
    expect(noYear.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(await counts()).toBe(before);
    const sys = client(t.app, '10.6.0.5');
    await sys.login('sysadmin');
    expect((await sys.put('/api/v1/calendar/years/2027', { days: schedule2027 })).statusCode).toBe(200);

    const filed = await unitHead.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意立案' });
    expect(filed.statusCode, filed.body).toBe(200);
    const body = filed.json();
    expect(body).toMatchObject({ status: 'filed', statusLabel: '已立案（调查取证）', caseNumber: '甲县市监立〔2026〕1号', filedOn: '2026-11-20', allowedActions: [] });
    expect(body.events.map((e: { seq: number; type: string; typeLabel: string }) => [e.seq, e.type, e.typeLabel])).toEqual([
      [1, 'clue-registered', '案源登记'],
      [2, 'filing-requested', '申请立案'],
      [3, 'filed', '立案'],
    ]);
    expect(body.events[1].payload).toMatchObject({ reason, aggravated: false, occurredOn: '2026-11-18', limitationEndsOn: '2028-11-18', handlersEligible: 2 });
    // 2026-11-20 + 90 days = 2027-02-18 (Thursday, a working day).
    expect(body.events[2].payload).toMatchObject({ caseNumber: '甲县市监立〔2026〕1号', filedOn: '2026-11-20', opinion: '同意立案', decisionDueOn: '2027-02-18', decisionDueBasis: expect.stringContaining('第六十条') });

    const second = await clue();
    await officer1.post(`/api/v1/cases/${second.id}/filing-request`, { reason, aggravated: true });
    const filed2 = await agencyHead.post(`/api/v1/cases/${second.id}/filing-decision`, { approve: true, opinion: '同意' });
    expect(filed2.json().caseNumber).toBe('甲县市监立〔2026〕2号');

    // Deciding again is a conflict naming where the case stands; so is asking again.
    const twice = await unitHead.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意立案' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'CASE_STATE_INVALID', message: expect.stringContaining('已立案') });
    expect((await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason })).statusCode).toBe(409);

    const report = await verifyLedger(t.database.db, t.deps.ledger.verifierKey);
    expect(report.problems).toEqual([]);
  });

  it('refuses filing past the limitation period with its code and the end date, storing nothing', async () => {
    const c = await clue({ occurredOn: '2024-11-19' });
    const before = await counts();
    const res = await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'LIMITATION_EXPIRED', message: expect.stringContaining('2026-11-19') });
    expect(await counts()).toBe(before);
    const [row] = await t.database.db.select().from(caseFile).where(eq(caseFile.id, c.id));
    expect(row.status).toBe('clue');
    // Five years where life, health or financial security was harmed.
    expect((await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason, aggravated: true })).statusCode).toBe(200);
  });

  it('refuses a case with one eligible handler (处罚法 第四十二条)', async () => {
    const c = await clue({ co: false });
    const res = await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('TOO_FEW_OFFICERS');
  });

  it('ends a case with 不予立案 and the opinion', async () => {
    const c = await clue();
    await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason });
    const res = await unitHead.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: false, opinion: '违法事实不能成立，不予立案。' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'not-filed', statusLabel: '不予立案', caseNumber: null, filedOn: null, allowedActions: ['archive'] });
    expect(body.events.at(-1)).toMatchObject({ type: 'not-filed', typeLabel: '不予立案', payload: { opinion: '违法事实不能成立，不予立案。' } });
    expect((await unitHead.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意' })).json().code).toBe('CASE_STATE_INVALID');
  });

  it('keeps approval to the heads and hides cases out of scope', async () => {
    const c = await clue();
    // Only the lead asks.
    const officer2 = client(t.app, '10.6.0.6');
    await officer2.login('jxsj.officer2');
    expect((await officer2.get(`/api/v1/cases/${c.id}`)).json().allowedActions).toEqual([]);
    const asAssistant = await officer2.post(`/api/v1/cases/${c.id}/filing-request`, { reason });
    expect(asAssistant.statusCode).toBe(403);
    expect(asAssistant.json().code).toBe('CASE_ACT_NOT_YOURS');
    await officer1.post(`/api/v1/cases/${c.id}/filing-request`, { reason });
    // The lead officer may act on the case (scope own) but not approve: 403.
    const self = await officer1.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意' });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('CASE_ACT_NOT_YOURS');
    // An officer of the agency who does not handle it: outside scope own, 404.
    const officer3 = client(t.app, '10.6.0.7');
    await officer3.login('jxsj.officer3');
    expect((await officer3.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意' })).statusCode).toBe(404);
    // Another county: 404 like a read.
    const yi = client(t.app, '10.6.0.8');
    await yi.login('yxsj.head');
    const other = await yi.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意' });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('CASE_NOT_FOUND');
    // Legal reviewers and supervisors have no case.act at all: 403.
    const reviewer = client(t.app, '10.6.0.9');
    await reviewer.login('jxsj.reviewer1');
    expect((await reviewer.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意' })).statusCode).toBe(403);
    expect((await reviewer.get(`/api/v1/cases/${c.id}`)).json().allowedActions).toEqual([]);
    const supervisor = client(t.app, '10.6.0.10');
    await supervisor.login('jxsf.supervisor');
    expect((await supervisor.get(`/api/v1/cases/${c.id}`)).json().allowedActions).toEqual([]);
    // Bodies are strict and checked.
    expect((await officer1.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同' })).statusCode).toBe(400);
    expect((await unitHead.post(`/api/v1/cases/${c.id}/filing-decision`, { approve: true, opinion: '同意', status: 'filed' })).statusCode).toBe(400);
    const still = (await unitHead.get(`/api/v1/cases/${c.id}`)).json();
    expect(still).toMatchObject({ status: 'filing-requested', allowedActions: ['decide-filing'] });
  });
});
