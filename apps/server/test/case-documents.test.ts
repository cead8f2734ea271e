import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { caseEvent, party } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { count, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { createEvidenceDeps } from '../src/storage/evidence-deps.ts';
import { localStorage } from '../src/storage/evidence-storage.ts';
import { digestsOf, samplePdf, uploadEvidence } from './evidence-support.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, maxBuffer: 64 << 20 }).toString('utf8');

describeEachDatabase('电子卷宗: every issued document as PDF, the whole file, the archive package and its 四性检测', (kind) => {
  let t: TestApp;
  let dir: string;
  let lead: Client;
  let co: Client;
  let unitHead: Client;
  let head: Client;
  let outsider: Client;
  let coId = '';
  let leadId = '';
  let orgPartyId = '';
  let personPartyId = '';
  let orgName = '';

  const act = (c: Client, caseId: string, name: string, body: unknown) => c.post(`/api/v1/cases/${caseId}/acts/${name}`, body);
  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => any }>) => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const eventCount = async () => Number((await t.database.db.select({ n: count() }).from(caseEvent))[0].n);
  const today = () => t.clock.now().toISOString().slice(0, 10);
  const when = () => t.clock.now().toISOString();
  const travel = async (to: string) => {
    t.clock.set(new Date(`${to}T02:00:00Z`));
    for (const [c, u] of [[lead, 'jxsj.officer1'], [co, 'jxsj.officer2'], [unitHead, 'jxsj.unithead'], [head, 'jxsj.head']] as const) await c.login(u);
  };
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
  const filedCase = async () => {
    const created = await lead.post('/api/v1/cases', { title: '销售不合格食用油案', source: 'inspection', description: '抽检发现散装花生油酸价超标。', occurredOn: '2026-11-15', partyId: orgPartyId, coHandlerAccountIds: [coId] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    await ok(lead.post(`/api/v1/cases/${id}/filing-request`, { reason: '抽检报告显示产品不合格，依法应予立案调查。' }));
    await ok(unitHead.post(`/api/v1/cases/${id}/filing-decision`, { approve: true, opinion: '同意立案' }));
    return id;
  };
  const evidenceFile = (sm3: string) => path.join(dir, 'evidence', 'objects', sm3.slice(0, 2), sm3);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sx-case-file-'));
    t = await startTestApp(kind, { dataDir: dir });
    t.deps.evidence = createEvidenceDeps({ storage: localStorage(path.join(dir, 'evidence')), ffmpegPath: 'none' });
    lead = client(t.app, '10.9.0.1');
    co = client(t.app, '10.9.0.2');
    unitHead = client(t.app, '10.9.0.3');
    head = client(t.app, '10.9.0.4');
    outsider = client(t.app, '10.9.0.6');
    await outsider.login('yxsj.officer1');
    const sys = client(t.app, '10.9.0.5');
    await sys.login('sysadmin');
    expect((await sys.put('/api/v1/calendar/years/2027', { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] })).statusCode).toBe(200);
    coId = (await sys.get('/api/v1/admin/accounts?q=jxsj.officer2')).json().items[0].id;
    leadId = (await sys.get('/api/v1/admin/accounts?q=jxsj.officer1')).json().items[0].id;
    const [org] = await t.database.db.select().from(party).where(eq(party.kind, 'organization')).limit(1);
    orgPartyId = org.id;
    orgName = org.name;
    personPartyId = (await t.database.db.select().from(party).where(eq(party.kind, 'person')).limit(1))[0].id;
    await travel('2026-11-20');
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('renders every document of a penalty case, prints the decision in full, archives with passing checks and re-exports to the recorded SM3', async () => {
    const id = await filedCase();
    await ok(act(lead, id, 'declare-no-conflict', {}));
    await ok(act(co, id, 'declare-no-conflict', {}));
    const record = { participantAccountIds: [leadId, coId], place: '甲县城关镇万家福超市', startedAt: when(), endedAt: when() };
    await ok(act(lead, id, 'record-inspection', { ...record, findings: '货架上陈列散装花生油，标签不全，现场抽取样品两份。' }));
    await ok(act(lead, id, 'record-inquiry', { ...record, interviewee: '张经理', intervieweeRole: 'legal-representative', content: '问：这批花生油从哪里进的货？答：从城南粮油批发部进的，没有索要检验报告。', signed: true }));
    await ok(act(lead, id, 'record-sampling', { ...record, samples: [{ name: '散装花生油', quantity: '2瓶（500毫升/瓶）', batch: '20261101' }], purpose: '检验酸价' }));
    const taken = await ok(act(lead, id, 'take-measure', { ...record, place: '超市仓库', kind: 'seize', items: [{ name: '散装花生油', quantity: '20公斤' }], reason: '涉嫌不符合食品安全标准', approvedBy: '王局长', startedOn: today() }));
    const measureId = taken.state.measures[0].id;
    await ok(act(head, id, 'extend-measure', { measureId, reason: '情况复杂，需送检验', testingDays: 5 }));
    await ok(act(lead, id, 'end-measure', { measureId, outcome: 'released', reason: '检验完毕，解除扣押', endedOn: today() }));
    const evidence = samplePdf('抽样检验报告');
    const uploaded = await uploadEvidence(lead, evidence, { caseId: id, kind: 'documentary', title: '抽样检验报告', filename: '抽样检验报告.pdf' });
    expect(uploaded.evidenceId, uploaded.last.body).toBeTruthy();

    await ok(act(lead, id, 'conclude-investigation', { report: '经调查，当事人销售不符合食品安全标准的食用油，违法事实清楚，证据确凿。', draft: draft(5000) }));
    await ok(act(lead, id, 'serve-prior-notice', { servedOn: today(), method: 'direct', recipient: '张经理' }));
    await ok(act(lead, id, 'record-statement', { receivedOn: today(), form: 'written', content: '当事人称系初次违法，已下架全部问题产品。', assessment: '情况属实，可从轻处罚。', adopted: true }));
    await ok(act(lead, id, 'revise-draft', { reason: '采纳当事人陈述，从轻处罚。', draft: draft(4000, { discretion: { level: 'lighter', reason: '初次违法，主动下架' } }) }));
    await travel('2026-11-28');
    await ok(act(head, id, 'decide', { opinion: '同意按拟处理意见作出处罚决定。' }));
    await travel('2026-11-30');
    await ok(act(lead, id, 'serve-decision', { servedOn: '2026-11-30', method: 'direct', recipient: '张经理' }));
    await travel('2026-12-18');
    await ok(act(lead, id, 'record-payment', { paidOn: '2026-12-18', amountFen: 436_000, channel: 'bank', receiptNumber: 'PJ001' }));
    await ok(act(unitHead, id, 'close', { summary: '罚款及加处罚款已缴清，案件办结。' }));

    // Archiving packs the file and runs the 四性检测; the archived event (a ledger leaf) holds the listing SM3 and the results.
    const archived = await ok(act(unitHead, id, 'archive', {}));
    expect(archived.status).toBe('archived');
    const payload = archived.events.at(-1).payload;
    expect(payload.manifestSm3).toMatch(/^[0-9a-f]{64}$/);
    expect(payload.checks.passed).toBe(true);
    expect(payload.checks.checks.map((c: { label: string; passed: boolean }) => [c.label, c.passed])).toEqual([['真实性', true], ['完整性', true], ['可用性', true], ['安全性', true]]);
    expect(archived.state.archive.manifestSm3).toBe(payload.manifestSm3);

    // Every stored document renders through the route, inline, named by its title and number.
    const documents = archived.documents as Array<{ id: string; kind: string; title: string; number: string | null }>;
    expect(new Set(documents.map((d) => d.kind))).toEqual(
      new Set(['filing-approval', 'recusal-declaration', 'inspection-record', 'inquiry-record', 'sampling-record', 'seizure-decision', 'seizure-extension', 'seizure-release', 'investigation-report', 'prior-notice', 'service-receipt', 'statement-record', 'decision-approval', 'penalty-decision', 'closure-report']),
    );
    const texts = new Map<string, string>();
    for (const d of documents) {
      const res = await lead.get(`/api/v1/cases/${id}/documents/${d.id}.pdf`);
      expect(res.statusCode, `${d.kind}: ${res.body.slice(0, 300)}`).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${d.title}${d.number ? `（${d.number}）` : ''}.pdf`)}`);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      texts.set(d.kind === 'service-receipt' || d.kind === 'recusal-declaration' ? `${d.kind}:${d.id}` : d.kind, pdfText(res.rawPayload));
    }
    const decision = texts.get('penalty-decision')!;
    expect(decision).toContain('甲县市监罚〔2026〕1号');
    expect(decision).toContain(orgName);
    expect(decision).toMatch(/罚款\s*人民币肆仟元整（4,000\s*元）/);
    expect(decision).toContain('行政复议');
    expect(decision).toContain('行政诉讼');
    expect(decision).toContain('从轻处罚：初次违法，主动下架。');
    expect(texts.get('filing-approval')).toContain('甲县市监立〔2026〕');
    expect(texts.get('inquiry-record')).toContain('城南粮油批发部');
    expect(texts.get('seizure-extension')).toContain('不计入期限');

    // The whole file: cover, contents with page numbers, every document, the evidence list with its SM3.
    const file = await lead.get(`/api/v1/cases/${id}/file.pdf`);
    expect(file.statusCode, file.body.slice(0, 300)).toBe(200);
    const fileText = pdfText(file.rawPayload);
    expect(fileText).toContain('卷内目录');
    expect(fileText).toContain('行政处罚决定书');
    expect(fileText).toContain('抽样检验报告');
    expect(fileText.replace(/\s+/g, '')).toContain(digestsOf(evidence).sm3.slice(0, 20));
    expect(fileText).toMatch(/行政处罚决定书\s+甲县市监罚〔2026〕1号\s+2026年11月28日\s+\d+(-\d+)?/);

    // The package again: same record, same day → the listing SM3 the archive recorded, and every check passes again.
    const zip = await lead.get(`/api/v1/cases/${id}/file.zip`);
    expect(zip.statusCode, zip.body.slice(0, 300)).toBe(200);
    expect(zip.headers['x-manifest-sm3']).toBe(payload.manifestSm3);
    expect(zip.headers['x-archive-check']).toBe('passed');
    const entries = unzipSync(new Uint8Array(zip.rawPayload));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']).toString('utf8'));
    expect(manifest.files.filter((f: { role: string }) => f.role === 'document')).toHaveLength(documents.length);
    const ev = manifest.files.find((f: { role: string }) => f.role === 'evidence');
    expect(ev).toMatchObject({ path: 'evidence/01-抽样检验报告.pdf', sm3: digestsOf(evidence).sm3 });
    expect(Buffer.from(entries[ev.path]).equals(evidence)).toBe(true);

    const report = await verifyLedger(t.database.db, t.deps.ledger.verifierKey);
    expect(report.problems).toEqual([]);
  }, 180_000);

  it('refuses to archive while an evidence file differs from what was ingested, and to export it; restored, it archives', async () => {
    await travel('2026-12-21');
    const id = await filedCase();
    const bytes = samplePdf('现场照片说明');
    const up = await uploadEvidence(lead, bytes, { caseId: id, kind: 'documentary', title: '现场照片说明', filename: '现场照片说明.pdf' });
    expect(up.evidenceId, up.last.body).toBeTruthy();
    await ok(act(head, id, 'dismiss', { reason: '经调查，违法事实不能成立，撤销立案。' }));
    const { sm3 } = digestsOf(bytes);
    await writeFile(evidenceFile(sm3), Buffer.concat([bytes.subarray(0, 12), Buffer.from('X'), bytes.subarray(13)]));

    const before = await eventCount();
    const refused = await act(unitHead, id, 'archive', {});
    expect(refused.statusCode, refused.body).toBe(422);
    const body = refused.json();
    expect(body.code).toBe('ARCHIVE_CHECK_FAILED');
    expect(body.message).toContain('真实性');
    const authenticity = body.details.checks.checks.find((c: { name: string }) => c.name === 'authenticity');
    expect(authenticity.passed).toBe(false);
    expect(authenticity.findings.map((f: { code: string }) => f.code)).toContain('EVIDENCE_HASH_MISMATCH');
    expect(await eventCount()).toBe(before);

    // A download never serves the changed bytes.
    const zip = await lead.get(`/api/v1/cases/${id}/file.zip`);
    expect(zip.statusCode).toBe(409);
    expect(zip.json().code).toBe('EVIDENCE_INTEGRITY_FAILED');

    await writeFile(evidenceFile(sm3), bytes);
    const archived = await ok(act(unitHead, id, 'archive', {}));
    expect(archived.events.at(-1).payload.checks.passed).toBe(true);
  }, 120_000);

  it('prints the on-the-spot decision with its number and receipt, and archives the simple-procedure file', async () => {
    await travel('2026-12-22');
    const res = await lead.post('/api/v1/cases/on-the-spot', {
      partyId: personPartyId,
      title: '占道经营',
      place: '城关镇人民路12号门前',
      occurredAt: '2026-12-22T09:30:00+08:00',
      facts: '当事人在人民路12号门前占用人行道摆放商品经营。',
      violatedProvisions: '《城市市容和环境卫生管理条例》第十七条',
      penaltyBasis: '《城市市容和环境卫生管理条例》第三十六条',
      penalty: { kind: 'fine', amountFen: 5_000 },
      coOfficerAccountId: coId,
      statementHeard: true,
      collectedOnTheSpot: true,
      receiptNumber: 'ZY-0009',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    const doc = c.documents[0];
    const pdf = await lead.get(`/api/v1/cases/${c.id}/documents/${doc.id}.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(c.decisionNumber);
    expect(text).toContain('ZY-0009');
    expect(text).toContain('2026年12月22日9时30分');
    expect(text).toMatch(/\*{4}/); // the person's ID number is printed masked
    await ok(unitHead.post(`/api/v1/cases/${c.id}/acts/close`, { summary: '当场处罚决定已备案，罚款已当场收缴。' }));
    const archived = await ok(act(unitHead, c.id, 'archive', {}));
    expect(archived.events.at(-1).payload.checks.passed).toBe(true);
  }, 120_000);

  it('hides the documents of a case out of scope and answers an unknown document with its code', async () => {
    const id = await filedCase();
    const [doc] = (await lead.get(`/api/v1/cases/${id}`)).json().documents;
    await outsider.login('yxsj.officer1'); // 乙县: the case is out of its scope
    expect((await outsider.get(`/api/v1/cases/${id}/documents/${doc.id}.pdf`)).json().code).toBe('CASE_NOT_FOUND');
    expect((await outsider.get(`/api/v1/cases/${id}/file.pdf`)).statusCode).toBe(404);
    const unknown = await lead.get(`/api/v1/cases/${id}/documents/00000000-0000-4000-8000-000000000000.pdf`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('CASE_DOCUMENT_NOT_FOUND');
  });
});
