import { createHash } from 'node:crypto';

/** The listing an archive package carries as manifest.json (format sanxiang-case-file/1). */
export type ManifestFile = {
  /** 卷内顺序号, 1…n without gaps. */
  seq: number;
  path: string;
  size: number;
  /** SM3 of the file's bytes, lowercase hex. */
  sm3: string;
  /** document: an issued 文书; evidence: an evidence file; case-file: the merged 电子卷宗 PDF; other: anything else listed. */
  role: 'document' | 'evidence' | 'case-file' | 'other';
  title?: string;
  /** 文号 of a document. */
  number?: string;
  date?: string;
  /** A signature over the file's SM3 (e.g. SM2, hex or base64), checked by the caller's verifier. */
  signature?: string;
};

export type CaseFileManifest = {
  format: 'sanxiang-case-file/1';
  hashAlgorithm: 'SM3';
  caseNumber?: string;
  caseTitle?: string;
  agency?: string;
  createdAt?: string;
  files: ManifestFile[];
  /** SM3 of the canonical JSON of `files` (keys sorted): changing, adding or dropping any line changes it. */
  listingSm3: string;
  /** A signature over listingSm3, when the archiving agency signs its packages. */
  signature?: string;
};

export const MANIFEST_PATH = 'manifest.json';

export const sm3Hex = (bytes: Uint8Array | string) => createHash('sm3').update(bytes).digest('hex');

/** JSON with object keys sorted at every level: the same listing always hashes the same. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

export const listingSm3 = (files: readonly ManifestFile[]) => sm3Hex(canonicalJson(files));
