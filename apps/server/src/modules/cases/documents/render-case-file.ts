import { EVIDENCE_KIND_LABELS, type EvidenceKind } from '@sanxiang/domain';
import {
  type ArchiveCheckResult,
  buildCaseFileZip,
  type CaseFileManifest,
  type CaseFileZipEntry,
  checkArchivePackage,
  renderCaseFilePdf,
  renderDocument,
  type CaseFileTocEntry,
} from '@sanxiang/documents';
import { documentDefinition } from '@sanxiang/documents/layout';
import { renderPdf } from '@sanxiang/documents/pdf';
import type { CaseFileSnapshot, SnapshotDocument } from './case-file-snapshot.ts';
import { type DocumentSpec, documentSpecOf } from './document-data.ts';

/** A document kind the package has no template for is drawn with the package's own layout (same header, blocks, footer). */
const renderSpec = async (spec: DocumentSpec): Promise<Buffer> => {
  if (spec.kind !== 'generic') return renderDocument(spec.kind, spec.data as never);
  const { layout } = spec;
  return renderPdf(documentDefinition(layout), {
    title: layout.number ? `${layout.title}（${layout.number}）` : layout.title,
    author: layout.agencyName,
    createdAt: new Date(`${spec.date}T00:00:00+08:00`),
  });
};

/** One issued document as PDF, rendered from the data its act stored: the same record gives the same bytes. */
export const renderCaseDocument = (snap: CaseFileSnapshot, doc: SnapshotDocument) => renderSpec(documentSpecOf(snap, doc));

/** "行政处罚决定书（甲县市监罚〔2026〕1号）.pdf": the title as printed, with the 文号 when it has one. */
export const documentFileName = (doc: { title: string; number: string | null }) => `${doc.title}${doc.number ? `（${doc.number}）` : ''}.pdf`;

/** An evidence file of the case (from the evidence module's `listCaseEvidenceFiles`). */
export type EvidenceFile = { evidenceId: string; kind: string; title: string; fileName: string; mediaType: string; size: number; sm3: string; sha256: string };

/** Opens an evidence file's bytes; `verified` streams error on a hash mismatch, raw ones let the 四性检测 see it. */
export type EvidenceReader = (file: EvidenceFile) => Promise<AsyncIterable<Uint8Array>>;

export type RenderedDocument = SnapshotDocument & { pdf: Buffer };

export const renderAllDocuments = async (snap: CaseFileSnapshot): Promise<RenderedDocument[]> => {
  const out: RenderedDocument[] = [];
  // One at a time: pdfmake's font registry is global, and the machine is shared.
  for (const doc of snap.documents) out.push({ ...doc, pdf: await renderCaseDocument(snap, doc) });
  return out;
};

const kindLabel = (kind: string) => EVIDENCE_KIND_LABELS[kind as EvidenceKind] ?? kind;

/** 电子卷宗 as one PDF: cover, 卷内目录 with page numbers, every document as issued, the evidence list. */
export const renderCaseFile = async (snap: CaseFileSnapshot, rendered: RenderedDocument[], evidence: EvidenceFile[], options: { archivedOn?: string; compiledBy?: string } = {}) =>
  renderCaseFilePdf({
    caseTitle: snap.title,
    caseNumber: snap.caseNumber ?? snap.clueNumber,
    agency: snap.agency.name,
    documents: rendered.map((d) => ({ title: d.title, number: d.number ?? undefined, date: d.issuedOn, pdf: d.pdf })),
    evidence: evidence.map((e) => ({ title: e.title, kind: kindLabel(e.kind), fileName: e.fileName, sm3: e.sm3 })),
    archivedOn: options.archivedOn,
    compiledBy: options.compiledBy,
    retention: '永久',
  });

// Names inside the package: never a path from outside, no separators or control characters, the extension kept.
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^\.+/, '_').slice(-120) || 'file';
const seq = (i: number) => String(i + 1).padStart(2, '0');

export type CasePackage = { zip: Buffer; manifest: CaseFileManifest; caseFile: { pageCount: number; toc: CaseFileTocEntry[] } };

/**
 * The 归档包: the merged 电子卷宗 PDF, every document PDF, every evidence file and manifest.json with each file's
 * SM3. `createdAt` fixes every time inside it, so the same record packs to the same listing SM3.
 */
export const buildCasePackage = async (
  snap: CaseFileSnapshot,
  evidence: EvidenceFile[],
  read: EvidenceReader,
  options: { createdOn: string; compiledBy?: string },
): Promise<CasePackage> => {
  const rendered = await renderAllDocuments(snap);
  const caseFile = await renderCaseFile(snap, rendered, evidence, { archivedOn: options.createdOn, compiledBy: options.compiledBy });
  const files: CaseFileZipEntry[] = [
    { path: `${safeName(`电子卷宗-${snap.caseNumber ?? snap.clueNumber}`)}.pdf`, bytes: caseFile.pdf, role: 'case-file', title: `${snap.title}（电子卷宗）`, date: options.createdOn },
    ...rendered.map((d, i): CaseFileZipEntry => ({
      path: `documents/${seq(i)}-${safeName(documentFileName(d).replace(/\.pdf$/, ''))}.pdf`,
      bytes: d.pdf,
      role: 'document',
      title: d.title,
      number: d.number ?? undefined,
      date: d.issuedOn,
    })),
  ];
  for (const [i, e] of evidence.entries()) {
    files.push({ path: `evidence/${seq(i)}-${safeName(e.fileName)}`, stream: await read(e), role: 'evidence', title: e.title });
  }
  const { zip, manifest } = await buildCaseFileZip({
    files,
    caseNumber: snap.caseNumber ?? snap.clueNumber,
    caseTitle: snap.title,
    agency: snap.agency.name,
    createdAt: new Date(`${options.createdOn}T00:00:00+08:00`),
  });
  return { zip, manifest, caseFile: { pageCount: caseFile.pageCount, toc: caseFile.toc } };
};

/**
 * 四性检测 of a package (checkArchivePackage), plus what only the record knows: each evidence file's SM3 as packed
 * must be the SM3 taken at ingest (a file changed in storage packs with a fresh, self-consistent hash that the
 * manifest alone would accept).
 */
export const checkCasePackage = (pkg: CasePackage, evidence: EvidenceFile[], expectedListingSm3?: string): ArchiveCheckResult => {
  const result = checkArchivePackage(pkg.zip, { expectedListingSm3 });
  const listed = pkg.manifest.files.filter((f) => f.role === 'evidence');
  const authenticity = result.checks.authenticity;
  evidence.forEach((e, i) => {
    const f = listed[i];
    if (f && f.sm3 !== e.sm3) {
      authenticity.findings.push({ code: 'EVIDENCE_HASH_MISMATCH', severity: 'error', path: f.path, message: `证据“${e.title}”的 SM3 与入库时不一致（入库 ${e.sm3.slice(0, 16)}…，归档 ${f.sm3.slice(0, 16)}…），文件被改动` });
    }
  });
  authenticity.passed = !authenticity.findings.some((f) => f.severity === 'error');
  return { ...result, passed: Object.values(result.checks).every((c) => c.passed) };
};

/** What the archived event keeps of the checks (a ledger leaf): each check's result and its errors. */
export const checkSummary = (result: ArchiveCheckResult) => ({
  passed: result.passed,
  listed: result.listed,
  entries: result.entries,
  checks: Object.values(result.checks).map((c) => ({ name: c.name, label: c.label, passed: c.passed, findings: c.findings.map((f) => ({ code: f.code, severity: f.severity, path: f.path ?? null, message: f.message })) })),
});
