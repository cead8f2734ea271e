import { invalid } from '@sanxiang/domain';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readCsv, writeCsv } from './csv.ts';
import { readXlsx } from './xlsx.ts';

/**
 * A bundle upload: one .zip holding a manifest sheet (.csv or .xlsx, one row per record) and the files its
 * rows name (法律法规文本 as .md or .txt). Used where a record is a whole document, too long for a cell.
 */
export type BundleFiles = {
  /** The file a manifest cell names: its path in the zip, or its bare name when that is unique. */
  get: (name: string) => Uint8Array | undefined;
  names: string[];
};

const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export const isZip = (data: Uint8Array) => data.length > 3 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk');

/**
 * Entry names: fflate decodes names without the zip's UTF-8 flag as Latin-1. Windows' own "compressed folder"
 * writes Chinese names in the ANSI code page (GBK) without the flag, so those bytes are decoded as GBK
 * unless they happen to be valid UTF-8 (what most other tools write).
 */
const entryName = (latin1: string) => {
  if (!/[\u0080-\u00ff]/.test(latin1)) return latin1;
  const bytes = strToU8(latin1, true);
  try {
    return utf8.decode(bytes);
  } catch {
    return gbk.decode(bytes);
  }
};

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const ignored = (path: string) => path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(path) || /(^|\/)~\$/.test(path);

/** Whether the zip has an entry of that name, without inflating anything. */
export const zipHas = (data: Uint8Array, name: string): boolean => {
  let found = false;
  try {
    unzipSync(data, {
      filter: (f) => {
        if (f.name === name) found = true;
        return false;
      },
    });
  } catch {
    throw invalid('IMPORT_FILE_UNREADABLE', '无法读取该文件：压缩包或工作簿已损坏');
  }
  return found;
};

/** Every entry of the zip under its decoded name, refusing zip bombs like the .xlsx reader does. */
export const unzipEntries = (data: Uint8Array): Map<string, Uint8Array> => {
  let total = 0;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(data, {
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) throw new Error('entry too large');
        return true;
      },
    });
  } catch {
    throw invalid('IMPORT_FILE_UNREADABLE', '无法读取该 .zip 文件：文件损坏或解压后过大');
  }
  const entries = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(raw)) {
    const path = entryName(name).replace(/\\/g, '/');
    if (!ignored(path)) entries.set(path, bytes);
  }
  return entries;
};

/** The manifest as a table and the other files, ready for the import of the spec's rows. */
export const readBundle = (data: Uint8Array, bundle: { manifestNames: string[]; extensions: string[] }): { table: string[][]; files: BundleFiles } => {
  const entries = unzipEntries(data);
  const sheets = [...entries.keys()].filter((p) => /\.(csv|xlsx)$/i.test(p));
  const manifest = sheets.find((p) => bundle.manifestNames.includes(baseName(p))) ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (!manifest) {
    throw invalid(
      'IMPORT_MANIFEST_MISSING',
      sheets.length
        ? `压缩包中有多个表格（${sheets.join('、')}），请将清单命名为“${bundle.manifestNames[0]}”`
        : `压缩包中没有清单：请放入“${bundle.manifestNames[0]}”（下载模板可得），每行一个文件`,
    );
  }
  const bytes = entries.get(manifest)!;
  const table = manifest.toLowerCase().endsWith('.csv') ? readCsv(bytes) : readXlsx(bytes);
  entries.delete(manifest);
  const names = [...entries.keys()].filter((p) => bundle.extensions.some((ext) => p.toLowerCase().endsWith(ext)));
  const byBase = new Map<string, string[]>();
  for (const p of names) byBase.set(baseName(p), [...(byBase.get(baseName(p)) ?? []), p]);
  const get = (name: string) => {
    const wanted = name.trim().replace(/\\/g, '/').replace(/^\.?\//, '');
    if (entries.has(wanted)) return entries.get(wanted);
    const same = byBase.get(baseName(wanted));
    return same?.length === 1 ? entries.get(same[0]) : undefined;
  };
  return { table, files: { get, names } };
};

/** A bundle for download: the manifest as CSV (UTF-8 with BOM, names flagged UTF-8) and the files. */
export const writeBundle = (manifestName: string, rows: string[][], files: Record<string, string>): Uint8Array =>
  zipSync({ [manifestName]: strToU8(writeCsv(rows)), ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])) }, { level: 6 });
