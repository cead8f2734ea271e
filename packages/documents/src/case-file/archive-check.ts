import { unzipSync } from 'fflate';
import { parseDocumentNumber } from '../numbers.ts';
import { formatOf } from './formats.ts';
import { type CaseFileManifest, listingSm3, MANIFEST_PATH, type ManifestFile, sm3Hex } from './manifest.ts';
import { unsafePathReason } from './paths.ts';

/**
 * 四性检测 (DA/T 70-2018 文书类电子档案检测一般要求) of an archive package: 真实性 (authenticity), 完整性
 * (integrity), 可用性 (usability), 安全性 (security). Pure: it reads the package and nothing else, and says what
 * it found; the caller stores the result with the archive.
 */
export type ArchiveCheckName = 'authenticity' | 'integrity' | 'usability' | 'security';

export type ArchiveFinding = { code: string; severity: 'error' | 'warning'; path?: string; message: string };

export type ArchiveCheck = { name: ArchiveCheckName; label: string; passed: boolean; findings: ArchiveFinding[] };

export type ArchiveCheckResult = {
  passed: boolean;
  checks: Record<ArchiveCheckName, ArchiveCheck>;
  /** Files listed in the manifest, and entries found in the package (manifest.json excluded). */
  listed: number;
  entries: number;
  /** The listing's SM3 as recomputed from the manifest: what to compare with the value stored at archiving. */
  listingSm3?: string;
};

export type PackageEntry = { path: string; bytes: Uint8Array };

export type ArchiveCheckOptions = {
  /** The listing SM3 recorded when the package was made; a different one means the manifest was replaced. */
  expectedListingSm3?: string;
  /** Verifies a signature over an SM3 (a file's, or the listing's for path manifest.json). */
  verifySignature?: (subject: { path: string; sm3: string; signature: string }) => boolean;
  /** Memory budget for unpacking a ZIP (default 2 GiB); entries beyond it are reported, not unpacked. */
  maxUnpackedBytes?: number;
};

const LABELS: Record<ArchiveCheckName, string> = { authenticity: '真实性', integrity: '完整性', usability: '可用性', security: '安全性' };

type Unpacked = { entries: PackageEntry[]; duplicates: string[]; oversized: string[]; unreadable?: string };

const unpack = (input: Uint8Array | readonly PackageEntry[], maxBytes: number): Unpacked => {
  if (!(input instanceof Uint8Array)) {
    const names = input.map((e) => e.path);
    return { entries: [...input], duplicates: names.filter((n, i) => names.indexOf(n) !== i), oversized: [] };
  }
  const names: string[] = [];
  const oversized: string[] = [];
  let total = 0;
  try {
    // The filter sees every central-directory name, so a name packed twice is noticed before it collapses,
    // and an entry whose declared size would blow the memory budget (a zip bomb) is left packed and reported.
    const files = unzipSync(input, {
      filter: (f) => {
        names.push(f.name);
        if (total + f.originalSize > maxBytes) {
          oversized.push(f.name);
          return false;
        }
        total += f.originalSize;
        return true;
      },
    });
    const entries = Object.entries(files)
      .filter(([name, bytes]) => !(name.endsWith('/') && bytes.length === 0))
      .map(([path, bytes]) => ({ path, bytes }));
    return { entries, duplicates: names.filter((n, i) => names.indexOf(n) !== i), oversized };
  } catch (e) {
    return { entries: [], duplicates: [], oversized, unreadable: e instanceof Error ? e.message : String(e) };
  }
};

