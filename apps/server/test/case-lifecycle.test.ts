import { caseEvent, disclosureRecord, party } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

const schedule2027 = [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }];

describeEachDatabase('一般程序: from filing to archive, every gate refusing with its code', (kind) => {
  let t: TestApp;
  let lead: Client;
  let co: Client;
  let unitHead: Client;
  let head: Client;
  let coId = '';
  let leadId = '';
  let orgPartyId = '';

  const eventCount = async () => Number((await t.database.db.select({ n: count() }).from(caseEvent))[0].n);
  const act = (c: Client, caseId: string, name: string, body: unknown) => c.post(`/api/v1/cases/${caseId}/acts/${name}`, body);
  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => any }>) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const refused = async (p: Promise<{ statusCode: number; json: () => any }>, status: number, code: string) => {
    const before = await eventCount();
    const res = await p;
    expect(res.json().code).toBe(code);
    expect(res.statusCode).toBe(status);
    expect(await eventCount()).toBe(before); // a refused act leaves nothing behind
    return res.json();
  };
  const today = () => t.clock.now().toISOString().slice(0, 10);
  /** Moves the clock; sessions idle for more than 30 minutes end, so everyone signs in again. */
  const travel = async (to: string) => {
    t.clock.set(new Date(`${to}T02:00:00Z`));
    for (const [c, u] of [[lead, 'jxsj.officer1'], [co, 'jxsj.officer2'], [unitHead, 'jxsj.unithead'], [head, 'jxsj.head']] as const) await c.login(u);
  };
  const when = () => t.clock.now().toISOString();
  const draft = (fineYuan: number, extra: object = {}) => ({
    outcome: 'penalty',
    facts: '当事人于2026年11月15日在其经营场所销售酸价超标的散装花生油20公斤。',
    evidenceSummary: '现场检查笔录、抽样检验报告、询问笔录。',
    violatedProvisions: '《中华人民共和国食品安全法》第三十四条第（六）项',
    penaltyBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
    penalties: [{ kind: 'fine', amountFen: fineYuan * 100 }],
    discretion: { level: 'normal', reason: '无从轻、从重情节' },
    ...extra,
  });

  /** A filed case with the lead and co-handler both having declared no conflict. */
  const filedCase = async () => {
    const created = await lead.post('/api/v1/cases', { title: '销售不合格食用油案', source: 'inspection', description: '抽检发现散装花生油酸价超标。', occurredOn: '2026-11-15', partyId: orgPartyId, coHandlerAccountIds: [coId] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    await ok(lead.post(`/api/v1/cases/${id}/filing-request`, { reason: '抽检报告显示产品不合格，依法应予立案调查。' }));
    await ok(unitHead.post(`/api/v1/cases/${id}/filing-decision`, { approve: true, opinion: '同意立案' }));
    return id as string;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = client(t.app, '10.7.0.1');
    await lead.login('jxsj.officer1');
    co = client(t.app, '10.7.0.2');
    await co.login('jxsj.officer2');
    unitHead = client(t.app, '10.7.0.3');
    await unitHead.login('jxsj.unithead');
    head = client(t.app, '10.7.0.4');
    await head.login('jxsj.head');
    const sys = client(t.app, '10.7.0.5');
    await sys.login('sysadmin');
    expect((await sys.put('/api/v1/calendar/years/2027', { days: schedule2027 })).statusCode).toBe(200);
    coId = (await sys.get('/api/v1/admin/accounts?q=jxsj.officer2')).json().items[0].id;
    leadId = (await sys.get('/api/v1/admin/accounts?q=jxsj.officer1')).json().items[0].id;
    const [org] = await t.database.db.select().from(party).where(eq(party.kind, 'organization')).limit(1);
    orgPartyId = org.id;
  });
  afterAll(() => t.close());

  it('walks a penalty case through investigation, notice, decision, service, a late payment, closure and archive', async () => {
    const id = await filedCase();
    const inspection = { participantAccountIds: [leadId, coId], place: '甲县城关镇万家福超市', startedAt: when(), endedAt: when(), findings: '货架上陈列散装花生油，标签不全，现场抽取样品两份。' };

    // 第四十三条: no investigative act before both officers declared no conflict.
    await refused(act(lead, id, 'record-inspection', inspection), 422, 'RECUSAL_NOT_DECLARED');
    await ok(act(lead, id, 'declare-no-conflict', {}));
    await refused(act(lead, id, 'declare-no-conflict', {}), 409, 'RECUSAL_ALREADY_DECLARED');
    await ok(act(co, id, 'declare-no-conflict', {}));
    // 第四十二条: two officers.
    expect((await act(lead, id, 'record-inspection', { ...inspection, participantAccountIds: [leadId] })).statusCode).toBe(400);
    const inspected = await ok(act(co, id, 'record-inspection', inspection));
    expect(inspected.documents.map((d: { title: string }) => d.title)).toEqual(['立案审批表', '回避声明', '回避声明', '现场检查笔录']);

    // The decision comes after the report, the notice and the statement period.
    await refused(act(head, id, 'decide', { opinion: '同意' }), 409, 'CASE_STATE_INVALID');
    const concluded = await ok(act(lead, id, 'conclude-investigation', { report: '经调查，当事人销售不符合食品安全标准的食用油，违法事实清楚，证据确凿。', draft: draft(5000) }));
    expect(concluded).toMatchObject({ status: 'investigated', state: { draftVersion: 1 } });
    await refused(act(head, id, 'decide', { opinion: '同意' }), 422, 'NOTICE_NOT_SERVED');
    // Electronic service needs the party's signed consent (第六十一条).
    await refused(act(lead, id, 'serve-prior-notice', { servedOn: today(), method: 'electronic', recipient: '张经理' }), 422, 'E_SERVICE_CONSENT_MISSING');
    const notified = await ok(act(lead, id, 'serve-prior-notice', { servedOn: today(), method: 'direct', recipient: '张经理' }));
    // 2026-11-20 (Fri) + 5 working days = 2026-11-27; 5,000 元 gives an organisation no hearing right.
    expect(notified.state.notice).toEqual({ servedOn: '2026-11-20', statementDueOn: '2026-11-27', hearingRequestDueOn: null, hearingReasons: [] });
    const check = await ok(head.get(`/api/v1/cases/${id}/decision-check`));
    expect(check.refusals.map((r: { code: string }) => r.code)).toEqual(['STATEMENT_PERIOD_OPEN']);
    const early = await refused(act(head, id, 'decide', { opinion: '同意' }), 422, 'STATEMENT_PERIOD_OPEN');
    expect(early.message).toContain('2026-11-27');
    await refused(act(lead, id, 'request-hearing', { requestedOn: today(), form: 'written' }), 409, 'HEARING_NOT_APPLICABLE');

    // 第四十五条: the statement may lower the penalty, never raise it.
    await ok(act(lead, id, 'record-statement', { receivedOn: today(), form: 'written', content: '当事人称系初次违法，已下架全部问题产品。', assessment: '情况属实，可从轻处罚。', adopted: true }));
    await refused(act(lead, id, 'revise-draft', { reason: '复核后调整', draft: draft(8000) }), 422, 'PENALTY_HEAVIER_THAN_NOTIFIED');
    await ok(act(lead, id, 'revise-draft', { reason: '采纳当事人陈述，从轻处罚。', draft: draft(4000, { discretion: { level: 'lighter', reason: '初次违法，主动下架' } }) }));

    await travel('2026-11-28'); // Saturday: the statement period ended on the 27th
    const decided = await ok(act(head, id, 'decide', { opinion: '同意按拟处理意见作出处罚决定。' }));
    expect(decided).toMatchObject({ status: 'decided', decisionNumber: '甲县市监罚〔2026〕1号', decidedOn: '2026-11-28', fineFen: 400_000 });
    const decisionDoc = decided.events.at(-1).payload.documents.find((d: { kind: string }) => d.kind === 'penalty-decision');
    expect(decisionDoc.data).toMatchObject({ penaltyText: '罚款人民币4,000元', remedyText: expect.stringContaining('行政复议'), performance: expect.stringContaining('十五日内') });
    expect(decided.deadlines.find((d: { key: string }) => d.key === 'decision').doneOn).toBe('2026-11-28');
    // The decision is prepared for the portal in the same transaction, due within 7 working days (国办发〔2018〕118号).
    const [record] = await t.database.db.select().from(disclosureRecord).where(eq(disclosureRecord.caseId, id));
    expect(record).toMatchObject({ documentNumber: '甲县市监罚〔2026〕1号', status: 'draft', decisionDate: '2026-11-28', fineFen: 400_000 });

    await travel('2026-11-30');
    const served = await ok(act(lead, id, 'serve-decision', { servedOn: '2026-11-30', method: 'direct', recipient: '张经理' }));
    // 15 days from 2026-11-30: 2026-12-15.
    expect(served.state.payment).toMatchObject({ dueOn: '2026-12-15', paidFen: 0 });
    await travel('2026-12-18');
    await refused(act(lead, id, 'record-payment', { paidOn: '2026-12-18', amountFen: 500_000, channel: 'bank', receiptNumber: 'PJ001' }), 422, 'PAYMENT_EXCEEDS_OWED');
    // Three days late: 3% × 3 × 4,000 = 360 元.
    const paid = await ok(act(lead, id, 'record-payment', { paidOn: '2026-12-18', amountFen: 436_000, channel: 'bank', receiptNumber: 'PJ001' }));
    expect(paid.status).toBe('executed');
    expect(paid.events.at(-1).payload).toMatchObject({ lateFeeDays: 3, lateFeeFen: 36_000, settled: true });

    const closed = await ok(act(unitHead, id, 'close', { summary: '罚款及加处罚款已缴清，案件办结。' }));
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-12-18' });
    const archived = await ok(act(unitHead, id, 'archive', {}));
    expect(archived.status).toBe('archived');
    expect(archived.allowedActions).toEqual([]);

    const report = await verifyLedger(t.database.db, t.deps.ledger.verifierKey);
    expect(report.problems).toEqual([]);
  });

  it('requires a hearing when asked for in time, with 7 working days of notice and a chair who did not investigate', async () => {
    await travel('2026-11-20');
    const id = await filedCase();
    await ok(act(lead, id, 'conclude-investigation', { report: '经调查，当事人违法事实清楚，证据确凿，拟处以较大数额罚款。', draft: draft(200_000) }));
    const notified = await ok(act(lead, id, 'serve-prior-notice', { servedOn: today(), method: 'direct', recipient: '张经理' }));
    expect(notified.state.notice.hearingRequestDueOn).toBe('2026-11-27');
    await travel('2026-11-23');
    await ok(act(lead, id, 'request-hearing', { requestedOn: '2026-11-23', form: 'written' }));
    await travel('2026-11-24');
    await refused(act(head, id, 'decide', { opinion: '同意' }), 409, 'CASE_STATE_INVALID');
    // Notice on the 24th: a hearing on 2026-12-01 is only 5 working days ahead.
    await refused(act(unitHead, id, 'schedule-hearing', { hearingOn: '2026-12-01', place: '本局听证室', chairAccountId: leadId, noticeServedOn: '2026-11-24' }), 422, 'HEARING_NOTICE_TOO_LATE');
    const chairRefused = await refused(act(unitHead, id, 'schedule-hearing', { hearingOn: '2026-12-10', place: '本局听证室', chairAccountId: leadId, noticeServedOn: '2026-11-24' }), 422, 'HEARING_CHAIR_IS_INVESTIGATOR');
    expect(chairRefused.message).toContain('调查人员');
    const sys = client(t.app, '10.7.0.9');
    await sys.login('sysadmin');
    const chairId = (await sys.get('/api/v1/admin/accounts?q=jxsj.reviewer1')).json().items[0].id;
    await ok(act(unitHead, id, 'schedule-hearing', { hearingOn: '2026-12-10', place: '本局听证室', chairAccountId: chairId, noticeServedOn: '2026-11-24' }));
    await travel('2026-12-10');
    await refused(act(unitHead, id, 'record-hearing', { heldOn: '2026-12-10', minutes: '听证会按程序进行，当事人进行了陈述和申辩，调查人员出示了证据。', partySigned: false, chairOpinion: '建议维持原处理意见' }), 422, 'HEARING_MINUTES_UNSIGNED');
    const held = await ok(act(unitHead, id, 'record-hearing', { heldOn: '2026-12-10', minutes: '听证会按程序进行，当事人进行了陈述和申辩，调查人员出示了证据。', partySigned: true, chairOpinion: '建议维持原处理意见' }));
    expect(held.status).toBe('hearing-held');
    // 200,000 元 to an organisation after a hearing: legal review (第五十八条) is required before the decision.
    const gate = await refused(act(head, id, 'decide', { opinion: '同意' }), 422, 'REVIEW_REQUIRED');
    expect(gate.message).toContain('须经法制审核');
  });

  it('refuses a late hearing request and ends a case by dismissal with its own document', async () => {
    await travel('2026-11-20');
    const id = await filedCase();
    await ok(act(lead, id, 'conclude-investigation', { report: '经调查，当事人违法事实清楚，证据确凿，拟处以较大数额罚款。', draft: draft(200_000) }));
    await ok(act(lead, id, 'serve-prior-notice', { servedOn: today(), method: 'direct', recipient: '张经理' }));
    await travel('2026-11-30');
    await refused(act(lead, id, 'request-hearing', { requestedOn: '2026-11-30', form: 'written' }), 422, 'HEARING_REQUEST_LATE');

    const other = await filedCase();
    await refused(act(unitHead, other, 'dismiss', { reason: '经调查，违法事实不能成立，撤销立案。' }), 403, 'CASE_ACT_NOT_YOURS');
    const dismissed = await ok(act(head, other, 'dismiss', { reason: '经调查，违法事实不能成立，撤销立案。' }));
    expect(dismissed.status).toBe('dismissed');
    expect((await ok(act(unitHead, other, 'archive', {}))).status).toBe('archived');
  });

  it('reads the statement period and hearing amounts from the agency\'s settings, which only the system admin edits', async () => {
    await travel('2026-11-20');
    const sys = client(t.app, '10.7.0.10');
    await sys.login('sysadmin');
    const mine = await ok(lead.get('/api/v1/case-rules'));
    expect(mine).toMatchObject({ customised: false, rules: { statementWorkingDays: 5 } });
    expect((await lead.put('/api/v1/case-rules', { agencyId: mine.agencyId, rules: { statementWorkingDays: 7 } })).statusCode).toBe(403);
    expect((await sys.put('/api/v1/case-rules', { agencyId: mine.agencyId, rules: { statementWorkingDays: 1 } })).statusCode).toBe(400);
    const saved = await ok(sys.put('/api/v1/case-rules', { agencyId: mine.agencyId, rules: { statementWorkingDays: 7, hearingFineFen: { person: 500_000, organization: 5_000_000 } } }));
    expect(saved).toMatchObject({ customised: true, rules: { statementWorkingDays: 7, decisionExtensionDays: 30 } });
    const id = await filedCase();
    await ok(act(lead, id, 'conclude-investigation', { report: '经调查，当事人违法事实清楚，证据确凿，拟处以罚款。', draft: draft(60_000) }));
    const notified = await ok(act(lead, id, 'serve-prior-notice', { servedOn: today(), method: 'direct', recipient: '张经理' }));
    // Seven working days from Friday 2026-11-20, and 60,000 元 now reaches this agency's hearing amount.
    expect(notified.state.notice).toMatchObject({ statementDueOn: '2026-12-01', hearingRequestDueOn: '2026-11-27' });
    await ok(sys.put('/api/v1/case-rules', { agencyId: mine.agencyId, rules: { statementWorkingDays: 5, hearingFineFen: { person: 1_000_000, organization: 10_000_000 } } }));
  });

  it('keeps seizures to 30 days, extendable once by the agency head', async () => {
    await travel('2026-11-20');
    const id = await filedCase();
    await ok(act(lead, id, 'declare-no-conflict', {}));
    await ok(act(co, id, 'declare-no-conflict', {}));
    const taken = await ok(act(lead, id, 'take-measure', { participantAccountIds: [leadId, coId], place: '超市仓库', startedAt: when(), endedAt: when(), kind: 'seize', items: [{ name: '散装花生油', quantity: '20公斤' }], reason: '涉嫌不符合食品安全标准', approvedBy: '王局长', startedOn: today() }));
    const m = taken.state.measures[0];
    expect(m.dueOn).toBe('2026-12-21'); // 2026-12-20 is a Sunday
    await refused(act(lead, id, 'extend-measure', { measureId: m.id, reason: '需要送检验' }), 403, 'CASE_ACT_NOT_YOURS');
    const ext = await ok(act(head, id, 'extend-measure', { measureId: m.id, reason: '情况复杂，需延长', testingDays: 5 }));
    expect(ext.state.measures[0]).toMatchObject({ extended: true, dueOn: '2027-01-24' });
    await refused(act(head, id, 'extend-measure', { measureId: m.id, reason: '再次延长' }), 422, 'MEASURE_ALREADY_EXTENDED');
    await refused(act(unitHead, id, 'close', { summary: '测试结案，应被拒绝的情形。' }), 409, 'CASE_STATE_INVALID');
    const released = await ok(act(lead, id, 'end-measure', { measureId: m.id, outcome: 'released', reason: '检验合格，解除扣押', endedOn: today() }));
    expect(released.deadlines.find((d: { key: string }) => d.key === 'seizure').doneOn).toBe(today());
  });
});

