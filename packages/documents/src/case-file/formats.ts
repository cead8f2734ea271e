/**
 * File formats an archive package may hold (DA/T 70 可用性: formats fit for long-term keeping and opening
 * without special software), each with the test that its bytes really are that format. A .mp4 that is an HTML
 * page, or a PDF cut short, fails here.
 */
export type FormatCheck = { format: string; extensions: readonly string[]; check: (b: Uint8Array) => string | null };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.buffer, b.byteOffset + from, Math.max(0, Math.min(to, b.length) - from)).toString('latin1');
const utf8 = (b: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
};

export const FORMATS: readonly FormatCheck[] = [
  {
    format: 'PDF',
    extensions: ['pdf'],
    check: (b) => {
      if (!ascii(b, 0, 1024).includes('%PDF-')) return '缺少 %PDF- 文件头';
      if (!ascii(b, Math.max(0, b.length - 1024), b.length).includes('%%EOF')) return '缺少 %%EOF 结束标记（文件不完整）';
      return null;
    },
  },
  {
    format: 'OFD',
    extensions: ['ofd'],
    check: (b) => (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) ? null : '不是 OFD（ZIP）容器'),
  },
  {
    format: 'JPEG',
    extensions: ['jpg', 'jpeg'],
    check: (b) => {
      if (!startsWith(b, [0xff, 0xd8, 0xff])) return '缺少 JPEG 文件头';
      let end = b.length;
      while (end > 2 && b[end - 1] === 0) end--;
      return b[end - 2] === 0xff && b[end - 1] === 0xd9 ? null : '缺少 JPEG 结束标记（文件不完整）';
    },
  },
  {
    format: 'PNG',
    extensions: ['png'],
    check: (b) => {
      if (!startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return '缺少 PNG 文件头';
      return ascii(b, b.length - 8, b.length - 4) === 'IEND' ? null : '缺少 PNG 结束块（文件不完整）';
    },
  },
  {
    format: 'TIFF',
    extensions: ['tif', 'tiff'],
    check: (b) => (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) ? null : '缺少 TIFF 文件头'),
  },
  {
    format: 'MP4',
    extensions: ['mp4', 'm4a', 'mov'],
    check: (b) => (ascii(b, 4, 8) === 'ftyp' ? null : '缺少 MP4 ftyp 文件头'),
  },
  {
    format: 'MP3',
    extensions: ['mp3'],
    check: (b) => (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0) ? null : '缺少 MP3 帧头或 ID3 标签'),
  },
  {
    format: 'WAV',
    extensions: ['wav'],
    check: (b) => (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE' ? null : '缺少 RIFF/WAVE 文件头'),
  },
  {
    format: 'TXT',
    extensions: ['txt', 'csv'],
    check: (b) => (utf8(b) === null ? '不是有效的 UTF-8 文本' : null),
  },
  {
    format: 'XML',
    extensions: ['xml'],
    check: (b) => {
      const t = utf8(b);
      return t !== null && t.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? null : '不是有效的 UTF-8 XML';
    },
  },
  {
    format: 'JSON',
    extensions: ['json'],
    check: (b) => {
      const t = utf8(b);
      if (t === null) return '不是有效的 UTF-8 文本';
      try {
        JSON.parse(t);
        return null;
      } catch {
        return '不是有效的 JSON';
      }
    },
  },
];

export const ALLOWED_EXTENSIONS = FORMATS.flatMap((f) => f.extensions);

export const extensionOf = (path: string) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
};

export const formatOf = (path: string): FormatCheck | undefined => {
  const ext = extensionOf(path);
  return FORMATS.find((f) => f.extensions.includes(ext));
};
