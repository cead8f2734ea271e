import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { caseEvent, evidenceCustodyEvent, evidenceItem, rowsOf } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { listCaseEvidenceFiles, openVerifiedEvidence } from '../src/modules/evidence/archive-export.ts';
import { verifyEvidenceFiles } from '../src/modules/evidence/verify-evidence.ts';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { createEvidenceDeps, findFfmpeg } from '../src/storage/evidence-deps.ts';
import { localStorage } from '../src/storage/evidence-storage.ts';
import { createUpload, digestsOf, fakeMp4, patchUpload, samplePdf, uploadEvidence } from './evidence-support.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

const MAX = 2 * 1024 * 1024;

describeEachDatabase('evidence: upload, custody, retrieval supervision, integrity', (kind) => {
  let t: TestApp;
  let dir: string;
  let officer1: Client;
  let officer2: Client;
  let head: Client;
  let supervisor: Client;
  let caseId: string; // 百佳超市: officer1 leads, the unit head assists; officer2 does not handle it
  const objectsDir = () => path.join(dir, 'evidence', 'objects');
  const countObjects = async () => {
    let n = 0;
    for (const sub of await readdir(objectsDir()).catch(() => [])) n += (await readdir(path.join(objectsDir(), sub))).length;
    return n;
  };
  const base = () => ({ caseId, kind: 'documentary', title: '现场检查笔录扫描件', filename: '现场检查笔录.pdf' });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sx-evidence-'));
    t = await startTestApp(kind, { dataDir: dir });
    t.deps.evidence = createEvidenceDeps({ storage: localStorage(path.join(dir, 'evidence')), maxBytes: MAX, ffmpegPath: 'none' });
    officer1 = client(t.app, '10.7.0.1');
    officer2 = client(t.app, '10.7.0.2');
    head = client(t.app, '10.7.0.3');
    supervisor = client(t.app, '10.7.0.4');
    await officer1.login('jxsj.officer1');
    await officer2.login('jxsj.officer2');
    await head.login('jxsj.head');
    await supervisor.login('jxsf.supervisor');
    const mine = (await officer1.get('/api/v1/cases?mine=true&pageSize=50')).json().items as Array<{ id: string; title: string }>;
    caseId = mine.find((c) => c.title.includes('百佳超市'))!.id;
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests a file sent in pieces (tus), with SM3 and SHA-256, a custody leaf and a case event', async () => {
    const pdf = samplePdf();
    const created = await createUpload(officer1, pdf.length, { ...base(), collectedPlace: '甲县城关镇建设路66号', latitude: '35.1', longitude: '117.2', method: '拍摄' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['tus-resumable']).toBe('1.0.0');
    const location = created.headers.location as string;
    const first = await patchUpload(officer1, location, 0, pdf.subarray(0, 20));
    expect(first.statusCode).toBe(204);
    expect(first.headers['upload-offset']).toBe('20');
    // The connection breaks; the client asks where to continue and sends only the rest.
    const head1 = await officer1.request({ method: 'HEAD', url: location, headers: { 'tus-resumable': '1.0.0' } });
    expect(head1.headers['upload-offset']).toBe('20');
    t.deps.evidence!.hashes.clear(); // as after a restart: the staged bytes are hashed again
    expect((await patchUpload(officer1, location, 5, pdf.subarray(5))).json()).toMatchObject({ code: 'UPLOAD_OFFSET_MISMATCH', details: { offset: 20 } });
    const done = await patchUpload(officer1, location, 20, pdf.subarray(20));
    expect(done.statusCode, done.body).toBe(204);
    const id = done.headers['sanxiang-evidence-id'] as string;
    const item = (await officer1.get(`/api/v1/evidence/${id}`)).json();
    expect(item).toMatchObject({ ...digestsOf(pdf), size: pdf.length, mediaType: 'application/pdf', kindLabel: '书证', fileName: '现场检查笔录.pdf', collectedPlace: '甲县城关镇建设路66号', latitude: 35.1, method: '拍摄', retentionLabel: '定期30年' });
    const custody = (await officer1.get(`/api/v1/evidence/${id}/custody`)).json().items;
    expect(custody[0]).toMatchObject({ type: 'ingest', typeLabel: '入库', payload: { sm3: item.sm3, sha256: item.sha256 }, leafIndex: expect.any(Number) });
    const events = await t.database.db.select().from(caseEvent).where(and(eq(caseEvent.caseId, caseId), eq(caseEvent.type, 'evidence-added')));
    expect(events.at(-1)!.payload).toEqual({ evidenceId: id, kind: 'documentary', title: '现场检查笔录扫描件', sm3: item.sm3, size: pdf.length });
    const content = await officer1.get(`/api/v1/evidence/${id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(pdf)).toBe(true);
    expect(content.headers['content-disposition']).toContain("filename*=UTF-8''%E7%8E%B0");
    expect((await verifyLedger(t.database.db, t.deps.ledger.verifierKey)).problems).toEqual([]);
  });

  it('stores duplicate content once, and exports a case’s files with hashes for the archive', async () => {
    const before = await countObjects();
    const pdf = samplePdf('重复内容');
    const a = await uploadEvidence(officer1, pdf, { ...base(), title: '第一份' });
    const b = await uploadEvidence(officer1, pdf, { ...base(), title: '第二份（同一文件）' });
    expect([a.last.statusCode, b.last.statusCode]).toEqual([204, 204]);
    expect(await countObjects()).toBe(before + 1);
    const files = await listCaseEvidenceFiles(t.database.db, caseId);
    const mine = files.filter((f) => f.sm3 === digestsOf(pdf).sm3);
    expect(mine.map((f) => f.title)).toEqual(['第一份', '第二份（同一文件）']);
    const chunks: Buffer[] = [];
    for await (const c of await openVerifiedEvidence(t.deps.evidence!.storage, mine[0].sm3, { sha256: mine[0].sha256 })) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
  });

  it('refuses by the bytes, by size and by kind, with stable codes, and stores nothing', async () => {
    const before = await countObjects();
    const [{ n: itemsBefore }] = await rowsOf<{ n: number }>(t.database.db, sql`select count(*)::int as n from evidence_item`);
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
    const lie = await uploadEvidence(officer1, html, { ...base(), kind: 'audio-video', filename: '执法记录仪.mp4' });
    expect(lie.last.statusCode).toBe(415);
    expect(lie.last.json().code).toBe('EVIDENCE_TYPE_MISMATCH');
    const head2 = await officer1.request({ method: 'HEAD', url: lie.location!, headers: { 'tus-resumable': '1.0.0' } });
    expect(head2.statusCode).toBe(410);
    const pdfAsVideo = await uploadEvidence(officer1, samplePdf(), { ...base(), kind: 'audio-video', filename: 'scan.pdf' });
    expect(pdfAsVideo.last.json().code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const big = await createUpload(officer1, MAX + 1, base());
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'EVIDENCE_TOO_LARGE', message: expect.stringContaining('超过上限') });
    expect((await createUpload(officer1, 10, { ...base(), kind: 'nonsense' })).json().code).toBe('UPLOAD_METADATA_INVALID');
    const tooLong = await createUpload(officer1, 10, base());
    expect((await patchUpload(officer1, tooLong.headers.location as string, 0, samplePdf())).json().code).toBe('UPLOAD_EXCEEDS_LENGTH');
    expect(await countObjects()).toBe(before);
    const [{ n: itemsAfter }] = await rowsOf<{ n: number }>(t.database.db, sql`select count(*)::int as n from evidence_item`);
    expect(itemsAfter).toBe(itemsBefore);
  });

  it('never uses the file name as a path and keeps an archive as it is (电子数据)', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(22), Buffer.from([8, 0, 0, 0]), Buffer.from('evil.sh', 'latin1'), Buffer.alloc(200)]);
    const r = await uploadEvidence(officer1, zip, { ...base(), kind: 'electronic', title: '当事人提交的聊天记录', filename: '../../../../tmp/sx-escape.zip' });
    expect(r.last.statusCode, r.last.body).toBe(204);
    const item = (await officer1.get(`/api/v1/evidence/${r.evidenceId}`)).json();
    expect(item).toMatchObject({ fileName: 'sx-escape.zip', mediaType: 'application/zip' });
    await expect(readdir('/tmp').then((names) => names.includes('sx-escape.zip'))).resolves.toBe(false);
    const stored = await readdir(path.join(objectsDir(), item.sm3.slice(0, 2)));
    expect(stored).toContain(item.sm3);
  });

  it('keeps what arrived before a connection broke, and completes from the offset the server reports', async () => {
    const video = fakeMp4(1_500_000, 11);
    const created = await createUpload(officer1, video.length, { ...base(), kind: 'audio-video', title: '断点续传视频', filename: 'resume.mp4' });
    const location = created.headers.location as string;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    const csrf = (await officer1.get('/api/v1/auth/me')).json().csrfToken as string;
    await new Promise<void>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: location, method: 'PATCH', headers: { cookie: officer1.cookie, 'x-csrf-token': csrf, 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(video.length) } });
      req.on('error', () => resolve());
      req.write(video.subarray(0, 700_000), () => setTimeout(() => (req.destroy(), setTimeout(resolve, 300)), 200));
    });
    const head1 = await officer1.request({ method: 'HEAD', url: location, headers: { 'tus-resumable': '1.0.0' } });
    const offset = Number(head1.headers['upload-offset']);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(700_000);
    const done = await patchUpload(officer1, location, offset, video.subarray(offset));
    expect(done.statusCode, done.body).toBe(204);
    expect((await officer1.get(`/api/v1/evidence/${done.headers['sanxiang-evidence-id']}`)).json()).toMatchObject({ ...digestsOf(video), size: video.length });
  });

  it('plays audio-video with HTTP ranges and records one play, not one per range', async () => {
    const video = fakeMp4(200_000);
    const r = await uploadEvidence(officer1, video, { ...base(), kind: 'audio-video', title: '执法记录仪视频', filename: 'DSJ_0001.MP4', deviceId: 'DSJ-3702-0815' }, 3);
    expect(r.last.statusCode, r.last.body).toBe(204);
    const id = r.evidenceId!;
    expect((await officer1.get(`/api/v1/evidence/${id}`)).json()).toMatchObject({ mediaType: 'video/mp4', deviceId: 'DSJ-3702-0815', mediaState: 'unavailable', retentionLabel: '永久' });
    const first = await officer1.request({ method: 'GET', url: `/api/v1/evidence/${id}/content`, headers: { range: 'bytes=0-99' } });
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${video.length}`);
    expect(first.rawPayload.equals(video.subarray(0, 100))).toBe(true);
    const later = await officer1.request({ method: 'GET', url: `/api/v1/evidence/${id}/content`, headers: { range: 'bytes=150000-' } });
    expect(later.statusCode).toBe(206);
    expect(later.rawPayload.equals(video.subarray(150_000))).toBe(true);
    expect((await officer1.request({ method: 'GET', url: `/api/v1/evidence/${id}/content`, headers: { range: 'bytes=999999-' } })).statusCode).toBe(416);
    const plays = (await officer1.get(`/api/v1/evidence/${id}/custody`)).json().items.filter((e: { type: string }) => e.type === 'play');
    expect(plays).toHaveLength(1);
    expect(plays[0]).toMatchObject({ typeLabel: '播放', basis: 'handler', actorName: expect.any(String) });
  });

  it.runIf(findFfmpeg(undefined) !== null)('extracts a poster frame and the duration with ffmpeg, in the background', async () => {
    const file = path.join(dir, 'clip.mp4');
    execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=2:size=160x120:rate=10', '-pix_fmt', 'yuv420p', file]);
    const ev = t.deps.evidence!;
    ev.ffmpeg = findFfmpeg(undefined);
    try {
      const r = await uploadEvidence(officer1, await readFile(file), { ...base(), kind: 'audio-video', title: '执法记录仪视频（生成）', filename: 'clip.mp4' });
      expect(r.last.statusCode, r.last.body).toBe(204);
      await Promise.all([...ev.background]);
      const item = (await officer1.get(`/api/v1/evidence/${r.evidenceId}`)).json();
      expect(item).toMatchObject({ mediaState: 'done', hasPoster: true });
      expect(item.durationMs).toBeGreaterThan(1_500);
      expect(item.durationMs).toBeLessThan(2_500);
      const poster = await officer1.get(`/api/v1/evidence/${r.evidenceId}/poster`);
      expect(poster.statusCode).toBe(200);
      expect(poster.headers['content-type']).toBe('image/jpeg');
      expect([...poster.rawPayload.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    } finally {
      ev.ffmpeg = null;
    }
  });

  it('asks an officer who does not handle the case for a purpose, and shows the retrieval to the supervisor', async () => {
    const r = await uploadEvidence(officer1, samplePdf('调阅测试'), { ...base(), title: '询问笔录' });
    const id = r.evidenceId!;
    const list = (await officer2.get(`/api/v1/evidence/by-case/${caseId}`)).json();
    expect(list.access).toBe('needs-purpose');
    const refused = await officer2.get(`/api/v1/evidence/${id}/content`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'RETRIEVAL_PURPOSE_REQUIRED', details: { needs: 'purpose' } });
    expect((await officer2.post(`/api/v1/evidence/by-case/${caseId}/purpose`, { purpose: '查' })).json().code).toBe('RETRIEVAL_PURPOSE_TOO_SHORT');
    expect((await officer2.post(`/api/v1/evidence/by-case/${caseId}/purpose`, { purpose: '办理关联案件需比对现场照片' })).statusCode).toBe(201);
    expect((await officer2.get(`/api/v1/evidence/by-case/${caseId}`)).json().access).toBe('purpose');
    const seen = await officer2.get(`/api/v1/evidence/${id}/content`);
    expect(seen.statusCode).toBe(200);
    const view = (await officer1.get(`/api/v1/evidence/${id}/custody`)).json().items.find((e: { type: string }) => e.type === 'view');
    expect(view).toMatchObject({ basis: 'purpose', purpose: '办理关联案件需比对现场照片' });
    const sup = (await supervisor.get('/api/v1/evidence/supervision/retrievals?pageSize=100')).json();
    expect(sup.items.some((x: { type: string; evidenceId: string; purpose: string }) => x.type === 'view' && x.evidenceId === id && x.purpose === '办理关联案件需比对现场照片')).toBe(true);
    expect(sup.items.some((x: { type: string }) => x.type === 'purpose-stated')).toBe(true);
    // Another county's officer cannot even see that the evidence exists.
    const yi = client(t.app, '10.7.0.9');
    await yi.login('yxsj.officer1');
    expect((await yi.get(`/api/v1/evidence/${id}/content`)).json().code).toBe('EVIDENCE_NOT_FOUND');
    expect((await yi.get(`/api/v1/evidence/by-case/${caseId}`)).json().code).toBe('CASE_NOT_FOUND');
  });

  it('needs an approval for a restricted item, never from the requester', async () => {
    const r = await uploadEvidence(officer1, samplePdf('未成年人'), { ...base(), title: '未成年人询问笔录', restricted: 'true' });
    const id = r.evidenceId!;
    const refused = await officer2.get(`/api/v1/evidence/${id}/content`);
    expect(refused.json()).toMatchObject({ code: 'RETRIEVAL_APPROVAL_REQUIRED', details: { needs: 'approval' } });
    const req = await officer2.post(`/api/v1/evidence/${id}/retrieval-requests`, { purpose: '复核案件需要查阅该笔录' });
    expect(req.statusCode).toBe(201);
    expect((await officer2.post(`/api/v1/evidence/retrieval-requests/${req.json().eventId}/decision`, { approve: true })).statusCode).toBe(403);
    const pending = (await head.get('/api/v1/evidence/retrieval-requests')).json().items;
    expect(pending.find((p: { eventId: number }) => p.eventId === req.json().eventId)).toMatchObject({ status: 'pending', kind: 'staff', evidenceTitles: ['未成年人询问笔录'] });
    expect((await head.post(`/api/v1/evidence/retrieval-requests/${req.json().eventId}/decision`, { approve: true, note: '同意' })).statusCode).toBe(200);
    expect((await head.post(`/api/v1/evidence/retrieval-requests/${req.json().eventId}/decision`, { approve: false })).json().code).toBe('RETRIEVAL_ALREADY_DECIDED');
    const ok = await officer2.get(`/api/v1/evidence/${id}/content`);
    expect(ok.statusCode).toBe(200);
    const view = (await officer1.get(`/api/v1/evidence/${id}/custody`)).json().items.find((e: { type: string }) => e.type === 'view');
    expect(view).toMatchObject({ basis: 'approval' });
  });

  it('lets a party have copies of its own case’s records through an approval, each copy a share event', async () => {
    const r = await uploadEvidence(officer1, samplePdf('当事人申请'), { ...base(), title: '现场照片说明' });
    const id = r.evidenceId!;
    const req = await officer1.post(`/api/v1/evidence/by-case/${caseId}/party-requests`, { applicantName: '甲县百佳超市有限公司（委托代理人张某）', reason: '对现场检查过程有异议，申请查阅现场记录', evidenceIds: [id] });
    expect(req.statusCode, req.body).toBe(201);
    expect((await officer1.get(`/api/v1/evidence/${id}/content?shareRequest=${req.json().eventId}`)).json().code).toBe('SHARE_NOT_APPROVED');
    expect((await officer1.get(`/api/v1/evidence/by-case/${caseId}/party-requests`)).json().items.at(-1)).toMatchObject({ eventId: req.json().eventId, status: 'pending', applicantName: expect.stringContaining('百佳') });
    await head.post(`/api/v1/evidence/retrieval-requests/${req.json().eventId}/decision`, { approve: true });
    expect((await officer1.get(`/api/v1/evidence/by-case/${caseId}/party-requests`)).json().items.at(-1)).toMatchObject({ status: 'approved', evidenceTitles: ['现场照片说明'] });
    const copy = await officer1.get(`/api/v1/evidence/${id}/content?disposition=attachment&shareRequest=${req.json().eventId}`);
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['content-disposition']).toMatch(/^attachment/);
    const share = (await officer1.get(`/api/v1/evidence/${id}/custody`)).json().items.find((e: { type: string }) => e.type === 'share');
    expect(share).toMatchObject({ typeLabel: '提供副本', payload: { shareRequest: req.json().eventId } });
  });

  it('records a redacted copy as an item of its own and on the original’s custody chain', async () => {
    const original = await uploadEvidence(officer1, samplePdf('原件'), { ...base(), title: '含第三人信息的原件' });
    const copy = await uploadEvidence(officer1, samplePdf('遮蔽副本'), { ...base(), title: '遮蔽副本（第三人姓名已遮蔽）', redactionOf: original.evidenceId });
    expect(copy.last.statusCode, copy.last.body).toBe(204);
    const chain = (await officer1.get(`/api/v1/evidence/${original.evidenceId}/custody`)).json().items;
    expect(chain.map((e: { type: string }) => e.type)).toEqual(['ingest', 'redaction-copy']);
    expect(chain[1]).toMatchObject({ typeLabel: '生成遮蔽副本', payload: { copyId: copy.evidenceId } });
    const other = (await officer1.get('/api/v1/cases?mine=true&pageSize=50')).json().items.find((c: { id: string; title: string }) => c.id !== caseId && c.title.includes('鲜味'));
    const stray = await uploadEvidence(officer1, samplePdf('跨案'), { ...base(), caseId: other.id, redactionOf: original.evidenceId });
    expect(stray.created.statusCode).toBe(400);
    expect(stray.created.json().code).toBe('REDACTION_SOURCE_INVALID');
  });

  it('keeps the longest retention, refuses deleting case evidence but records the request, and keeps records append-only', async () => {
    const r = await uploadEvidence(officer1, fakeMp4(10_000, 7), { ...base(), kind: 'audio-video', title: '询问录像', filename: 'inquiry.mp4' });
    const id = r.evidenceId!;
    const changed = await head.post(`/api/v1/evidence/${id}/retention`, { retentionClass: '10y', reason: '按档案分类调整' });
    expect(changed.json()).toMatchObject({ retentionClass: 'permanent', retentionLabel: '永久', keepUntil: null });
    expect((await officer1.post(`/api/v1/evidence/${id}/retention`, { retentionClass: '10y', reason: 'x' })).statusCode).toBe(403);
    expect((await head.post(`/api/v1/evidence/${id}/legal-hold`, { hold: true, reason: '行政诉讼中' })).json().legalHold).toBe(true);
    const del = (await head.post(`/api/v1/evidence/${id}/deletion-request`, { reason: '重复上传' })).json();
    expect(del).toMatchObject({ outcome: 'refused', code: 'EVIDENCE_LEGAL_HOLD' });
    await head.post(`/api/v1/evidence/${id}/legal-hold`, { hold: false, reason: '诉讼终结' });
    expect((await head.post(`/api/v1/evidence/${id}/deletion-request`, { reason: '重复上传' })).json()).toMatchObject({ outcome: 'refused', code: 'EVIDENCE_LINKED_TO_CASE' });
    const types = (await officer1.get(`/api/v1/evidence/${id}/custody`)).json().items.map((e: { type: string }) => e.type);
    expect(types).toEqual(['ingest', 'retention-change', 'legal-hold', 'deletion-request', 'legal-hold', 'deletion-request']);
    await expect(t.database.db.update(evidenceCustodyEvent).set({ purpose: 'x' }).where(eq(evidenceCustodyEvent.evidenceId, id))).rejects.toThrow();
    await expect(t.database.db.delete(evidenceCustodyEvent).where(eq(evidenceCustodyEvent.evidenceId, id))).rejects.toThrow();
    await expect(t.database.db.update(evidenceItem).set({ sm3: '0'.repeat(64) }).where(eq(evidenceItem.id, id))).rejects.toThrow();
    await expect(t.database.db.delete(evidenceItem).where(eq(evidenceItem.id, id))).rejects.toThrow();
    expect((await verifyLedger(t.database.db, t.deps.ledger.verifierKey)).problems).toEqual([]);
  });

  it('follows a province’s own numbers set by the system admin (a longer purpose, a shorter recovery window)', async () => {
    const admin = client(t.app, '10.7.0.8');
    await admin.login('sysadmin');
    const national = (await admin.get('/api/v1/evidence/rules')).json();
    expect(national).toMatchObject({ retention: { recoveryDays: 30, audioVideoMinimum: '6m' }, retrieval: { minPurposeLength: 4, purposeValidHours: 8 } });
    expect((await officer1.get('/api/v1/evidence/rules')).statusCode).toBe(403);
    expect((await admin.put('/api/v1/evidence/rules', { ...national, retrieval: { ...national.retrieval, minPurposeLength: 0 } })).statusCode).toBe(400);
    const local = { ...national, retrieval: { ...national.retrieval, minPurposeLength: 10 } };
    expect((await admin.put('/api/v1/evidence/rules', local)).statusCode).toBe(200);
    const other = (await officer1.get('/api/v1/cases?mine=true&pageSize=50')).json().items.find((c: { title: string }) => c.title.includes('鲜味'));
    const officer3 = client(t.app, '10.7.0.7');
    await officer3.login('jxsj.officer3');
    const short = await officer3.post(`/api/v1/evidence/by-case/${other.id}/purpose`, { purpose: '办理关联案件比对' });
    expect(short.json()).toMatchObject({ code: 'RETRIEVAL_PURPOSE_TOO_SHORT', message: expect.stringContaining('10') });
    await admin.put('/api/v1/evidence/rules', national);
    expect((await officer3.post(`/api/v1/evidence/by-case/${other.id}/purpose`, { purpose: '办理关联案件比对' })).statusCode).toBe(201);
  });

  it('raises an integrity alarm instead of serving a corrupted file, and verify names it', async () => {
    const pdf = samplePdf('篡改检测');
    const r = await uploadEvidence(officer1, pdf, { ...base(), title: '将被篡改的证据' });
    const id = r.evidenceId!;
    const { sm3 } = digestsOf(pdf);
    expect((await officer1.get(`/api/v1/evidence/${id}/content`)).statusCode).toBe(200);
    const clean = await verifyEvidenceFiles(t.database.db, t.deps.evidence!.storage);
    expect(clean.problems).toEqual([]);
    await writeFile(path.join(objectsDir(), sm3.slice(0, 2), sm3), Buffer.concat([pdf.subarray(0, 10), Buffer.from('X'), pdf.subarray(11)]));
    const res = await officer1.get(`/api/v1/evidence/${id}/content`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'EVIDENCE_INTEGRITY_ALARM', message: expect.stringContaining('完整性') });
    const ranged = await officer1.request({ method: 'GET', url: `/api/v1/evidence/${id}/content`, headers: { range: 'bytes=0-9' } });
    expect(ranged.json().code).toBe('EVIDENCE_INTEGRITY_ALARM');
    const alarms = (await supervisor.get('/api/v1/evidence/supervision/alarms')).json();
    expect(alarms.items[0]).toMatchObject({ evidenceId: id, evidenceTitle: '将被篡改的证据', expectedSm3: sm3, missing: false, foundSm3: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(alarms.items[0].foundSm3).not.toBe(sm3);
    const report = await verifyEvidenceFiles(t.database.db, t.deps.evidence!.storage);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ type: 'evidence-file-altered', evidenceId: id, caseId, expected: { sm3 } });
    expect(report.problems[0].message).toContain(id);
    expect(report.problems[0].message).toContain(sm3);
    await rm(path.join(objectsDir(), sm3.slice(0, 2), sm3));
    expect((await officer1.get(`/api/v1/evidence/${id}/content`)).json().code).toBe('EVIDENCE_INTEGRITY_ALARM');
    expect((await verifyEvidenceFiles(t.database.db, t.deps.evidence!.storage)).problems[0]).toMatchObject({ type: 'evidence-file-missing', evidenceId: id });
    // The alarms themselves are ledger leaves; the ledger still verifies.
    expect((await verifyLedger(t.database.db, t.deps.ledger.verifierKey)).problems).toEqual([]);
    await writeFile(path.join(objectsDir(), sm3.slice(0, 2), sm3), pdf); // restore for later tests
  });
});