describeEachDatabase('简易程序: a numbered on-the-spot decision within the limits of 第五十一条', (kind) => {
  let t: TestApp;
  let officer: Client;
  let unitHead: Client;
  let coId = '';
  let personId = '';
  let orgId = '';

  beforeAll(async () => {
    t = await startTestApp(kind);
    officer = client(t.app, '10.8.0.1');
    await officer.login('jxsj.officer1');
    unitHead = client(t.app, '10.8.0.2');
    await unitHead.login('jxsj.unithead');
    const sys = client(t.app, '10.8.0.3');
    await sys.login('sysadmin');
    coId = (await sys.get('/api/v1/admin/accounts?q=jxsj.officer2')).json().items[0].id;
    personId = (await t.database.db.select().from(party).where(eq(party.kind, 'person')).limit(1))[0].id;
    orgId = (await t.database.db.select().from(party).where(eq(party.kind, 'organization')).limit(1))[0].id;
  });
  afterAll(() => t.close());

  const spot = (partyId: string, penalty: object, extra: object = {}) =>
    officer.post('/api/v1/cases/on-the-spot', {
      partyId,
      title: '占道经营',
      place: '城关镇人民路12号门前',
      occurredAt: '2026-11-20T09:30:00+08:00',
      facts: '当事人在人民路12号门前占用人行道摆放商品经营。',
      violatedProvisions: '《城市市容和环境卫生管理条例》第十七条',
      penaltyBasis: '《城市市容和环境卫生管理条例》第三十六条',
      penalty,
      coOfficerAccountId: coId,
      statementHeard: true,
      ...extra,
    });

  it('decides a 50 元 fine collected on the spot, numbered, then filed with the agency', async () => {
    const res = await spot(personId, { kind: 'fine', amountFen: 5_000 }, { collectedOnTheSpot: true, receiptNumber: 'ZY-0001' });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ procedure: 'simple', status: 'executed', decisionNumber: '甲县市监当罚〔2026〕1号', fineFen: 5_000 });
    expect(c.documents.map((d: { title: string }) => d.title)).toEqual(['当场行政处罚决定书']);
    expect(c.deadlines.find((d: { key: string }) => d.key === 'simpleFiling')).toMatchObject({ dueOn: '2026-11-27', doneOn: null });
    const closed = await unitHead.post(`/api/v1/cases/${c.id}/acts/close`, { summary: '当场处罚决定已备案，罚款已当场收缴。' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().deadlines.find((d: { key: string }) => d.key === 'simpleFiling').doneOn).toBe('2026-11-20');
  });

  it('refuses what the simple procedure cannot decide, storing nothing', async () => {
    const before = Number((await t.database.db.select({ n: count() }).from(caseEvent))[0].n);
    const tooMuch = await spot(personId, { kind: 'fine', amountFen: 20_100 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json()).toMatchObject({ code: 'SIMPLE_PROCEDURE_NOT_ALLOWED', message: expect.stringContaining('200元') });
    expect((await spot(orgId, { kind: 'fine', amountFen: 300_001 })).json().code).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED');
    expect((await spot(orgId, { kind: 'fine', amountFen: 20_000 }, { collectedOnTheSpot: true, receiptNumber: 'ZY-2' })).json().code).toBe('ON_THE_SPOT_COLLECTION_NOT_ALLOWED');
    expect((await spot(personId, { kind: 'warning' }, { statementHeard: false })).json().code).toBe('STATEMENT_NOT_HEARD');
    expect(Number((await t.database.db.select({ n: count() }).from(caseEvent))[0].n)).toBe(before);
    const org = await spot(orgId, { kind: 'fine', amountFen: 300_000 });
    expect(org.statusCode, org.body).toBe(201);
    expect(org.json()).toMatchObject({ status: 'served', decisionNumber: '甲县市监当罚〔2026〕2号', state: { payment: { dueOn: '2026-12-07' } } });
  });
});
