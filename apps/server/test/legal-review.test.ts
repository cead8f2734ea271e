import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NATIONAL_REVIEW_CATALOGUE, REVIEW_POINT_KEYS } from '@sanxiang/domain';
import { caseEvent, type Db, party, reviewCatalogue, reviewOpinion } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { reviewGateFor } from '../src/modules/review/review-gate.ts';
import { reviewDeadlines } from '../src/modules/review/review-deadlines.ts';
import { accountWithRoles, client, type Client, startTestApp, type TestApp } from './harness.ts';

describeEachDatabase('法制审核: submit, assign, opinion, answer and resubmit, the gate', (kind) => {
  let t: TestApp;
  let lead: Client;
  let co: Client;
  let unitHead: Client;
  let head: Client;
  let reviewer1: Client;
  let reviewer2: Client;
  let sys: Client;
  let ids: Record<string, string> = {};
  let orgPartyId = '';

  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => any }>) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const refused = async (p: Promise<{ statusCode: number; body: string; json: () => any }>, status: number, code: string) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().code).toBe(code);
    return res.json();
  };
  const draft = (fineYuan: number) => ({
    outcome: 'penalty',
    facts: '当事人于2026年11月15日在甲县城关镇其经营场所销售酸价超标的散装花生油2000公斤。',
    evidenceSummary: '现场检查笔录、抽样检验报告、询问笔录。',
    violatedProvisions: '《中华人民共和国食品安全法》第三十四条第（六）项',
    penaltyBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
    penalties: [{ kind: 'fine', amountFen: fineYuan * 100 }],
    discretion: { level: 'normal', reason: '无从轻、从重情节' },
  });
  const act = (c: Client, caseId: string, name: string, body: unknown) => c.post(`/api/v1/cases/${caseId}/acts/${name}`, body);
  /** A filed, investigated case with the unit's draft: the state a case is in when it is submitted for review. */
  const investigatedCase = async (fineYuan: number, coHandler = ids.co) => {
    const created = await lead.post('/api/v1/cases', { title: '销售不合格食用油案', source: 'inspection', description: '抽检发现散装花生油酸价超标。', occurredOn: '2026-11-15', partyId: orgPartyId, coHandlerAccountIds: [coHandler] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    await ok(lead.post(`/api/v1/cases/${id}/filing-request`, { reason: '抽检报告显示产品不合格，依法应予立案调查。' }));
    await ok(unitHead.post(`/api/v1/cases/${id}/filing-decision`, { approve: true, opinion: '同意立案' }));
    await ok(act(lead, id, 'conclude-investigation', { report: '经调查，当事人销售不符合食品安全标准的食用油，违法事实清楚，证据确凿。', draft: draft(fineYuan) }));
    return id;
  };
  const points = (problems: Partial<Record<string, string>> = {}) =>
    REVIEW_POINT_KEYS.map((key) => (problems[key] ? { key, ok: false, text: problems[key]! } : { key, ok: true, text: '经审查，符合规定。' }));
  const gate = (caseId: string) => t.database.db.transaction((tx) => reviewGateFor(tx as unknown as Db, caseId));
  const caseEventTypes = async (caseId: string) => (await t.database.db.select({ type: caseEvent.type }).from(caseEvent).where(eq(caseEvent.caseId, caseId)).orderBy(asc(caseEvent.seq))).map((e) => e.type);

  beforeAll(async () => {
    t = await startTestApp(kind);
    const login = async (u: string, ip: string) => {
      const c = client(t.app, ip);
      expect((await c.login(u)).statusCode).toBe(200);
      return c;
    };
    lead = await login('jxsj.officer1', '10.8.0.1');
    co = await login('jxsj.officer2', '10.8.0.2');
    unitHead = await login('jxsj.unithead', '10.8.0.3');
    head = await login('jxsj.head', '10.8.0.4');
    reviewer1 = await login('jxsj.reviewer1', '10.8.0.5');
    reviewer2 = await login('jxsj.reviewer2', '10.8.0.6');
    sys = await login('sysadmin', '10.8.0.7');
    expect((await sys.put('/api/v1/calendar/years/2027', { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] })).statusCode).toBe(200);
    for (const u of ['officer1', 'officer2', 'reviewer1', 'reviewer2']) ids[u === 'officer1' ? 'lead' : u === 'officer2' ? 'co' : u] = (await sys.get(`/api/v1/admin/accounts?q=jxsj.${u}`)).json().items[0].id;
    const [org] = await t.database.db.select().from(party).where(eq(party.kind, 'organization')).limit(1);
    orgPartyId = org.id;
  });
  afterAll(() => t.close());

  it('stops an over-threshold draft, returns it with two problems, takes the answers and passes the second round', async () => {
    const id = await investigatedCase(150_000);
    const panel = await ok(lead.get(`/api/v1/cases/${id}/legal-review`));
    expect(panel.requirement.required).toBe(true);
    expect(panel.requirement.reasons[0]).toMatchObject({ code: 'FINE_THRESHOLD', text: expect.stringContaining('150,000元') });
    expect(panel).toMatchObject({ canSubmit: true, review: null, gate: { required: true, passed: false } });
    // Only the lead submits (case act table: 提交法制审核 is the 主办人's).
    await refused(co.post(`/api/v1/cases/${id}/legal-review`, {}), 403, 'CASE_ACT_NOT_YOURS');
    // No answers at a first submission.
    await refused(lead.post(`/api/v1/cases/${id}/legal-review`, { answers: [{ key: 'facts-clear', text: '无' }] }), 400, 'ANSWER_NOT_A_PROBLEM');

    const submitted = await ok(lead.post(`/api/v1/cases/${id}/legal-review`, { note: '请审核' }));
    const reviewId = submitted.review.id as string;
    expect(submitted.review).toMatchObject({ status: 'submitted', roundNo: 1, dueOn: '2026-12-01', deadlineState: 'open' });
    const round1 = submitted.review.rounds[0];
    expect(round1.snapshot.draft.penalties[0].amountFen).toBe(15_000_000);
    expect(round1.snapshotSm3).toMatch(/^[0-9a-f]{64}$/);
    expect(round1.prechecks.map((f: { key: string }) => f.key)).toEqual(['party-identity', 'facts-elements', 'citations', 'remedy-notice', 'amounts-consistent', 'late-fee-wording', 'fine-range', 'limitation']);
    expect(round1.prechecks.find((f: { key: string }) => f.key === 'limitation').status).toBe('pass');
    await refused(lead.post(`/api/v1/cases/${id}/legal-review`, {}), 409, 'REVIEW_IN_PROGRESS');

    // The queue shows it to the reviewers of the agency; the opinion waits for an assignment.
    const queue = await ok(reviewer1.get('/api/v1/reviews?status=submitted'));
    expect(queue.items.map((r: { id: string }) => r.id)).toContain(reviewId);
    await refused(reviewer1.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points(), result: 'agree', reasons: '' }), 409, 'REVIEW_NOT_ASSIGNED');
    // The handling unit's own head does not choose its reviewer; officers cannot assign at all.
    await refused(unitHead.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer1 }), 403, 'REVIEW_ASSIGN_NOT_YOURS');
    expect((await lead.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer1 })).statusCode).toBe(403);
    const options = await ok(head.get(`/api/v1/reviews/${reviewId}/reviewer-options`));
    expect(options.items.map((o: { name: string; legalQualification: boolean }) => o.legalQualification)).toEqual([true, true]);
    await ok(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer1 }));
    // Only the assigned reviewer writes the opinion.
    await refused(reviewer2.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points(), result: 'agree', reasons: '' }), 403, 'REVIEW_NOT_ASSIGNED_TO_YOU');
    await refused(reviewer1.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points({ 'facts-clear': '违法所得未查清' }), result: 'agree', reasons: '' }), 422, 'OPINION_INCONSISTENT');

    const returned = await ok(
      reviewer1.post(`/api/v1/reviews/${reviewId}/opinion`, {
        points: points({ 'facts-clear': '未查明涉案花生油的进货数量和销售数量，违法所得不清。', 'discretion-proper': '未说明适用一般情节的理由，与裁量基准不符。' }),
        result: 'problems',
        reasons: '事实和裁量存在问题，请补充调查并说明裁量理由后重新送审。',
      }),
    );
    expect(returned).toMatchObject({ status: 'returned', result: 'problems', allowed: ['escalate'] });
    expect(returned.rounds[0].opinion).toMatchObject({ number: '甲县市监法审〔2026〕1号', resultLabel: '存在问题', reviewerName: expect.any(String) });
    expect((await gate(id)).passed).toBe(false);

    const officerView = await ok(lead.get(`/api/v1/cases/${id}/legal-review`));
    expect(officerView.openProblems.map((p: { key: string }) => p.key)).toEqual(['facts-clear', 'discretion-proper']);
    expect(officerView.review.allowed).toEqual(['escalate', 'resubmit']);
    // Every problem needs its written answer.
    await refused(lead.post(`/api/v1/cases/${id}/legal-review`, { answers: [{ key: 'facts-clear', text: '已补充询问笔录和进货台账，查明违法所得。' }] }), 400, 'ANSWERS_REQUIRED');
    const resubmitted = await ok(
      lead.post(`/api/v1/cases/${id}/legal-review`, {
        answers: [
          { key: 'facts-clear', text: '已补充询问笔录和进货台账，查明进货2000公斤、已售1200公斤。' },
          { key: 'discretion-proper', text: '当事人无从轻、从重情节，按裁量基准一般情节处罚，已在调查终结报告中补充说明。' },
        ],
      }),
    );
    expect(resubmitted.review).toMatchObject({ status: 'submitted', roundNo: 2 });
    expect(resubmitted.review.rounds[1].answers.map((a: { label: string }) => a.label)).toEqual(['案件事实是否清楚', '裁量基准运用是否适当']);
    await ok(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer1 }));
    const passed = await ok(reviewer1.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points(), result: 'agree', reasons: '同意按拟处理意见作出决定。' }));
    expect(passed).toMatchObject({ status: 'passed', result: 'agree', gate: { required: true, passed: true } });
    expect(passed.rounds.map((r: { opinion: { number: string } }) => r.opinion.number)).toEqual(['甲县市监法审〔2026〕1号', '甲县市监法审〔2026〕2号']);
    expect(await gate(id)).toMatchObject({ required: true, passed: true, reviewId });
    await refused(lead.post(`/api/v1/cases/${id}/legal-review`, {}), 409, 'REVIEW_ALREADY_PASSED');

    // The case's record and the ledger hold every step.
    expect((await caseEventTypes(id)).filter((e) => e.startsWith('review-'))).toEqual(['review-submitted', 'review-assigned', 'review-opinion', 'review-submitted', 'review-assigned', 'review-opinion']);
    expect((await verifyLedger(t.database.db, t.deps.ledger.verifierKey)).problems).toEqual([]);

    // The 法制审核意见书 of each round, with the Chinese text intact.
    const pdf = await lead.get(`/api/v1/reviews/${reviewId}/opinion.pdf?round=1`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'review-pdf-'));
    writeFileSync(path.join(dir, 'o.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'o.pdf'), '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('法制审核意见书');
    expect(text).toContain('甲县市监法审〔2026〕1号');
    expect(text).toContain('未查明涉案花生油的进货数量');
    expect(text).toContain('存在问题');
  });

  it('never lets a handler of the case review it, and needs 法律职业资格 of a first-time reviewer', async () => {
    const id = await investigatedCase(150_000, ids.reviewer2);
    const reviewId = (await ok(lead.post(`/api/v1/cases/${id}/legal-review`, {}))).review.id;
    const handled = await refused(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer2 }), 422, 'REVIEWER_HANDLED_CASE');
    expect(handled.message).toContain('本案承办人');
    // A legal reviewer account without 法律职业资格 that never reviewed.
    const fresh = await accountWithRoles(t.database, `jxsj.newreviewer.${kind}`, ['legal_reviewer']);
    await refused(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: fresh.id }), 422, 'REVIEWER_NOT_QUALIFIED');
    await refused(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'public-lawyer', adviser: { name: '钱律师', organization: '甲县司法局', legalQualification: false } }), 422, 'REVIEWER_NOT_QUALIFIED');
    // An outside public lawyer with the qualification, recorded as such; a legal reviewer of the agency enters the opinion.
    const assigned = await ok(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'public-lawyer', adviser: { name: '孙律师', organization: '甲县司法局', legalQualification: true } }));
    expect(assigned).toMatchObject({ status: 'assigned', assigneeKind: 'public-lawyer', assigneeName: '孙律师' });
    await refused(reviewer2.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points(), result: 'agree', reasons: '' }), 403, 'REVIEWER_HANDLED_CASE');
    const done = await ok(reviewer1.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points(), result: 'agree', reasons: '' }));
    expect(done.rounds[0].opinion).toMatchObject({ reviewerKind: 'public-lawyer', reviewerKindLabel: '公职律师', reviewerName: '孙律师' });
  });

  it('keeps the snapshot frozen when the case changes, and asks for a new round when the passed draft is revised', async () => {
    const id = await investigatedCase(150_000);
    const reviewId = (await ok(lead.post(`/api/v1/cases/${id}/legal-review`, {}))).review.id;
    await ok(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer2 }));
    await ok(reviewer2.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points(), result: 'agree', reasons: '' }));
    expect(await gate(id)).toMatchObject({ required: true, passed: true });

    await ok(act(lead, id, 'revise-draft', { reason: '补充调查后调整罚款数额。', draft: draft(120_000) }));
    const after = await ok(lead.get(`/api/v1/reviews/${reviewId}`));
    expect(after.rounds[0].snapshot.draft.penalties[0].amountFen).toBe(15_000_000);
    expect(after.rounds[0].snapshot.draftVersion).toBe(1);
    expect(after.currentDraftVersion).toBe(2);
    expect(await gate(id)).toMatchObject({ required: true, passed: false });
    // The stored round cannot be changed underneath (append-only).
    await expect(t.database.db.execute(sql`update review_round set draft_version = 2 where review_id = ${reviewId}`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from review_opinion where review_id = ${reviewId}`)).rejects.toThrow();

    const again = await ok(lead.post(`/api/v1/cases/${id}/legal-review`, {}));
    expect(again.review).toMatchObject({ roundNo: 2, draftVersion: 2, status: 'submitted' });
    expect(again.review.rounds[1].snapshot.draft.penalties[0].amountFen).toBe(12_000_000);

    // A draft under the thresholds does not need review at all.
    const small = await investigatedCase(5_000);
    expect(await gate(small)).toEqual({ required: false, reasons: [], passed: false, reviewId: null });
  });

  it('escalates a disagreement to the agency head, extends once, and lists overdue rounds for the reminders', async () => {
    const id = await investigatedCase(150_000);
    const reviewId = (await ok(lead.post(`/api/v1/cases/${id}/legal-review`, {}))).review.id;
    const extended = await ok(head.post(`/api/v1/reviews/${reviewId}/extend`, { reason: '案情复杂，需调阅检验报告原件。' }));
    expect(extended).toMatchObject({ dueOn: '2026-12-04', extended: true });
    await refused(head.post(`/api/v1/reviews/${reviewId}/extend`, { reason: '再次延长' }), 409, 'REVIEW_ALREADY_EXTENDED');
    const agencyId = extended.agencyId as string;
    const open = await t.database.db.transaction((tx) => reviewDeadlines(tx as unknown as Db, [agencyId], '2026-12-07'));
    expect(open.find((d) => d.reviewId === reviewId)).toMatchObject({ dueOn: '2026-12-04', state: 'overdue' });

    await ok(head.post(`/api/v1/reviews/${reviewId}/assign`, { kind: 'reviewer', accountId: ids.reviewer1 }));
    await ok(reviewer1.post(`/api/v1/reviews/${reviewId}/opinion`, { points: points({ 'law-applied': '应适用第一百二十四条第一款第（一）项' }), result: 'problems', reasons: '法律适用不准确。' }));
    const escalated = await ok(lead.post(`/api/v1/reviews/${reviewId}/escalate`, { reason: '承办机构认为法律适用准确，请求协调。' }));
    expect(escalated.escalation).toBe('open');
    await refused(lead.post(`/api/v1/cases/${id}/legal-review`, { answers: [{ key: 'law-applied', text: '坚持原意见' }] }), 409, 'REVIEW_ESCALATED');
    await refused(unitHead.post(`/api/v1/reviews/${reviewId}/coordinate`, { outcome: 'review-again', opinion: '请重新审核' }), 403, 'FORBIDDEN');
    const coordinated = await ok(head.post(`/api/v1/reviews/${reviewId}/coordinate`, { outcome: 'review-again', opinion: '经协调，请法制机构结合承办机构意见重新审核。' }));
    expect(coordinated).toMatchObject({ status: 'submitted', roundNo: 2, escalation: 'resolved' });
    expect(coordinated.rounds[1].coordination).toMatchObject({ outcome: 'review-again' });
    // Coordination never passes a review by itself.
    expect((await gate(id)).passed).toBe(false);
    expect((await caseEventTypes(id)).filter((e) => e.startsWith('review-'))).toEqual(['review-submitted', 'review-extended', 'review-assigned', 'review-opinion', 'review-escalated', 'review-coordinated', 'review-submitted']);
  });

  it('lets only the system admin edit the catalogue, seeded with the national default', async () => {
    const [national] = await t.database.db.select().from(reviewCatalogue).where(isNull(reviewCatalogue.agencyId));
    expect(national.catalogue).toEqual(NATIONAL_REVIEW_CATALOGUE);
    const agencyId = (await ok(lead.get('/api/v1/reviews?pageSize=1'))).items[0]?.agencyId ?? (await ok(head.get('/api/v1/reviews'))).items[0].agencyId;
    const read = await ok(lead.get(`/api/v1/review-catalogue?agencyId=${agencyId}`));
    expect(read).toMatchObject({ own: false, catalogue: NATIONAL_REVIEW_CATALOGUE });
    const stricter = { ...NATIONAL_REVIEW_CATALOGUE, fineFen: { person: 500_000, organization: 3_000_000 }, entries: [{ code: 'JX-01', label: '食品安全领域案件', fields: ['market'], penaltyKinds: ['confiscate-illegal-gains'] }] };
    expect((await head.put('/api/v1/review-catalogue', { agencyId, catalogue: stricter })).statusCode).toBe(403);
    expect((await reviewer1.put('/api/v1/review-catalogue', { agencyId, catalogue: stricter })).statusCode).toBe(403);
    const bad = await refused(sys.put('/api/v1/review-catalogue', { agencyId, catalogue: { ...stricter, reviewWorkingDays: 0 } }), 400, 'REVIEW_CATALOGUE_INVALID');
    expect(bad.details.field).toBe('reviewWorkingDays');

    const small = await investigatedCase(50_000);
    expect((await gate(small)).required).toBe(false);
    const saved = await ok(sys.put('/api/v1/review-catalogue', { agencyId, catalogue: stricter }));
    expect(saved).toMatchObject({ own: true, catalogue: { fineFen: { organization: 3_000_000 } } });
    const now = await gate(small);
    expect(now.required).toBe(true);
    expect(now.reasons[0]).toContain('30,000元');
  });

  it('shows the supervisor staffing (indicators 86–90) and statistics, and nobody else', async () => {
    const supervisor = client(t.app, '10.8.0.9');
    await supervisor.login('jxsf.supervisor');
    const staffing = await ok(supervisor.get('/api/v1/reviews/staffing'));
    const jx = staffing.rows.find((r: { agencyName: string }) => r.agencyName === '甲县市场监督管理局');
    expect(jx).toMatchObject({ fullTimeReviewers: 2, qualifiedReviewers: 2 });
    expect(jx.indicators.map((i: { indicator: number }) => i.indicator)).toEqual([86, 87, 88, 90]);
    expect(jx.indicators[1]).toMatchObject({ valueBp: 10_000, met: true });
    // Opinions so far: own reviewers and one public lawyer.
    const [{ n }] = await t.database.db.select({ n: sql<number>`count(*)` }).from(reviewOpinion);
    expect(jx.indicators[3].detail).toContain(`1/${Number(n)}`);
    const stats = await ok(supervisor.get('/api/v1/reviews/statistics'));
    const row = stats.rows.find((r: { agencyName: string }) => r.agencyName === '甲县市场监督管理局');
    expect(row.reviews).toBeGreaterThanOrEqual(4);
    expect(row.averageRounds).toBeGreaterThan(1);
    expect(row.firstRoundPassBp).toBeGreaterThan(0);
    expect((await lead.get('/api/v1/reviews/staffing')).statusCode).toBe(403);
    // The supervisor reads reviews of the jurisdiction but never writes an opinion.
    const any = (await ok(supervisor.get('/api/v1/reviews'))).items[0];
    expect((await supervisor.post(`/api/v1/reviews/${any.id}/opinion`, { points: points(), result: 'agree', reasons: '' })).statusCode).toBe(403);
  });
});
