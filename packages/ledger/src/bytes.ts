/**
 * Byte helpers that run unchanged in Node and in the browser (no Buffer, no node: imports).
 * The decoders are strict on purpose: a checkpoint or proof that could be spelled two ways would let a
 * tampered text decode to the same bytes, so non-canonical input is refused rather than repaired.
 */
import { ledgerError } from './errors.ts';

const HEX = '0123456789abcdef';

export const toHex = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
  return out;
};

/** Accepts upper or lower case; refuses odd length and any non-hex character. */
export const fromHex = (hex: string): Uint8Array => {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw ledgerError('LEDGER_BAD_HEX', '十六进制字符串格式错误', { length: hex.length });
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Standard base64 (RFC 4648 section 4) with padding, as C2SP notes use. */
export const toBase64 = (bytes: Uint8Array): string => {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += B64[n >> 18] + B64[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + '=';
  }
  return out;
};

/**
 * Strict standard base64: padding required, no whitespace, no URL alphabet, and the unused low bits
 * of the last character must be zero (so every byte string has exactly one accepted spelling).
 */
export const fromBase64 = (text: string): Uint8Array => {
  const bad = (why: string) => ledgerError('LEDGER_BAD_BASE64', `base64 编码错误：${why}`);
  if (text.length % 4 !== 0) throw bad('长度不是 4 的倍数');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const outLength = (text.length / 4) * 3 - pad;
  const out = new Uint8Array(outLength);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const digits = [0, 0, 0, 0];
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      if (last && c === 61 /* = */ && j >= 4 - pad) continue;
      const d = c < 128 ? B64_INDEX[c] : -1;
      if (d < 0) throw bad(`第 ${i + j + 1} 个字符非法`);
      digits[j] = d;
    }
    const n = (digits[0] << 18) | (digits[1] << 12) | (digits[2] << 6) | digits[3];
    if (last && pad === 2 && (n & 0xffff) !== 0) throw bad('末尾填充位不为零');
    if (last && pad === 1 && (n & 0xff) !== 0) throw bad('末尾填充位不为零');
    out[o++] = n >> 16;
    if (o < outLength) out[o++] = (n >> 8) & 255;
    if (o < outLength) out[o++] = n & 255;
  }
  return out;
};

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export const concatBytes = (...parts: readonly Uint8Array[]): Uint8Array => {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
};

/** Not constant-time: everything compared here (hashes, key ids) is public. */
export const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
