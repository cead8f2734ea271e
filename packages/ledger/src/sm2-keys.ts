/**
 * SM2 keys for signing notes (C2SP signed-note), with the encodings this ledger defines for itself
 * because C2SP assigns no identifier to SM2:
 *
 * - Signature type: 0xFF || ASCII "sanxiang/sm2-sm3". C2SP reserves 0xFF for algorithms it does not
 *   assign and recommends following it with a longer identifier (0x05 and below are taken: 0x05 is
 *   RFC 6962 TreeHeadSignature).
 * - Public key: the 65-byte uncompressed SM2 point 0x04 || X || Y (sm-crypto-v2's 130-hex-char form).
 * - Key ID: SM3(key name || 0x0A || signature type || public key)[:4]. C2SP recommends SHA-256 here;
 *   SM3 keeps the whole ledger within 国密 algorithms, and the ID is only a hint, never trusted alone.
 * - Verifier key text: `<name>+<key id as 8 hex>+<base64(signature type || public key)>`, the form
 *   Go's sumdb/note uses, which the portal publishes.
 * - Signature: SM2 (GB/T 32918.2) over the note text with the SM3 Z_A pre-hash and the standard
 *   default user ID "1234567812345678" (GB/T 35276), encoded raw as r || s, 32 bytes each, not DER:
 *   a fixed 64 bytes is simpler to check, and unlike DER has only one spelling per signature.
 */
import { sm2 } from 'sm-crypto-v2';
import { bytesEqual, concatBytes, fromBase64, fromHex, toBase64, toHex, utf8 } from './bytes.ts';
import { ledgerError } from './errors.ts';
import { sm3Js } from './sm3.ts';

export const SIGNATURE_TYPE: Uint8Array = concatBytes(new Uint8Array([0xff]), utf8('sanxiang/sm2-sm3'));
export const SM2_USER_ID = '1234567812345678';
export const SM2_SIGNATURE_SIZE = 64;
const PUBLIC_KEY_SIZE = 65;
// Order n of the SM2 curve (GB/T 32918.5); r and s must lie in [1, n-1].
const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

export type KeyPair = { privateKey: string; publicKey: string };
/** What a signer holds. `name` is the C2SP key name, usually the log origin. */
export type SigningKey = KeyPair & { name: string };
export type VerifierKey = { name: string; keyId: Uint8Array; publicKey: string };

/** A fresh key pair as lowercase hex: 64-char private scalar, 130-char uncompressed public point. */
export const generateSigningKey = (): KeyPair => {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey: privateKey.toLowerCase(), publicKey: publicKey.toLowerCase() };
};

/** C2SP: non-empty, no Unicode spaces, no plus. Control characters would break the note as well. */
export const assertKeyName = (name: string) => {
  if (name.length === 0 || /[\s+\u0000-\u001f\u007f]/u.test(name)) {
    throw ledgerError('LEDGER_KEY_NAME_INVALID', `密钥名称“${name}”不合法：不能为空，不能含空白字符或“+”`);
  }
};

const publicKeyBytes = (publicKey: string): Uint8Array => {
  const bytes = /^04[0-9a-fA-F]{128}$/.test(publicKey) ? fromHex(publicKey) : undefined;
  let valid = false;
  try {
    valid = bytes !== undefined && sm2.verifyPublicKey(publicKey);
  } catch {
    valid = false;
  }
  if (!bytes || !valid) throw ledgerError('LEDGER_KEY_INVALID', 'SM2 公钥无效：应为 04 开头、130 位十六进制的曲线上的点');
  return bytes;
};

export const keyIdOf = (name: string, publicKey: string): Uint8Array =>
  sm3Js(concatBytes(utf8(name), new Uint8Array([0x0a]), SIGNATURE_TYPE, publicKeyBytes(publicKey))).subarray(0, 4);

export const formatVerifierKey = (name: string, publicKey: string): string => {
  assertKeyName(name);
  const key = publicKeyBytes(publicKey);
  return `${name}+${toHex(keyIdOf(name, publicKey))}+${toBase64(concatBytes(SIGNATURE_TYPE, key))}`;
};

export const parseVerifierKey = (text: string): VerifierKey => {
  const malformed = (why: string) => ledgerError('LEDGER_VERIFIER_KEY_MALFORMED', `验证公钥格式错误：${why}`);
  // Split at the first two plus signs only: the base64 part may itself contain '+'.
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) throw malformed('应为“名称+密钥标识+公钥”三段');
  const name = text.slice(0, first);
  const idHex = text.slice(first + 1, second);
  const keyB64 = text.slice(second + 1);
  assertKeyName(name);
  if (!/^[0-9a-f]{8}$/.test(idHex)) throw malformed('密钥标识应为 8 位小写十六进制');
  let encoded: Uint8Array;
  try {
    encoded = fromBase64(keyB64);
  } catch {
    throw malformed('公钥部分不是合法的 base64');
  }
  const type = encoded.subarray(0, SIGNATURE_TYPE.length);
  if (!bytesEqual(type, SIGNATURE_TYPE)) throw malformed('签名算法不是 SM2-SM3（0xFF "sanxiang/sm2-sm3"）');
  if (encoded.length !== SIGNATURE_TYPE.length + PUBLIC_KEY_SIZE) throw malformed('公钥长度应为 65 字节');
  const publicKey = toHex(encoded.subarray(SIGNATURE_TYPE.length));
  const keyId = keyIdOf(name, publicKey);
  if (toHex(keyId) !== idHex) throw malformed('密钥标识与名称和公钥不符');
  return { name, keyId, publicKey };
};

/** SM2 signature r || s over `message`. */
export const sm2Sign = (message: Uint8Array, key: KeyPair): Uint8Array => {
  if (!/^[0-9a-fA-F]{64}$/.test(key.privateKey)) throw ledgerError('LEDGER_KEY_INVALID', 'SM2 私钥无效：应为 64 位十六进制');
  publicKeyBytes(key.publicKey);
  const hex = sm2.doSignature(message, key.privateKey, { hash: true, der: false, publicKey: key.publicKey, userId: SM2_USER_ID });
  return fromHex(hex);
};

export const sm2Verify = (message: Uint8Array, signature: Uint8Array, publicKey: string): boolean => {
  if (signature.length !== SM2_SIGNATURE_SIZE) return false;
  const r = BigInt(`0x${toHex(signature.subarray(0, 32))}`);
  const s = BigInt(`0x${toHex(signature.subarray(32))}`);
  // The library does not range-check s; without this, s + n would verify too and signatures could be re-spelt.
  if (r < 1n || r >= SM2_ORDER || s < 1n || s >= SM2_ORDER) return false;
  try {
    return sm2.doVerifySignature(message, toHex(signature), publicKey, { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    return false;
  }
};
