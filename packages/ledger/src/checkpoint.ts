/**
 * Checkpoints (https://c2sp.org/tlog-checkpoint): a signed note whose text is
 *   <origin>\n<tree size in decimal>\n<base64 root hash>\n
 * signed with SM2 (see ./sm2-keys.ts for the key and signature encodings).
 *
 * The spec allows extension lines after the root; this ledger never writes any and refuses them, since
 * they are not covered by any proof and would let unauditable text ride along under a valid signature.
 */
import { bytesEqual, fromBase64, toBase64, utf8 } from './bytes.ts';
import { ledgerError } from './errors.ts';
import { HASH_SIZE } from './hasher.ts';
import { assertNoteText, formatNote, parseNote, type NoteSignature } from './note.ts';
import { keyIdOf, parseVerifierKey, sm2Sign, sm2Verify, type SigningKey, type VerifierKey } from './sm2-keys.ts';

export type Checkpoint = { origin: string; size: number; root: Uint8Array };
export type ParsedCheckpoint = { checkpoint: Checkpoint; text: string; signatures: NoteSignature[] };

const assertOrigin = (origin: string) => {
  // Non-empty and a single line; the spec only recommends (SHOULD) a URL without spaces or plus.
  if (origin.length === 0 || /[\u0000-\u001f]/.test(origin)) {
    throw ledgerError('CHECKPOINT_BAD_ORIGIN', '检查点来源（origin）必须是非空的单行文本');
  }
};

export const formatCheckpointText = ({ origin, size, root }: Checkpoint): string => {
  assertOrigin(origin);
  if (!Number.isSafeInteger(size) || size < 0) throw ledgerError('CHECKPOINT_BAD_SIZE', `树大小 ${size} 不是非负整数`);
  if (root.length !== HASH_SIZE) throw ledgerError('CHECKPOINT_BAD_ROOT', `根哈希应为 ${HASH_SIZE} 字节`);
  return `${origin}\n${size}\n${toBase64(root)}\n`;
};

export const parseCheckpointText = (text: string): Checkpoint => {
  assertNoteText(text);
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== 3) {
    throw ledgerError('CHECKPOINT_LINE_COUNT', `检查点正文应为 3 行（来源、树大小、根哈希），实际为 ${lines.length} 行`, {
      lines: lines.length,
    });
  }
  const [origin, sizeText, rootText] = lines;
  assertOrigin(origin);
  // Decimal with no leading zeros (tlog-checkpoint), so each size has one spelling.
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    throw ledgerError('CHECKPOINT_BAD_SIZE', `树大小“${sizeText}”不是不带前导零的十进制整数`);
  }
  let root: Uint8Array;
  try {
    root = fromBase64(rootText);
  } catch {
    throw ledgerError('CHECKPOINT_BAD_ROOT', '根哈希不是合法的 base64');
  }
  if (root.length !== HASH_SIZE) throw ledgerError('CHECKPOINT_BAD_ROOT', `根哈希应为 ${HASH_SIZE} 字节，实际为 ${root.length} 字节`);
  return { origin, size: Number(sizeText), root };
};

/** Returns the signed note text, ready to publish. */
export const signCheckpoint = (checkpoint: Checkpoint, key: SigningKey): string => {
  const text = formatCheckpointText(checkpoint);
  const signature = sm2Sign(utf8(text), key);
  return formatNote({ text, signatures: [{ name: key.name, keyId: keyIdOf(key.name, key.publicKey), signature }] });
};

/** Parses note and body without checking any signature: for display, never for trust. */
export const parseCheckpoint = (note: string): ParsedCheckpoint => {
  const { text, signatures } = parseNote(note);
  return { checkpoint: parseCheckpointText(text), text, signatures };
};

/**
 * Parses and verifies against one trusted key. Signatures from other keys are ignored (C2SP: they may
 * be witnesses or a rotated key); every signature from the trusted key must verify, and there must be one.
 * `origin`, when given, must equal the checkpoint's origin: a valid signature on another log's
 * checkpoint proves nothing about this one.
 */
export const verifyCheckpoint = (note: string, verifierKey: string | VerifierKey, options: { origin?: string } = {}): Checkpoint => {
  const key = typeof verifierKey === 'string' ? parseVerifierKey(verifierKey) : verifierKey;
  const { checkpoint, text, signatures } = parseCheckpoint(note);
  const ours = signatures.filter((s) => s.name === key.name && bytesEqual(s.keyId, key.keyId));
  if (ours.length === 0) {
    throw ledgerError('NOTE_UNKNOWN_KEY', `检查点没有可信密钥“${key.name}”的签名`, {
      signers: signatures.map((s) => s.name),
    });
  }
  const message = utf8(text);
  for (const s of ours) {
    if (!sm2Verify(message, s.signature, key.publicKey)) {
      throw ledgerError('NOTE_BAD_SIGNATURE', `密钥“${key.name}”对检查点的签名验证失败，检查点可能被篡改`);
    }
  }
  if (options.origin !== undefined && checkpoint.origin !== options.origin) {
    throw ledgerError('CHECKPOINT_ORIGIN_MISMATCH', `检查点来源“${checkpoint.origin}”与预期“${options.origin}”不符`);
  }
  return checkpoint;
};
