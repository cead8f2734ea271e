import { ALLOWED_TYPES, type EvidenceKind, MEDIA_TYPE_LABELS } from './kinds.ts';

/** How many leading bytes `sniffMediaType` wants to see (fewer work for short files). */
export const SNIFF_BYTES = 4096;

const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));
const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);

const ISO_BMFF_BRANDS: Record<string, string> = {
  'qt  ': 'video/quicktime',
  'M4A ': 'audio/mp4',
  'M4B ': 'audio/mp4',
  heic: 'image/heic',
  heix: 'image/heic',
  heim: 'image/heic',
  heis: 'image/heic',
  mif1: 'image/heic',
  msf1: 'image/heic',
};

/**
 * The real type of a file from its first bytes (magic numbers), or undefined when nothing is recognised.
 * Text is only recognised as such when it is valid UTF-8 without NUL bytes and is not markup a browser would
 * run (HTML, SVG, XML are reported as text/html so they can be refused).
 */
export const sniffMediaType = (head: Uint8Array): string | undefined => {
  const b = head;
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') return ISO_BMFF_BRANDS[ascii(b, 8, 4)] ?? 'video/mp4';
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF') {
    const form = ascii(b, 8, 4);
    if (form === 'WAVE') return 'audio/wav';
    if (form === 'WEBP') return 'image/webp';
    if (form === 'AVI ') return 'video/x-msvideo';
    return undefined;
  }
  if (ascii(b, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(b, 0, 3) === 'ID3') return 'audio/mpeg';
  // MPEG audio frame sync (layer III); 0xFFF1/0xFFF9 are AAC ADTS and not accepted as MP3.
  if (b[0] === 0xff && (b[1] === 0xfb || b[1] === 0xf3 || b[1] === 0xf2 || b[1] === 0xfa)) return 'audio/mpeg';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(b, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    // An OOXML package names its parts in the first local headers ([Content_Types].xml, word/, xl/, ppt/).
    const name = b.length >= 30 ? ascii(b, 30, Math.min(b[26] | (b[27] << 8), 64)) : '';
    const text = ascii(b, 0, Math.min(b.length, SNIFF_BYTES));
    if (name === '[Content_Types].xml' || /^(word|xl|ppt)\//.test(name) || text.includes('[Content_Types].xml')) return 'application/vnd.openxmlformats-officedocument';
    return 'application/zip';
  }
  if (startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return 'application/zip';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'application/x-7z-compressed';
  if (ascii(b, 0, 4) === 'Rar!') return 'application/x-rar-compressed';
  if (startsWith(b, [0x1f, 0x8b])) return 'application/gzip';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) || ascii(b, 0, 2) === 'MZ' || startsWith(b, [0xcf, 0xfa, 0xed, 0xfe])) return 'application/x-executable';
  return sniffText(b);
};

const MARKUP = /^\s*(<!doctype\s+html|<html|<head|<body|<script|<iframe|<svg|<\?xml|<!--)/i;

const sniffText = (b: Uint8Array): string | undefined => {
  if (b.length === 0) return undefined;
  const sample = b.subarray(0, SNIFF_BYTES);
  if (sample.includes(0)) return undefined;
  let text: string;
  try {
    // The sample may end inside a multi-byte character: trim up to 3 trailing bytes of an incomplete sequence.
    text = decodeUtf8(sample);
  } catch {
    return undefined;
  }
  const body = text.replace(/^\uFEFF/, '');
  if (MARKUP.test(body) || /<script[\s>]/i.test(body)) return 'text/html';
  return 'text/plain';
};

const decodeUtf8 = (bytes: Uint8Array) => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      return decoder.decode(bytes.subarray(0, bytes.length - cut));
    } catch (e) {
      if (cut === 3 || bytes.length < SNIFF_BYTES) throw e;
    }
  }
  throw new Error('not utf-8');
};

/** What a file name's extension promises; only used to catch a name that lies about the content. */
const EXTENSION_TYPES: Record<string, readonly string[]> = {
  mp4: ['video/mp4', 'audio/mp4', 'video/quicktime'],
  m4v: ['video/mp4', 'video/quicktime'],
  mov: ['video/quicktime', 'video/mp4'],
  webm: ['video/webm'],
  avi: ['video/x-msvideo'],
  mp3: ['audio/mpeg'],
  wav: ['audio/wav'],
  m4a: ['audio/mp4', 'video/mp4'],
  ogg: ['audio/ogg'],
  oga: ['audio/ogg'],
  opus: ['audio/ogg'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  heic: ['image/heic'],
  heif: ['image/heic'],
  pdf: ['application/pdf'],
  zip: ['application/zip', 'application/vnd.openxmlformats-officedocument'],
  docx: ['application/vnd.openxmlformats-officedocument', 'application/zip'],
  xlsx: ['application/vnd.openxmlformats-officedocument', 'application/zip'],
  pptx: ['application/vnd.openxmlformats-officedocument', 'application/zip'],
  doc: ['application/x-ole-storage'],
  xls: ['application/x-ole-storage'],
  ppt: ['application/x-ole-storage'],
  txt: ['text/plain'],
  csv: ['text/plain'],
  log: ['text/plain'],
  md: ['text/plain'],
  '7z': ['application/x-7z-compressed'],
  rar: ['application/x-rar-compressed'],
  gz: ['application/gzip'],
};

export const extensionOf = (fileName: string) => {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

export type TypeCheck =
  | { ok: true; mediaType: string }
  | { ok: false; code: 'EVIDENCE_TYPE_UNKNOWN' | 'EVIDENCE_TYPE_MISMATCH' | 'EVIDENCE_TYPE_NOT_ALLOWED'; message: string; detected?: string };

/**
 * Checks a file on the way in: its bytes must be a type we recognise, the name's extension (when it names a
 * known type) must agree with the bytes (a .mp4 that is HTML is refused), and the kind must allow the type.
 */
export const checkEvidenceType = (kind: EvidenceKind, fileName: string, head: Uint8Array): TypeCheck => {
  const detected = sniffMediaType(head);
  const label = (t: string) => MEDIA_TYPE_LABELS[t] ?? t;
  const expected = EXTENSION_TYPES[extensionOf(fileName)];
  if (detected && expected && !expected.includes(detected)) {
    return { ok: false, code: 'EVIDENCE_TYPE_MISMATCH', message: `文件扩展名为 .${extensionOf(fileName)}，但内容是${label(detected)}，已拒收`, detected };
  }
  if (!detected) {
    return expected
      ? { ok: false, code: 'EVIDENCE_TYPE_MISMATCH', message: `文件扩展名为 .${extensionOf(fileName)}，但内容无法识别为该格式，已拒收` }
      : { ok: false, code: 'EVIDENCE_TYPE_UNKNOWN', message: '无法识别文件的实际格式，已拒收' };
  }
  if (!ALLOWED_TYPES[kind].includes(detected)) {
    return { ok: false, code: 'EVIDENCE_TYPE_NOT_ALLOWED', message: `该证据种类不接受${label(detected)}`, detected };
  }
  return { ok: true, mediaType: detected };
};

/**
 * A file name as the record keeps it: the last path segment, control characters and separators removed,
 * at most 200 characters. It is stored and shown, never used to build a path on disk.
 */
export const cleanFileName = (name: string) => {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...last.replace(/[\u0000-\u001f\u007f]/g, '')].slice(0, 200).join('').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '未命名文件' : cleaned;
};
