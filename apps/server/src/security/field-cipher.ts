import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Sensitive fields at rest (GB/T 39786): SM4-CTR for confidentiality, HMAC-SM3 over version, IV and ciphertext
 * for integrity (encrypt-then-MAC; Node's OpenSSL has no SM4-GCM). Separate sub-keys for encryption, MAC and
 * the lookup digest are derived from one master key.
 *
 * Layout: 0x01 | IV (16) | ciphertext | tag (16).
 */
export type FieldCipher = {
  encrypt: (plain: string) => Uint8Array;
  decrypt: (sealed: Uint8Array) => string;
  /** A keyed digest for exact-match lookup (e.g. find a party by ID number) without storing the number. */
  digest: (plain: string) => string;
};

const VERSION = 0x01;
const derive = (master: Buffer, label: string) => createHmac('sm3', master).update(label).digest();

export const createFieldCipher = (master: Buffer): FieldCipher => {
  const encKey = derive(master, 'sanxiang/field/enc').subarray(0, 16);
  const macKey = derive(master, 'sanxiang/field/mac');
  const digestKey = derive(master, 'sanxiang/field/digest');
  const tagOf = (data: Buffer) => createHmac('sm3', macKey).update(data).digest().subarray(0, 16);

  return {
    encrypt: (plain) => {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const body = Buffer.concat([Buffer.from([VERSION]), iv, cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([body, tagOf(body)]);
    },
    decrypt: (sealed) => {
      const buf = Buffer.from(sealed);
      if (buf.length < 33 || buf[0] !== VERSION) throw new Error('sealed field: unknown format');
      const body = buf.subarray(0, buf.length - 16);
      if (!timingSafeEqual(tagOf(body), buf.subarray(buf.length - 16))) throw new Error('sealed field: integrity check failed');
      const decipher = createDecipheriv('sm4-ctr', encKey, body.subarray(1, 17));
      return Buffer.concat([decipher.update(body.subarray(17)), decipher.final()]).toString('utf8');
    },
    digest: (plain) => createHmac('sm3', digestKey).update(plain).digest('hex'),
  };
};
