import { createHash } from 'node:crypto';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { DomainError } from '@sanxiang/domain';
import { type CaseFileManifest, listingSm3, MANIFEST_PATH, type ManifestFile } from './manifest.ts';
import { unsafePathReason } from './paths.ts';

export type CaseFileZipEntry = {
  path: string;
  /** The content, whole … */
  bytes?: Uint8Array;
  /** … or streamed (a Node Readable or any async iterable of chunks), hashed as it is packed. */
  stream?: AsyncIterable<Uint8Array>;
  role?: ManifestFile['role'];
  title?: string;
  number?: string;
  date?: string;
  signature?: string;
};

export type CaseFileZipInput = {
  files: CaseFileZipEntry[];
  caseNumber?: string;
  caseTitle?: string;
  agency?: string;
  /** The package's time; also every entry's modification time, so the same input packs to the same bytes. */
  createdAt?: Date;
  /** Signs the listing's SM3 (e.g. with the deployment's SM2 key); the signature goes into the manifest. */
  signListing?: (listingSm3: string) => string;
};

export type CaseFileZip = { zip: Buffer; manifest: CaseFileManifest };

// Already-compressed formats are stored; deflating them again costs time and gains nothing.
const STORED = /\.(pdf|jpe?g|png|mp4|m4a|mp3|ofd|zip|gif|webp)$/i;

const invalid = (code: string, message: string, details?: unknown) => new DomainError(code, 'invalid', message, details);

/**
 * The 归档包: a ZIP holding every file under its path and, last, manifest.json listing each file's path, size
 * and SM3 with the SM3 of the whole listing. Streams are read once: hashed and compressed in the same pass.
 * The ZIP's bytes go to `write` as they are produced (awaited, so a slow disk or S3 upload holds the reading
 * back): a package of multi-GB videos never sits in memory whole.
 */
export const writeCaseFileZip = async (input: CaseFileZipInput, write: (chunk: Uint8Array) => void | Promise<void>): Promise<CaseFileManifest> => {
  const files = input.files ?? [];
  if (files.length === 0) throw invalid('ARCHIVE_EMPTY', '归档包至少包含一个文件');
  const seen = new Set<string>();
  for (const f of files) {
    const reason = unsafePathReason(f.path);
    if (reason) throw invalid('ARCHIVE_PATH_INVALID', `归档文件名不安全：${f.path}（${reason}）`, { path: f.path });
    if (f.path === MANIFEST_PATH) throw invalid('ARCHIVE_PATH_INVALID', `${MANIFEST_PATH} 由系统生成，不能作为归档文件`, { path: f.path });
    if (seen.has(f.path)) throw invalid('ARCHIVE_PATH_DUPLICATE', `归档文件名重复：${f.path}`, { path: f.path });
    if (!f.bytes === !f.stream) throw invalid('ARCHIVE_ENTRY_INVALID', `归档文件 ${f.path} 须且只能提供 bytes 或 stream 之一`, { path: f.path });
    seen.add(f.path);
  }
  const mtime = input.createdAt ?? new Date('2000-01-01T00:00:00Z');
  let pending: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else pending.push(data);
  });
  const flush = async () => {
    if (failure) throw failure;
    const out = pending;
    pending = [];
    for (const chunk of out) await write(chunk);
  };
  const listed: ManifestFile[] = [];
  for (const [i, f] of files.entries()) {
    const entry = STORED.test(f.path) ? new ZipPassThrough(f.path) : new ZipDeflate(f.path, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    const hash = createHash('sm3');
    let size = 0;
    if (f.bytes) {
      hash.update(f.bytes);
      size = f.bytes.length;
      entry.push(f.bytes, true);
    } else {
      for await (const chunk of f.stream!) {
        const c = typeof chunk === 'string' ? strToU8(chunk) : chunk;
        hash.update(c);
        size += c.length;
        entry.push(c, false);
        await flush();
      }
      entry.push(new Uint8Array(0), true);
    }
    await flush();
    listed.push({ seq: i + 1, path: f.path, size, sm3: hash.digest('hex'), role: f.role ?? 'other', title: f.title, number: f.number, date: f.date, signature: f.signature });
  }
  const listing = listingSm3(listed);
  const manifest: CaseFileManifest = {
    format: 'sanxiang-case-file/1',
    hashAlgorithm: 'SM3',
    caseNumber: input.caseNumber,
    caseTitle: input.caseTitle,
    agency: input.agency,
    createdAt: input.createdAt?.toISOString(),
    files: listed,
    listingSm3: listing,
    signature: input.signListing?.(listing),
  };
  const manifestEntry = new ZipDeflate(MANIFEST_PATH, { level: 6 });
  manifestEntry.mtime = mtime;
  zip.add(manifestEntry);
  manifestEntry.push(strToU8(JSON.stringify(manifest, null, 2)), true);
  zip.end();
  await flush();
  return manifest;
};

/** The same package in memory: for packages of documents and small evidence, and for tests. */
export const buildCaseFileZip = async (input: CaseFileZipInput): Promise<CaseFileZip> => {
  const chunks: Uint8Array[] = [];
  const manifest = await writeCaseFileZip(input, (c) => {
    chunks.push(c);
  });
  return { zip: Buffer.concat(chunks), manifest };
};

/** A user-given file name made safe as the last segment of a path inside the package (never a path itself). */
export const safeFileName = (name: string): string => {
  // eslint-disable-next-line no-control-regex
  const cleaned = (name ?? '').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').replace(/^\.+/, '_').trim();
  return (cleaned || 'file').slice(0, 120);
};

export type ArchiveEvidenceFile = { title: string; fileName: string; bytes?: Uint8Array; stream?: AsyncIterable<Uint8Array>; signature?: string };

/**
 * The usual layout of a case's package: case-file.pdf (the merged 电子卷宗), documents/NN-<title>.pdf as issued,
 * evidence/NN-<file name>; ready for buildCaseFileZip / writeCaseFileZip.
 */
export const caseFilePackageEntries = (input: {
  caseFilePdf?: Uint8Array;
  documents: ReadonlyArray<{ title: string; number?: string; date: string; pdf: Uint8Array; signature?: string }>;
  evidence: readonly ArchiveEvidenceFile[];
}): CaseFileZipEntry[] => {
  const nn = (i: number) => String(i + 1).padStart(2, '0');
  return [
    ...(input.caseFilePdf ? [{ path: 'case-file.pdf', bytes: input.caseFilePdf, role: 'case-file' as const, title: '电子卷宗' }] : []),
    ...input.documents.map((d, i) => ({
      path: `documents/${nn(i)}-${safeFileName(d.title)}.pdf`,
      bytes: d.pdf,
      role: 'document' as const,
      title: d.title,
      number: d.number,
      date: d.date,
      signature: d.signature,
    })),
    ...input.evidence.map((e, i) => ({
      path: `evidence/${nn(i)}-${safeFileName(e.fileName)}`,
      bytes: e.bytes,
      stream: e.stream,
      role: 'evidence' as const,
      title: e.title,
      signature: e.signature,
    })),
  ];
};
