import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCaseFileZip, caseFilePackageEntries, checkArchivePackage, writeCaseFileZip, type CaseFileManifest, listingSm3, mergePdfs, renderCaseFilePdf, renderDocument, sm3Hex } from '../index.ts';
import { pdfPages, pdfText, squeezed } from '../../test/pdf-text.ts';
import { SAMPLES } from '../../test/samples.ts';

// Small but real media: a JPEG with its start and end markers, an MP4 beginning with its ftyp box.
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const MP4 = Uint8Array.from([0, 0, 0, 0x18, ...strToU8('ftypisom'), 0, 0, 2, 0, ...strToU8('isomiso2'), 0, 0, 0, 8, ...strToU8('free')]);

let filing: Buffer;
let decision: Buffer;
let seizure: Buffer;

beforeAll(async () => {
  filing = await renderDocument('filingApproval', SAMPLES.filingApproval.data);
  decision = await renderDocument('penaltyDecision', SAMPLES.penaltyDecision.data);
  seizure = await renderDocument('seizureDecision', SAMPLES.seizureDecision.data);
});

const pageText = (pdf: Uint8Array, page: number) =>
  squeezed(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8'));

describe('renderCaseFilePdf', () => {
  it('puts a cover, the 卷内目录 with page numbers, every document as issued and the evidence list into one PDF', async () => {
    const evidence = [
      { title: '现场照片', kind: '视听资料', fileName: 'photo-01.jpg', sm3: sm3Hex(JPEG) },
      { title: '执法记录仪视频', kind: '视听资料', fileName: 'bodycam.mp4', sm3: sm3Hex(MP4) },
    ];
    const result = await renderCaseFilePdf({
      caseTitle: '甲县乐购商贸有限公司销售过期食品案',
      caseNumber: '甲县市监立〔2026〕7号',
      agency: '甲县市场监督管理局',
      documents: [
        { title: '立案审批表', number: '甲县市监立〔2026〕7号', date: '2026-03-16', pdf: filing },
        { title: '扣押决定书', number: '甲县市监封扣〔2026〕5号', date: '2026-03-18', pdf: seizure },
        { title: '行政处罚决定书', number: '甲县市监罚〔2026〕12号', date: '2026-05-20', pdf: decision },
      ],
      evidence,
      retention: '30年',
    });
    expect(pdfPages(result.pdf)).toBe(result.pageCount);
    const text = squeezed(pdfText(result.pdf));
    expect(text).toContain('卷内目录');
    expect(text).toContain('甲县乐购商贸有限公司销售过期食品案');
    for (const e of result.toc.slice(0, 3)) {
      const range = e.firstPage === e.lastPage ? `${e.firstPage}` : `${e.firstPage}-${e.lastPage}`;
      // The contents row: 序号, 文书名称, 文号, 日期, 页号 read in one line.
      expect(text).toContain(squeezed(`${e.seq}${e.title}${e.number}`));
      expect(text).toContain(range);
      // The page the contents point to is the document's first page.
      expect(pageText(result.pdf, e.firstPage)).toContain(squeezed(e.title));
      expect(pageText(result.pdf, e.firstPage)).toContain(squeezed(e.number!));
    }
    expect(result.toc[0].firstPage).toBe(3);
    expect(result.toc[1].firstPage).toBe(result.toc[0].lastPage + 1);
    // The documents' own text survives the merge, and the evidence list shows each file's SM3.
    expect(text).toContain(squeezed('每日按罚款数额的3%加处罚款'));
    expect(text).toContain(squeezed('扣押物品清单'));
    for (const e of evidence) expect(text).toContain(e.sm3);
    expect(pageText(result.pdf, result.toc[3].firstPage)).toContain('证据材料目录');
  });

  it('refuses a PDF it cannot merge with DOCUMENT_PDF_UNSUPPORTED instead of producing a broken file', () => {
    const xrefStream = strToU8('%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 1 /W [1 2 1] >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n');
    expect(() => mergePdfs([decision, xrefStream], { title: 't', createdAt: new Date(0) })).toThrow(expect.objectContaining({ code: 'DOCUMENT_PDF_UNSUPPORTED' }));
    expect(() => mergePdfs([strToU8('<html></html>')], { title: 't', createdAt: new Date(0) })).toThrow(expect.objectContaining({ code: 'DOCUMENT_PDF_UNSUPPORTED' }));
  });
});

describe('buildCaseFileZip and 四性检测', () => {
  const build = () =>
    buildCaseFileZip({
      caseNumber: '甲县市监立〔2026〕7号',
      createdAt: new Date('2026-07-10T08:00:00Z'),
      files: [
        { path: 'documents/01-立案审批表.pdf', bytes: filing, role: 'document', title: '立案审批表', number: '甲县市监立〔2026〕7号', date: '2026-03-16' },
        { path: 'documents/02-行政处罚决定书.pdf', bytes: decision, role: 'document', title: '行政处罚决定书', number: '甲县市监罚〔2026〕12号', date: '2026-05-20' },
        { path: 'evidence/photo-01.jpg', bytes: JPEG, role: 'evidence', title: '现场照片' },
        // Streamed in small chunks, as an evidence file read from storage would be.
        { path: 'evidence/bodycam.mp4', stream: Readable.from([MP4.subarray(0, 10), MP4.subarray(10)]), role: 'evidence', title: '执法记录仪视频' },
      ],
    });

  it('lists every file with its size and SM3, and the SM3 of the whole listing; the same input packs to the same bytes', async () => {
    const { zip, manifest } = await build();
    const files = unzipSync(zip);
    const stored: CaseFileManifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(stored).toEqual(JSON.parse(JSON.stringify(manifest)));
    expect(stored.files.map((f) => f.path)).toEqual(['documents/01-立案审批表.pdf', 'documents/02-行政处罚决定书.pdf', 'evidence/photo-01.jpg', 'evidence/bodycam.mp4']);
    for (const f of stored.files) {
      expect(files[f.path].length).toBe(f.size);
      expect(sm3Hex(files[f.path])).toBe(f.sm3);
    }
    expect(stored.files[3].sm3).toBe(sm3Hex(MP4));
    expect(stored.listingSm3).toBe(listingSm3(stored.files));
    expect((await build()).zip.equals(zip)).toBe(true);
    // Written out chunk by chunk it is the same package.
    const parts: Uint8Array[] = [];
    const streamed = await writeCaseFileZip(
      {
        caseNumber: '甲县市监立〔2026〕7号',
        createdAt: new Date('2026-07-10T08:00:00Z'),
        files: [{ path: 'evidence/bodycam.mp4', stream: Readable.from([MP4.subarray(0, 10), MP4.subarray(10)]), role: 'evidence' }],
      },
      async (c) => {
        parts.push(c);
      },
    );
    expect(parts.length).toBeGreaterThan(1);
    expect(checkArchivePackage(Buffer.concat(parts), { expectedListingSm3: streamed.listingSm3 }).passed).toBe(true);
    await expect(buildCaseFileZip({ files: [{ path: '../escape.pdf', bytes: filing }] })).rejects.toMatchObject({ code: 'ARCHIVE_PATH_INVALID' });
  });

  it('lays out a case package from the merged file, the documents and the evidence, with unsafe user file names made safe', async () => {
    const entries = caseFilePackageEntries({
      caseFilePdf: decision,
      documents: [{ title: '行政处罚决定书', number: '甲县市监罚〔2026〕12号', date: '2026-05-20', pdf: decision }],
      evidence: [{ title: '现场照片', fileName: '../../现场/照片.jpg', bytes: JPEG }],
    });
    expect(entries.map((e) => e.path)).toEqual(['case-file.pdf', 'documents/01-行政处罚决定书.pdf', 'evidence/01-__.._现场_照片.jpg']);
    const { zip } = await buildCaseFileZip({ files: entries });
    expect(checkArchivePackage(zip).passed).toBe(true);
  });

  it('passes a package as built on all four checks', async () => {
    const { zip, manifest } = await build();
    const result = checkArchivePackage(zip, { expectedListingSm3: manifest.listingSm3 });
    expect(Object.values(result.checks).flatMap((c) => c.findings)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.listed).toBe(4);
    expect(result.entries).toBe(4);
  });

  const repack = async (change: (files: Record<string, Uint8Array>) => void) => {
    const files = unzipSync((await build()).zip);
    change(files);
    return zipSync(files);
  };
  const failing = (r: ReturnType<typeof checkArchivePackage>) =>
    Object.fromEntries(Object.values(r.checks).filter((c) => !c.passed).map((c) => [c.name, c.findings.map((f) => f.code)]));

  it('真实性: one changed byte in a document fails on its SM3', async () => {
    const zip = await repack((f) => {
      const doc = f['documents/02-行政处罚决定书.pdf'];
      doc[Math.floor(doc.length / 2)] ^= 0x01;
    });
    const r = checkArchivePackage(zip);
    expect(failing(r)).toEqual({ authenticity: ['HASH_MISMATCH'] });
    expect(r.checks.authenticity.findings[0].path).toBe('documents/02-行政处罚决定书.pdf');
  });

  it('真实性: a manifest edited to match a changed file still fails on the listing SM3, and a rebuilt one on the recorded value', async () => {
    const { manifest } = await build();
    const edited = await repack((f) => {
      f['evidence/photo-01.jpg'] = Uint8Array.from([...JPEG.subarray(0, -2), 0x00, 0xff, 0xd9]);
      const m: CaseFileManifest = JSON.parse(new TextDecoder().decode(f['manifest.json']));
      m.files[2].sm3 = sm3Hex(f['evidence/photo-01.jpg']);
      m.files[2].size = f['evidence/photo-01.jpg'].length;
      f['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect(failing(checkArchivePackage(edited))).toEqual({ authenticity: ['LISTING_HASH_MISMATCH'] });
    const rebuilt = await repack((f) => {
      const m: CaseFileManifest = JSON.parse(new TextDecoder().decode(f['manifest.json']));
      m.files[0].title = '改过的标题';
      m.listingSm3 = listingSm3(m.files);
      f['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect(checkArchivePackage(rebuilt).passed).toBe(true);
    expect(failing(checkArchivePackage(rebuilt, { expectedListingSm3: manifest.listingSm3 }))).toEqual({ authenticity: ['MANIFEST_REPLACED'] });
  });

  it('真实性: signatures are checked with the verifier given', async () => {
    const { zip } = await buildCaseFileZip({ files: [{ path: 'a.txt', bytes: strToU8('证据'), signature: 'sig-of-a' }], signListing: (h) => `sig:${h}` });
    const ok = checkArchivePackage(zip, { verifySignature: ({ path, sm3, signature }) => (path === 'manifest.json' ? signature === `sig:${sm3}` : signature === 'sig-of-a') });
    expect(ok.passed).toBe(true);
    const bad = checkArchivePackage(zip, { verifySignature: ({ path }) => path === 'manifest.json' });
    expect(failing(bad)).toEqual({ authenticity: ['SIGNATURE_INVALID'] });
    const unverified = checkArchivePackage(zip);
    expect(unverified.passed).toBe(true);
    expect(unverified.checks.authenticity.findings.map((f) => f.code)).toEqual(['SIGNATURE_UNVERIFIED', 'SIGNATURE_UNVERIFIED']);
  });

  it('安全性: an extra file is found', async () => {
    const zip = await repack((f) => {
      f['evidence/extra.jpg'] = JPEG;
    });
    expect(failing(checkArchivePackage(zip))).toEqual({ security: ['EXTRA_ENTRY'] });
  });

  it('安全性 and 完整性: a missing file is found by both', async () => {
    const zip = await repack((f) => {
      delete f['evidence/photo-01.jpg'];
    });
    expect(failing(checkArchivePackage(zip))).toEqual({ integrity: ['MISSING_CONTENT'], security: ['MISSING_ENTRY'] });
  });

  it('安全性: a path-traversal name is found, in the package and in the listing', async () => {
    const zip = await repack((f) => {
      f['../../etc/cron.d/evil.txt'] = strToU8('x');
    });
    expect(failing(checkArchivePackage(zip)).security).toEqual(expect.arrayContaining(['UNSAFE_PATH', 'EXTRA_ENTRY']));
    const entries = [{ path: 'manifest.json', bytes: strToU8('') }];
    const listed = [{ seq: 1, path: '/abs/x.txt', size: 1, sm3: sm3Hex('x'), role: 'other' as const }];
    entries[0].bytes = strToU8(JSON.stringify({ format: 'sanxiang-case-file/1', hashAlgorithm: 'SM3', files: listed, listingSm3: listingSm3(listed) }));
    const r = checkArchivePackage([...entries, { path: '/abs/x.txt', bytes: strToU8('x') }]);
    expect(r.checks.security.findings.map((f) => f.code)).toEqual(['UNSAFE_PATH', 'UNSAFE_PATH']);
  });

  it('可用性: an unsupported format and a file whose bytes are not its format are found', async () => {
    const { zip } = await buildCaseFileZip({
      files: [
        { path: 'tools/run.exe', bytes: strToU8('MZ\x90\x00') },
        { path: 'evidence/video.mp4', bytes: strToU8('<html><body>not a video</body></html>') },
        { path: 'documents/cut.pdf', bytes: decision.subarray(0, decision.length - 100) },
        { path: 'evidence/ok.jpg', bytes: JPEG },
      ],
    });
    const r = checkArchivePackage(zip);
    expect(failing(r)).toEqual({ usability: ['FORMAT_NOT_ALLOWED', 'FILE_UNREADABLE', 'FILE_UNREADABLE'] });
    expect(r.checks.usability.findings.map((f) => f.path)).toEqual(['tools/run.exe', 'evidence/video.mp4', 'documents/cut.pdf']);
  });

  it('完整性: numbering gaps, empty records and a 文号 used twice are found; a package without manifest fails', async () => {
    const listed = [
      { seq: 1, path: 'a.pdf', size: decision.length, sm3: sm3Hex(decision), role: 'document' as const, number: '甲县市监罚〔2026〕12号' },
      { seq: 3, path: 'b.pdf', size: decision.length, sm3: sm3Hex(decision), role: 'document' as const, number: '甲县市监罚〔2026〕12号' },
      { seq: 4, path: 'c.txt', size: 0, sm3: sm3Hex(''), role: 'other' as const },
    ];
    const manifest = { format: 'sanxiang-case-file/1', hashAlgorithm: 'SM3', files: listed, listingSm3: listingSm3(listed) };
    const r = checkArchivePackage([
      { path: 'manifest.json', bytes: strToU8(JSON.stringify(manifest)) },
      { path: 'a.pdf', bytes: decision },
      { path: 'b.pdf', bytes: decision },
      { path: 'c.txt', bytes: new Uint8Array(0) },
    ]);
    expect(failing(r)).toEqual({ integrity: ['SEQUENCE_GAP', 'EMPTY_CONTENT', 'DUPLICATE_NUMBER'] });
    const none = checkArchivePackage(await repack((f) => delete f['manifest.json']));
    expect(failing(none)).toEqual({ authenticity: ['MANIFEST_MISSING'], security: ['MANIFEST_MISSING'] });
    expect(failing(checkArchivePackage(strToU8('not a zip'))).security).toEqual(['PACKAGE_UNREADABLE', 'MANIFEST_MISSING']);
    // An entry larger than the unpacking budget is reported rather than inflated.
    const small = checkArchivePackage((await build()).zip, { maxUnpackedBytes: 10_000 });
    expect(small.checks.security.findings.map((f) => f.code)).toContain('ENTRY_TOO_LARGE');
  });
});
