/**
 * C2SP signed notes (https://c2sp.org/signed-note): text ending in a newline, a blank line, then
 * one or more lines `— <key name> <base64(4-byte key id || signature)>`.
 */
import { fromBase64, toBase64 } from './bytes.ts';
import { ledgerError } from './errors.ts';
import { assertKeyName } from './sm2-keys.ts';

export type NoteSignature = { name: string; keyId: Uint8Array; signature: Uint8Array };
export type Note = { text: string; signatures: NoteSignature[] };

const EM_DASH_SPACE = '\u2014 ';
// The spec requires accepting at least 16; more than this is refused as a resource bound.
const MAX_SIGNATURES = 100;

const malformed = (why: string) => ledgerError('NOTE_MALFORMED', `签名注记格式错误：${why}`);
const badLine = (line: number, why: string) =>
  ledgerError('NOTE_SIGNATURE_LINE_MALFORMED', `第 ${line} 条签名行格式错误：${why}`, { line });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks the parts of the format that apply to the text alone (used when signing, too). */
export const assertNoteText = (text: string) => {
  if (text.length === 0 || !text.endsWith('\n')) throw malformed('正文必须非空且以换行结尾');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw malformed('含有换行以外的控制字符');
  if (LONE_SURROGATE.test(text)) throw malformed('不是合法的 UTF-8 文本');
};

export const formatSignatureLine = ({ name, keyId, signature }: NoteSignature): string => {
  assertKeyName(name);
  const blob = new Uint8Array(4 + signature.length);
  blob.set(keyId.subarray(0, 4), 0);
  blob.set(signature, 4);
  return `${EM_DASH_SPACE}${name} ${toBase64(blob)}\n`;
};

export const formatNote = ({ text, signatures }: Note): string => {
  assertNoteText(text);
  if (signatures.length === 0) throw malformed('至少需要一个签名');
  return `${text}\n${signatures.map(formatSignatureLine).join('')}`;
};

/** Parses the note's structure; verifies nothing. */
export const parseNote = (note: string): Note => {
  assertNoteText(note);
  // The text may itself contain blank lines; signatures start after the last one.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw malformed('缺少正文与签名之间的空行');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0) throw malformed('缺少签名行');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`签名行超过 ${MAX_SIGNATURES} 条`);
  const signatures = lines.map((line, i): NoteSignature => {
    if (!line.startsWith(EM_DASH_SPACE)) throw badLine(i + 1, '应以“— ”（U+2014 加空格）开头');
    const fields = line.slice(EM_DASH_SPACE.length).split(' ');
    if (fields.length !== 2) throw badLine(i + 1, '应为“— 密钥名称 签名”');
    const [name, encoded] = fields;
    try {
      assertKeyName(name);
    } catch {
      throw badLine(i + 1, `密钥名称“${name}”不合法`);
    }
    let blob: Uint8Array;
    try {
      blob = fromBase64(encoded);
    } catch {
      throw badLine(i + 1, '签名不是合法的 base64');
    }
    if (blob.length < 5) throw badLine(i + 1, '签名过短（至少 4 字节密钥标识加签名）');
    return { name, keyId: blob.slice(0, 4), signature: blob.slice(4) };
  });
  return { text, signatures };
};
