import { type Db, disclosureEvent, disclosureRecord } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { fromBase64, merkle, verifyCheckpoint } from '@sanxiang/ledger';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expireDisclosures } from '../src/modules/disclosure/publish-disclosure.ts';
import { prepareDisclosure, type PrepareDisclosureInput, requireWithdrawal, withdrawDisclosure } from '../src/modules/disclosure/prepare-disclosure.ts';
import { disclosureDeadlines } from '../src/modules/disclosure/disclosure-queries.ts';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

// The test clock starts at 2026-11-20 10:00 Beijing time (a Friday).
const decision = (over: Record<string, unknown> = {}) => ({
  kind: 'penalty',
  documentNumber: `甲县市监罚〔2026〕${Math.floor(Math.random() * 1e6)}号`,
  decisionDate: '2026-11-20',
  party: { name: '张三丰', kind: 'person' },
  category: '食品安全监管',
  violation: '使用超过保质期的食品原料',
  basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
  content: '警告，罚款5000元',
  fineFen: 500_000,
  summary: '当事人张三丰（联系电话13800138000）在其经营的餐馆后厨使用超过保质期的酱油两瓶。',
  ...over,
});

describeEachDatabase('事后公开: prepare, publish, withdraw, expire, remove', (kind) => {
  let t: TestApp;
  let officer: Client;
  let otherOfficer: Client;
  let unitHead: Client;
  let supervisor: Client;
  let sysadmin: Client;
  let anon: Client;

  const records = async () => Number((await t.database.db.select({ n: count() }).from(disclosureRecord))[0].n);
  const prepare = async (over: Record<string, unknown> = {}) => {
    const res = await officer.post('/api/v1/disclosure/records', decision(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { created: boolean; record: Record<string, any> | null; reason: { code: string } | null };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    officer = client(t.app, '10.9.0.1');
    await officer.login('jxsj.officer1');
    otherOfficer = client(t.app, '10.9.0.2');
    await otherOfficer.login('yxsj.officer1');
    unitHead = client(t.app, '10.9.0.3');
    await unitHead.login('jxsj.unithead');
    supervisor = client(t.app, '10.9.0.4');
    await supervisor.login('jxsf.supervisor');
    sysadmin = client(t.app, '10.9.0.5');
    await sysadmin.login('sysadmin');
    anon = client(t.app, '10.9.0.6');
  });
  afterAll(() => t.close());

  it('prepares a draft from allowlisted fields: surname + 某, redacted summary, due in 7 working days (20 for other decisions)', async () => {
    const { created, record } = await prepare();
    expect(created).toBe(true);
    expect(record).toMatchObject({ status: 'draft', statusLabel: '待审核发布', partyName: '张某', dueOn: '2026-12-01', deadlineState: 'open', allowedActions: ['publish', 'withdraw'] });
    const preview = Object.fromEntries((record!.preview as Array<{ key: string; value: string }>).map((f) => [f.key, f.value]));
    expect(preview).toMatchObject({ partyName: '张某', partyKind: '自然人', fineFen: '5,000元', decisionDate: '2026-11-20' });
    expect(preview.summary).not.toContain('13800138000');
    expect(JSON.stringify(record)).not.toContain('张三丰');
    expect(Object.keys(preview)).not.toContain('creditCode');

    const other = await prepare({ kind: 'coercion', content: '查封经营场所' });
    expect(other.record).toMatchObject({ dueOn: '2026-12-18', kindLabel: '行政强制' });
    const org = await prepare({ party: { name: '甲县鲜味餐饮有限公司', kind: 'organization', creditCode: '91350100M000100Y43' } });
    expect(org.record!.preview).toEqual(expect.arrayContaining([{ key: 'creditCode', label: '统一社会信用代码', value: '91350100M000100Y43' }, { key: 'partyName', label: '当事人名称', value: '甲县鲜味餐饮有限公司' }]));
  });

  it('never prepares a record for a minor party, nor for a minor act under the 2026-04-01 rule, and says why', async () => {
    const before = await records();
    const minorParty = await prepare({ party: { name: '李小明', kind: 'person', minor: true } });
    expect(minorParty).toMatchObject({ created: false, record: null, reason: { code: 'DISCLOSURE_PARTY_MINOR' } });
    const minorAct = await prepare({ severity: 'minor' });
    expect(minorAct).toMatchObject({ created: false, reason: { code: 'DISCLOSURE_MINOR_NOT_PUBLISHED' } });
    expect(await records()).toBe(before);
  });

  it('names natural persons by the configured rule: 姓 + 某 by default, the full name where a local rule says so', async () => {
    expect((await officer.get('/api/v1/disclosure/settings')).statusCode).toBe(403);
    expect((await sysadmin.get('/api/v1/disclosure/settings')).json()).toEqual({ personNameRule: 'surname' });
    expect((await sysadmin.put('/api/v1/disclosure/settings', { personNameRule: 'initials' })).statusCode).toBe(400);
    expect((await sysadmin.put('/api/v1/disclosure/settings', { personNameRule: 'full' })).json()).toEqual({ personNameRule: 'full' });
    const full = await prepare({ party: { name: '欧阳娜娜', kind: 'person' } });
    expect(full.record!.partyName).toBe('欧阳娜娜');
    expect((await sysadmin.put('/api/v1/disclosure/settings', { personNameRule: 'surname' })).statusCode).toBe(200);
    expect((await prepare({ party: { name: '欧阳娜娜', kind: 'person' } })).record!.partyName).toBe('欧阳某');
  });

  it('refuses bad input with stable codes and stores nothing', async () => {
    const before = await records();
    const future = await officer.post('/api/v1/disclosure/records', decision({ decisionDate: '2026-11-21' }));
    expect([future.statusCode, future.json().code]).toEqual([400, 'DISCLOSURE_DECISION_IN_FUTURE']);
    const code = await officer.post('/api/v1/disclosure/records', decision({ party: { name: '某公司', kind: 'organization', creditCode: '91350100M000100Y44' } }));
    expect([code.statusCode, code.json().code]).toEqual([400, 'CREDIT_CODE_INVALID']);
    const unknownKey = await officer.post('/api/v1/disclosure/records', { ...decision(), agencyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownKey.statusCode).toBe(400);
    const twice = decision();
    await officer.post('/api/v1/disclosure/records', twice);
    const dup = await officer.post('/api/v1/disclosure/records', twice);
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'DISCLOSURE_DUPLICATE']);
    expect(await records()).toBe(before + 1);
  });

  it('publishes after approval: on the portal list and page (QR, 验证), verifiable with the public key; withdrawal takes it off every list', async () => {
    const { record } = await prepare({ documentNumber: '甲县市监罚〔2026〕88号' });
    const id = record!.id as string;
    // Not public before approval; another agency cannot see it.
    expect((await anon.get(`/decisions/${id}`)).statusCode).toBe(404);
    expect((await otherOfficer.get(`/api/v1/disclosure/records/${id}`)).statusCode).toBe(404);
    expect((await otherOfficer.post(`/api/v1/disclosure/records/${id}/publish`)).statusCode).toBe(404);

    const published = await officer.post(`/api/v1/disclosure/records/${id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', deadlineState: 'met', displayEndsOn: '2027-11-20', displayMinEndsOn: '2027-02-20', allowedActions: ['withdraw'] });
    expect(published.json().events.map((e: { type: string }) => e.type)).toEqual(['prepared', 'approved', 'published']);
    expect((await officer.post(`/api/v1/disclosure/records/${id}/publish`)).json().code).toBe('DISCLOSURE_STATE_INVALID');

    const list = await anon.get('/decisions');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('甲县市监罚〔2026〕88号');
    const page = await anon.get(`/decisions/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain(`http://localhost:80/decisions/${id}`);
    expect(page.body).toContain('id="verify-button"');
    expect(page.body).toContain('张某');
    expect(page.body).not.toContain('张三丰');
    expect(page.body).not.toContain('13800138000');
    expect(Buffer.byteLength(page.body)).toBeLessThan(100 * 1024);

    // What the 验证 button does, here in Node with the browser build of the ledger.
    const leafId = /data-leaf="(\d+)"/.exec(page.body)![1];
    const proof = (await anon.get(`/api/v1/ledger/proofs/inclusion?kind=disclosure-public&recordId=${leafId}`)).json();
    const cp = verifyCheckpoint(proof.checkpoint, t.deps.ledger.verifierKey, { origin: t.deps.ledger.origin });
    expect(merkle.verifyInclusion(merkle.leafHash(fromBase64(proof.leafData)), proof.leafIndex, cp.size, proof.proof.map(fromBase64), cp.root)).toBe(true);
    const leaf = JSON.parse(Buffer.from(proof.leafData, 'base64').toString('utf8'));
    expect(leaf).toMatchObject({ kind: 'disclosure-public', recordId: id, type: 'published' });
    expect(leaf.payload.fields).toEqual(expect.arrayContaining([['documentNumber', '甲县市监罚〔2026〕88号'], ['partyName', '张某']]));
    // Internal steps (the draft) have no public proof.
    const [prepared] = await t.database.db.select().from(disclosureEvent).where(eq(disclosureEvent.recordId, id));
    expect((await anon.get(`/api/v1/ledger/proofs/inclusion?kind=disclosure-event&recordId=${prepared.id}`)).statusCode).toBe(404);

    const short = await officer.post(`/api/v1/disclosure/records/${id}/withdraw`, { reason: '短' });
    expect(short.statusCode).toBe(400);
    const withdrawn = await officer.post(`/api/v1/disclosure/records/${id}/withdraw`, { reason: '原处罚决定经行政复议被撤销（甲县复决〔2026〕3号）' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawalDueOn: '2026-11-25', allowedActions: [] });
    expect((await anon.get('/decisions')).body).not.toContain('甲县市监罚〔2026〕88号');
    const gone = await anon.get(`/decisions/${id}`);
    expect(gone.statusCode).toBe(200);
    expect(gone.headers['x-robots-tag']).toBe('noindex');
    expect(gone.body).toContain('该决定信息已撤回');
    expect(gone.body).toContain('原处罚决定经行政复议被撤销（甲县复决〔2026〕3号）');
    expect(gone.body).not.toContain('使用超过保质期的食品原料');
    expect(gone.body).toMatch(/data-leaf="\d+"[^>]*data-expect="withdrawn"/);
    const again = await officer.post(`/api/v1/disclosure/records/${id}/withdraw`, { reason: '再次撤回测试' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'DISCLOSURE_STATE_INVALID']);
  });

  it('lets the case module withdraw by case, or flag a withdrawal due in 3 working days that the supervisor sees when overdue', async () => {
    const calendar = await t.deps.calendar.current();
    const now = t.deps.clock();
    const { record } = await prepare();
    await officer.post(`/api/v1/disclosure/records/${record!.id}/publish`);
    const agencyId = record!.agencyId as string;
    const flagged = await t.database.db.transaction(async (tx) =>
      requireWithdrawal(tx as unknown as Db, { recordId: record!.id, reason: '原决定被人民法院判决撤销', changedOn: '2026-11-12', at: now }, calendar),
    );
    expect(flagged).toEqual([record!.id]);
    const sup = (await supervisor.get('/api/v1/disclosure/supervision')).json();
    expect(sup.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: record!.id, duty: 'withdrawal', dueOn: '2026-11-17', state: 'overdue' })]));
    expect(sup.agencies.find((a: { agencyId: string }) => a.agencyId === agencyId)).toMatchObject({ overdueWithdrawal: expect.any(Number) });
    expect((await officer.get('/api/v1/disclosure/supervision')).statusCode).toBe(403);
    expect((await supervisor.post(`/api/v1/disclosure/records/${record!.id}/withdraw`, { reason: '监督员不能撤回' })).statusCode).toBe(403);

    // Overdue publication: a decision of 2026-11-02 was due on 11-11.
    const late = await prepare({ decisionDate: '2026-11-02' });
    const deadlines = await t.database.db.transaction(async (tx) => disclosureDeadlines(tx as unknown as Db, [agencyId], '2026-11-20', calendar));
    expect(deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ id: late.record!.id, duty: 'publication', dueOn: '2026-11-11', state: 'overdue' })]));
    expect((await officer.get('/api/v1/disclosure/deadlines')).json().items.map((i: { id: string }) => i.id)).toContain(late.record!.id);

    // The case module withdraws every open record of a case at once.
    const ids = await t.database.db.transaction(async (tx) => withdrawDisclosure(tx as unknown as Db, { recordId: record!.id, reason: '原决定被人民法院判决撤销', at: now }, calendar));
    expect(ids).toEqual([record!.id]);
    expect((await supervisor.get('/api/v1/disclosure/supervision')).json().items.map((i: { id: string }) => i.id)).not.toContain(record!.id);
  });

  it('creates through prepareDisclosure inside a caller transaction and rolls back with it', async () => {
    const calendar = await t.deps.calendar.current();
    const [ag] = (await officer.get('/api/v1/disclosure/records?pageSize=1')).json().items;
    const before = await records();
    await expect(
      t.database.db.transaction(async (tx) => {
        const r = await prepareDisclosure(tx as unknown as Db, { ...(decision() as unknown as PrepareDisclosureInput), agencyId: ag.agencyId }, calendar, { now: t.deps.clock() });
        expect(r.created).toBe(true);
        throw new Error('decision transaction failed');
      }),
    ).rejects.toThrow('decision transaction failed');
    expect(await records()).toBe(before);
  });

  it('takes records off at the end of display, and early only on credit repair after the minimum', async () => {
    const a = (await prepare()).record!;
    const b = (await prepare()).record!;
    for (const r of [a, b]) expect((await officer.post(`/api/v1/disclosure/records/${r.id}/publish`)).statusCode).toBe(200);

    const early = await unitHead.post(`/api/v1/disclosure/records/${a.id}/remove`, { reason: '当事人已完成信用修复（甲县信修〔2026〕1号）' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'DISCLOSURE_MINIMUM_NOT_REACHED']);
    expect((await officer.post(`/api/v1/disclosure/records/${a.id}/remove`, { reason: '办案人员无权撤下' })).statusCode).toBe(403);

    // Moving the clock months ahead ends every session (idle timeout): sign in again.
    t.clock.set(new Date('2027-02-20T02:00:00Z'));
    await unitHead.login('jxsj.unithead');
    const removed = await unitHead.post(`/api/v1/disclosure/records/${a.id}/remove`, { reason: '当事人已完成信用修复（甲县信修〔2027〕1号）' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().status).toBe('removed');
    const removedPage = await anon.get(`/decisions/${a.id}`);
    expect(removedPage.body).toContain('已停止公示');

    // One day after the display period (2027-11-20), the next portal read takes b off.
    t.clock.set(new Date('2027-11-21T02:00:00Z'));
    const list = await anon.get('/decisions');
    expect(list.body).not.toContain(b.documentNumber);
    const page = await anon.get(`/decisions/${b.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('公示期已满');
    const [row] = await t.database.db.select().from(disclosureRecord).where(eq(disclosureRecord.id, b.id));
    expect(row.status).toBe('expired');
    expect(await t.database.db.transaction(async (tx) => expireDisclosures(tx as unknown as Db, '2027-11-21'))).toBe(0);
    t.clock.set(new Date('2026-11-20T02:00:00Z'));
    await officer.login('jxsj.officer1');
    await sysadmin.login('sysadmin');
  });

  it('publishes annual statistics as a snapshot with a table and chart data; gaps are named, not zero', async () => {
    expect((await officer.post('/api/v1/disclosure/statistics/2026')).statusCode).toBe(403);
    const res = await sysadmin.post('/api/v1/disclosure/statistics/2026');
    expect(res.statusCode, res.body).toBe(201);
    const figures = res.json().figures;
    expect(figures.jurisdiction.decisions).toBeGreaterThan(5);
    expect(figures.jurisdiction.penalties.fineFen).toBeGreaterThan(0);
    expect(figures.agencies.map((a: { agencyName: string }) => a.agencyName)).toContain('甲县市场监督管理局');
    expect(figures.gaps.map((g: { key: string }) => g.key)).toEqual(['hearings', 'legalReviews', 'reconsiderations', 'lawsuits']);
    expect((await sysadmin.post('/api/v1/disclosure/statistics/2099')).json().code).toBe('STATISTICS_YEAR_FUTURE');

    const page = await anon.get('/statistics/2026');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('甲县市场监督管理局');
    expect(page.body).toContain('全辖区合计');
    expect(page.body).toContain('本平台尚未记录听证程序');
    expect(page.body).toContain('id="statistics-data"');
    expect((await anon.get('/statistics/2019')).statusCode).toBe(404);
    expect((await anon.get('/statistics/abc')).statusCode).toBe(404);
    const script = await anon.get('/static/statistics-charts.js');
    expect(script.statusCode).toBe(200);
    const verify = await anon.get('/static/verify-decision.js');
    expect(verify.statusCode).toBe(200);
    expect(verify.body).not.toMatch(/require\(["']node:/);
    expect((await anon.get('/static/echarts.min.js')).statusCode).toBe(200);
  });

  it('leaves a ledger that verifies clean, every disclosure step re-derived', async () => {
    const report = await verifyLedger(t.database.db, t.deps.ledger.verifierKey);
    expect(report.problems).toEqual([]);
  });
});