const parseManifest = (bytes: Uint8Array | undefined): { manifest?: CaseFileManifest; problem?: string } => {
  if (!bytes) return { problem: `归档包缺少 ${MANIFEST_PATH}` };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { problem: `${MANIFEST_PATH} 不是有效的 UTF-8 JSON` };
  }
  const m = value as CaseFileManifest;
  const fileOk = (f: ManifestFile) =>
    f && typeof f.path === 'string' && Number.isSafeInteger(f.size) && typeof f.sm3 === 'string' && /^[0-9a-f]{64}$/.test(f.sm3) && Number.isSafeInteger(f.seq);
  if (!m || m.format !== 'sanxiang-case-file/1' || !Array.isArray(m.files) || typeof m.listingSm3 !== 'string' || !m.files.every(fileOk)) {
    return { problem: `${MANIFEST_PATH} 的格式不符合 sanxiang-case-file/1` };
  }
  return { manifest: m };
};

/** Runs the four checks over a ZIP (as built by buildCaseFileZip) or over already-unpacked entries. */
export const checkArchivePackage = (input: Uint8Array | readonly PackageEntry[], options: ArchiveCheckOptions = {}): ArchiveCheckResult => {
  const findings: Record<ArchiveCheckName, ArchiveFinding[]> = { authenticity: [], integrity: [], usability: [], security: [] };
  const add = (check: ArchiveCheckName, code: string, message: string, path?: string, severity: ArchiveFinding['severity'] = 'error') =>
    findings[check].push({ code, severity, path, message });

  const { entries: all, duplicates, oversized, unreadable } = unpack(input, options.maxUnpackedBytes ?? 2 * 1024 ** 3);
  for (const name of oversized) add('security', 'ENTRY_TOO_LARGE', `${name} 解压后超过检测允许的总大小，未解压检测`, name);
  if (unreadable) {
    add('security', 'PACKAGE_UNREADABLE', `归档包无法读取：${unreadable}`);
    add('usability', 'PACKAGE_UNREADABLE', '归档包无法读取，文件均不可用');
  }
  for (const name of new Set(duplicates)) add('security', 'DUPLICATE_ENTRY', `归档包中同名文件出现多次：${name}`, name);

  const manifestEntry = all.find((e) => e.path === MANIFEST_PATH);
  const entries = all.filter((e) => e.path !== MANIFEST_PATH);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const { manifest, problem } = parseManifest(manifestEntry?.bytes);
  let recomputedListing: string | undefined;

  // 安全性: every entry has a safe name and is listed; nothing listed is absent.
  for (const e of all) {
    const reason = unsafePathReason(e.path);
    if (reason) add('security', 'UNSAFE_PATH', `文件名不安全：${e.path}（${reason}）`, e.path);
  }
  if (problem) {
    add('authenticity', manifestEntry ? 'MANIFEST_INVALID' : 'MANIFEST_MISSING', `${problem}，无法核验杂凑值`);
    add('security', manifestEntry ? 'MANIFEST_INVALID' : 'MANIFEST_MISSING', `${problem}，无法核对包内文件`);
  }

  if (manifest) {
    const listedPaths = new Set(manifest.files.map((f) => f.path));
    for (const f of manifest.files) {
      const reason = unsafePathReason(f.path);
      if (reason) add('security', 'UNSAFE_PATH', `清单中的文件名不安全：${f.path}（${reason}）`, f.path);
      if (!byPath.has(f.path)) add('security', 'MISSING_ENTRY', `清单列出的文件不在归档包中：${f.path}`, f.path);
    }
    for (const e of entries) if (!listedPaths.has(e.path)) add('security', 'EXTRA_ENTRY', `归档包中有清单未列出的文件：${e.path}`, e.path);

    // 真实性: the listing is the one recorded, each file's SM3 and size match, signatures verify.
    recomputedListing = listingSm3(manifest.files);
    if (recomputedListing !== manifest.listingSm3) add('authenticity', 'LISTING_HASH_MISMATCH', '清单的整体 SM3 与清单内容不符，清单被改动');
    if (options.expectedListingSm3 && options.expectedListingSm3 !== recomputedListing) {
      add('authenticity', 'MANIFEST_REPLACED', '清单的整体 SM3 与归档时记录的不一致，归档包被替换或改动');
    }
    const verify = (path: string, sm3: string, signature: string | undefined) => {
      if (!signature) return;
      if (!options.verifySignature) add('authenticity', 'SIGNATURE_UNVERIFIED', `${path} 带有签名，但未提供验签方法`, path, 'warning');
      else if (!options.verifySignature({ path, sm3, signature })) add('authenticity', 'SIGNATURE_INVALID', `${path} 的签名验证未通过`, path);
    };
    verify(MANIFEST_PATH, manifest.listingSm3, manifest.signature);
    for (const f of manifest.files) {
      const e = byPath.get(f.path);
      if (!e) continue;
      const actual = sm3Hex(e.bytes);
      if (actual !== f.sm3) add('authenticity', 'HASH_MISMATCH', `${f.path} 的 SM3 与清单不符（清单 ${f.sm3.slice(0, 16)}…，实际 ${actual.slice(0, 16)}…），文件被改动`, f.path);
      if (e.bytes.length !== f.size) add('authenticity', 'SIZE_MISMATCH', `${f.path} 的大小与清单不符（清单 ${f.size}，实际 ${e.bytes.length} 字节）`, f.path);
      verify(f.path, f.sm3, f.signature);
    }

    // 完整性: the sequence runs 1…n, each listed record has content, no 文号 is used twice.
    const seqs = manifest.files.map((f) => f.seq).sort((a, b) => a - b);
    seqs.forEach((s, i) => {
      if (i > 0 && s === seqs[i - 1]) add('integrity', 'SEQUENCE_DUPLICATE', `卷内顺序号 ${s} 重复`);
    });
    const present = new Set(seqs);
    for (let s = 1; s <= manifest.files.length; s++) if (!present.has(s)) add('integrity', 'SEQUENCE_GAP', `卷内顺序号不连续：缺少第 ${s} 号`);
    for (const f of manifest.files) {
      const e = byPath.get(f.path);
      if (!e) add('integrity', 'MISSING_CONTENT', `第 ${f.seq} 号 ${f.title ?? f.path} 没有内容（文件缺失）`, f.path);
      else if (e.bytes.length === 0) add('integrity', 'EMPTY_CONTENT', `第 ${f.seq} 号 ${f.title ?? f.path} 内容为空`, f.path);
    }
    const numbers = new Map<string, string>();
    for (const f of manifest.files) {
      if (!f.number) continue;
      if (f.role === 'document' && !parseDocumentNumber(f.number)) add('integrity', 'NUMBER_MALFORMED', `文号格式不正确：${f.number}`, f.path);
      const other = numbers.get(f.number);
      if (other) add('integrity', 'DUPLICATE_NUMBER', `文号 ${f.number} 同时用于 ${other} 和 ${f.path}`, f.path);
      numbers.set(f.number, f.path);
    }
  }

  // 可用性: each file is in an allowed format, and its bytes are that format and complete.
  for (const e of entries) {
    const format = formatOf(e.path);
    if (!format) {
      add('usability', 'FORMAT_NOT_ALLOWED', `${e.path} 的格式不在归档格式清单内（PDF、OFD、JPEG、PNG、TIFF、MP4、MP3、WAV、TXT、XML、JSON）`, e.path);
      continue;
    }
    if (e.bytes.length === 0) continue; // reported under 完整性
    const broken = format.check(e.bytes);
    if (broken) add('usability', 'FILE_UNREADABLE', `${e.path} 不能作为 ${format.format} 打开：${broken}`, e.path);
  }

  const checks = Object.fromEntries(
    (Object.keys(findings) as ArchiveCheckName[]).map((name) => [
      name,
      { name, label: LABELS[name], passed: !findings[name].some((f) => f.severity === 'error'), findings: findings[name] },
    ]),
  ) as Record<ArchiveCheckName, ArchiveCheck>;
  return {
    passed: Object.values(checks).every((c) => c.passed),
    checks,
    listed: manifest?.files.length ?? 0,
    entries: entries.length,
    listingSm3: recomputedListing,
  };
};
