import { describe, expect, it } from 'vitest';
import { ALLOWED_TYPES, EVIDENCE_KIND_LABELS, EVIDENCE_KINDS } from './kinds.ts';
import { deletionCheck, mayPurge, NATIONAL_RETENTION_TABLE, recoverableUntil, retentionOf } from './retention.ts';
import { checkPurpose, mayDecideRetrieval, partyMayRequest, retrievalDecision } from './retrieval.ts';
import { checkEvidenceType, cleanFileName, sniffMediaType } from './sniff.ts';

const bytes = (...parts: Array<string | number[]>) => {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p));
  return new Uint8Array(out);
};
const ftyp = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0], 'isommp41');

describe('evidence kinds (处罚法 第四十六条)', () => {
  it('has the eight legal kinds with their Chinese names', () => {
    expect(EVIDENCE_KINDS.map((k) => EVIDENCE_KIND_LABELS[k])).toEqual(['书证', '物证', '视听资料', '电子数据', '证人证言', '当事人陈述', '鉴定意见', '勘验笔录、现场笔录']);
  });
  it('lets 视听资料 hold recordings only and 电子数据 hold archives', () => {
    expect(ALLOWED_TYPES['audio-video']).toContain('video/mp4');
    expect(ALLOWED_TYPES['audio-video']).not.toContain('application/pdf');
    expect(ALLOWED_TYPES.electronic).toContain('application/zip');
    expect(ALLOWED_TYPES.documentary).not.toContain('application/zip');
  });
});

describe('real type from magic bytes', () => {
  it.each([
    [ftyp('isom'), 'video/mp4'],
    [ftyp('qt  '), 'video/quicktime'],
    [ftyp('M4A '), 'audio/mp4'],
    [ftyp('heic'), 'image/heic'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 1, 2]), 'video/webm'],
    [bytes('ID3', [3, 0, 0]), 'audio/mpeg'],
    [bytes([0xff, 0xfb, 0x90, 0x44]), 'audio/mpeg'],
    [bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    [bytes('OggS', [0, 2]), 'audio/ogg'],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    [bytes('GIF89a'), 'image/gif'],
    [bytes('%PDF-1.7\n'), 'application/pdf'],
    [bytes('PK', [3, 4], new Array(22).fill(0), [19, 0, 0, 0], '[Content_Types].xml'), 'application/vnd.openxmlformats-officedocument'],
    [bytes('PK', [3, 4], new Array(22).fill(0), [8, 0, 0, 0], 'data.csv'), 'application/zip'],
    [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/x-ole-storage'],
    [bytes([0x7f], 'ELF'), 'application/x-executable'],
    [new Uint8Array(Buffer.from('询问笔录：当事人对违法事实无异议。\n', 'utf8')), 'text/plain'],
    [bytes('  <!DOCTYPE html><html><script>alert(1)</script>'), 'text/html'],
    [bytes('<svg onload=alert(1)>'), 'text/html'],
  ])('recognises %#', (head, type) => {
    expect(sniffMediaType(head)).toBe(type);
  });
  it('recognises nothing in random binary with NUL bytes', () => {
    expect(sniffMediaType(bytes([0x00, 0x13, 0x37, 0x00, 0x99]))).toBeUndefined();
  });
  it('does not take a text sample cut inside a multi-byte character for binary', () => {
    const text = Buffer.from('现场笔录'.repeat(400), 'utf8').subarray(0, 4096);
    expect(sniffMediaType(new Uint8Array(text))).toBe('text/plain');
  });
});

describe('checks on the way in', () => {
  it('refuses a .mp4 that is HTML with a stable code', () => {
    const r = checkEvidenceType('audio-video', '执法记录仪.mp4', bytes('<html><body>x</body></html>'));
    expect(r).toMatchObject({ ok: false, code: 'EVIDENCE_TYPE_MISMATCH', detected: 'text/html' });
    if (!r.ok) expect(r.message).toContain('.mp4');
  });
  it('refuses a type the kind does not take, and accepts a matching one', () => {
    expect(checkEvidenceType('audio-video', 'a.pdf', bytes('%PDF-1.4'))).toMatchObject({ ok: false, code: 'EVIDENCE_TYPE_NOT_ALLOWED' });
    expect(checkEvidenceType('audio-video', 'clip.mp4', ftyp('isom'))).toEqual({ ok: true, mediaType: 'video/mp4' });
    expect(checkEvidenceType('documentary', 'scan', bytes('%PDF-1.4'))).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkEvidenceType('electronic', 'x.bin', bytes([0, 1, 2, 0]))).toMatchObject({ ok: false, code: 'EVIDENCE_TYPE_UNKNOWN' });
    expect(checkEvidenceType('electronic', 'tool.exe', bytes('MZ', [0x90, 0]))).toMatchObject({ ok: false });
  });
  it('keeps only the last segment of a file name and never a traversal', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\a\\现场照片.jpg')).toBe('现场照片.jpg');
    expect(cleanFileName('..')).toBe('未命名文件');
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
  });
});

describe('retention: the longest applicable rule wins', () => {
  const base = { assigned: '10y' as const, mediaType: 'application/pdf', linkedToCase: true, ingestedOn: '2026-11-20', legalHold: false };
  it('keeps a case-linked recording for ever though the item was registered for 10 years', () => {
    const r = retentionOf({ ...base, mediaType: 'video/mp4' });
    expect(r).toMatchObject({ class: 'permanent', keepUntil: null });
    expect(r.reasons.map((x) => x.class)).toEqual(['10y', '6m', 'permanent']);
  });
  it('gives an unlinked recording at least six months and a document its own class or the case file’s', () => {
    expect(retentionOf({ ...base, assigned: '6m', mediaType: 'audio/mpeg', linkedToCase: false })).toMatchObject({ class: '6m', keepUntil: '2027-05-20' });
    expect(retentionOf({ ...base, caseClass: '30y' })).toMatchObject({ class: '30y', keepUntil: '2056-11-20' });
    expect(retentionOf({ ...base, caseClass: '10y' })).toMatchObject({ class: '10y', keepUntil: '2036-11-20' });
  });
  it('never deletes what is on legal hold or linked to a case, nor before the period ends', () => {
    expect(deletionCheck({ ...base, legalHold: true }, '2099-01-01')).toMatchObject({ ok: false, code: 'EVIDENCE_LEGAL_HOLD' });
    expect(deletionCheck(base, '2099-01-01')).toMatchObject({ ok: false, code: 'EVIDENCE_LINKED_TO_CASE' });
    const loose = { ...base, assigned: '6m' as const, mediaType: 'video/mp4', linkedToCase: false };
    expect(deletionCheck(loose, '2027-05-20')).toMatchObject({ ok: false, code: 'EVIDENCE_RETENTION_RUNNING' });
    expect(deletionCheck(loose, '2027-05-21')).toEqual({ ok: true });
  });
  it('keeps a queued item recoverable for the recovery window', () => {
    const loose = { ...base, assigned: '6m' as const, mediaType: 'video/mp4', linkedToCase: false };
    expect(recoverableUntil('2027-06-01')).toBe('2027-07-01');
    expect(mayPurge('2027-06-01', '2027-07-01', loose)).toBe(false);
    expect(mayPurge('2027-06-01', '2027-07-02', loose)).toBe(true);
    expect(mayPurge('2027-06-01', '2027-07-02', { ...loose, legalHold: true })).toBe(false);
    expect(recoverableUntil('2027-06-01', { ...NATIONAL_RETENTION_TABLE, recoveryDays: 90 })).toBe('2027-08-30');
  });
});

describe('调阅 supervision', () => {
  it('lets handlers view, asks others for a purpose and restricted items for an approval', () => {
    expect(retrievalDecision({ handlesCase: true, restricted: true, hasPurpose: false, hasApproval: false })).toEqual({ allow: true, basis: 'handler' });
    expect(retrievalDecision({ handlesCase: false, restricted: false, hasPurpose: false, hasApproval: false })).toMatchObject({ allow: false, code: 'RETRIEVAL_PURPOSE_REQUIRED' });
    expect(retrievalDecision({ handlesCase: false, restricted: false, hasPurpose: true, hasApproval: false })).toEqual({ allow: true, basis: 'purpose' });
    expect(retrievalDecision({ handlesCase: false, restricted: true, hasPurpose: true, hasApproval: false })).toMatchObject({ allow: false, code: 'RETRIEVAL_APPROVAL_REQUIRED' });
    expect(retrievalDecision({ handlesCase: false, restricted: true, hasPurpose: false, hasApproval: true })).toEqual({ allow: true, basis: 'approval' });
  });
  it('wants a purpose that says something, no self-approval, and a party only for its own case', () => {
    expect(checkPurpose(' 查 ')).toBeDefined();
    expect(checkPurpose('案卷评查抽查')).toBeUndefined();
    expect(mayDecideRetrieval('a', 'a')).toBe(false);
    expect(partyMayRequest('p1', 'p1')).toBe(true);
    expect(partyMayRequest('p1', 'p2')).toBe(false);
    expect(partyMayRequest(null, 'p2')).toBe(false);
  });
});
