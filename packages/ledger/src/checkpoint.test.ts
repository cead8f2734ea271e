import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, toHex } from './bytes.ts';
import { parseCheckpoint, signCheckpoint, verifyCheckpoint, type Checkpoint } from './checkpoint.ts';
import { sm3Js } from './sm3.ts';
import { formatVerifierKey, generateSigningKey, keyIdOf, parseVerifierKey, SIGNATURE_TYPE, type SigningKey } from './sm2-keys.ts';

const ORIGIN = 'ledger.sanxiang.example/v1';
const key: SigningKey = { name: ORIGIN, ...generateSigningKey() };
const vkey = formatVerifierKey(ORIGIN, key.publicKey);
const checkpoint: Checkpoint = { origin: ORIGIN, size: 1234567, root: sm3Js(new TextEncoder().encode('root')) };
const note = signCheckpoint(checkpoint, key);

const code = (c: string) => expect.objectContaining({ code: c });
const lines = (text: string) => text.split('\n');
// Swaps one line of the note while keeping the rest (and so the original signature).
const withLine = (text: string, index: number, value: string) => {
  const all = lines(text);
  all[index] = value;
  return all.join('\n');
};
const sigBlob = (text: string) => fromBase64(lines(text)[4].split(' ')[2]);
const withSigBlob = (text: string, blob: Uint8Array) => withLine(text, 4, `\u2014 ${ORIGIN} ${toBase64(blob)}`);

describe('keys', () => {
  it('generates hex SM2 keys: 64-char private, 130-char uncompressed public', () => {
    expect(key.privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(key.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('formats a verifier key as name+keyid+base64(type||key) and parses it back', () => {
    const [name, id] = vkey.split('+');
    const blob = vkey.slice(name.length + id.length + 2);
    expect(name).toBe(ORIGIN);
    expect(id).toBe(toHex(keyIdOf(ORIGIN, key.publicKey)));
    expect(toHex(fromBase64(blob))).toBe(toHex(SIGNATURE_TYPE) + key.publicKey);
    const parsed = parseVerifierKey(vkey);
    expect(parsed.name).toBe(ORIGIN);
    expect(parsed.publicKey).toBe(key.publicKey);
  });

  it('defines the key id as SM3(name || 0x0A || 0xFF "sanxiang/sm2-sm3" || public key)[:4]', () => {
    const input = new Uint8Array([...new TextEncoder().encode(`${ORIGIN}\n`), 0xff, ...new TextEncoder().encode('sanxiang/sm2-sm3')]);
    const pub = Uint8Array.from(key.publicKey.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(toHex(keyIdOf(ORIGIN, key.publicKey))).toBe(toHex(sm3Js(new Uint8Array([...input, ...pub])).subarray(0, 4)));
  });

  it.each([
    ['two parts', (v: string) => v.split('+').slice(0, 2).join('+')],
    ['a key id that does not match', (v: string) => v.replace(/\+[0-9a-f]{8}\+/, '+00000000+')],
    // The first hex digit becomes 'A' so the id has an upper-case letter even when the random key's id is all digits.
    ['an upper-case key id', (v: string) => v.replace(/\+[0-9a-f]{8}\+/, (id) => `+A${id.slice(2).toUpperCase()}`)],
    ['bad base64', (v: string) => `${v.slice(0, -4)}!!!!`],
    ['another algorithm', (v: string) => v.slice(0, v.indexOf('+', v.indexOf('+') + 1) + 1) + toBase64(Uint8Array.of(0x01, ...new Uint8Array(32)))],
  ])('refuses a verifier key with %s', (_, mangle) => {
    expect(() => parseVerifierKey(mangle(vkey))).toThrow(code('LEDGER_VERIFIER_KEY_MALFORMED'));
  });

  it('refuses key names with spaces or plus, and public keys off the curve', () => {
    expect(() => formatVerifierKey('a b', key.publicKey)).toThrow(code('LEDGER_KEY_NAME_INVALID'));
    expect(() => formatVerifierKey('a+b', key.publicKey)).toThrow(code('LEDGER_KEY_NAME_INVALID'));
    expect(() => formatVerifierKey(ORIGIN, `04${'11'.repeat(64)}`)).toThrow(code('LEDGER_KEY_INVALID'));
  });
});

describe('signed checkpoint', () => {
  it('is the three-line body, a blank line and one em-dash signature line', () => {
    const all = lines(note);
    expect(all.slice(0, 4)).toEqual([ORIGIN, '1234567', toBase64(checkpoint.root), '']);
    expect(all[4]).toMatch(new RegExp(`^\u2014 ${ORIGIN.replace(/\./g, '\\.')} [A-Za-z0-9+/]+=*$`));
    expect(all[5]).toBe('');
    // 4-byte key id and a raw 64-byte r || s signature.
    expect(sigBlob(note).length).toBe(68);
    expect(toHex(sigBlob(note).subarray(0, 4))).toBe(toHex(keyIdOf(ORIGIN, key.publicKey)));
  });

  it('round-trips through parse and verify', () => {
    const parsed = parseCheckpoint(note);
    expect(parsed.checkpoint.size).toBe(1234567);
    const verified = verifyCheckpoint(note, vkey, { origin: ORIGIN });
    expect(verified.origin).toBe(ORIGIN);
    expect(verified.size).toBe(checkpoint.size);
    expect(toHex(verified.root)).toBe(toHex(checkpoint.root));
  });

  it('signs the empty tree', () => {
    const empty = signCheckpoint({ origin: ORIGIN, size: 0, root: sm3Js(new Uint8Array(0)) }, key);
    expect(verifyCheckpoint(empty, vkey).size).toBe(0);
  });

  it('ignores signatures from other keys (witnesses, rotated keys)', () => {
    const other: SigningKey = { name: 'witness.example/w1', ...generateSigningKey() };
    const cosigned = note + lines(signCheckpoint(checkpoint, other))[4] + '\n';
    expect(verifyCheckpoint(cosigned, vkey).size).toBe(checkpoint.size);
    expect(verifyCheckpoint(cosigned, formatVerifierKey(other.name, other.publicKey)).size).toBe(checkpoint.size);
  });
});

describe('tampered checkpoint', () => {
  it('with a changed size fails the signature', () => {
    expect(() => verifyCheckpoint(withLine(note, 1, '1234568'), vkey)).toThrow(code('NOTE_BAD_SIGNATURE'));
  });

  it('with a changed root fails the signature', () => {
    const root = checkpoint.root.slice();
    root[0] ^= 1;
    expect(() => verifyCheckpoint(withLine(note, 2, toBase64(root)), vkey)).toThrow(code('NOTE_BAD_SIGNATURE'));
  });

  it('with a changed origin fails the signature', () => {
    expect(() => verifyCheckpoint(withLine(note, 0, 'ledger.other.example/v1'), vkey)).toThrow(code('NOTE_BAD_SIGNATURE'));
  });

  it('with a changed signature byte fails the signature', () => {
    for (const at of [4, 20, 36, 67]) {
      const blob = sigBlob(note);
      blob[at] ^= 0x80;
      expect(() => verifyCheckpoint(withSigBlob(note, blob), vkey)).toThrow(code('NOTE_BAD_SIGNATURE'));
    }
  });

  it('with r or s outside [1, n-1] fails the signature', () => {
    // Out-of-range scalars would otherwise let one signature be re-spelt as s + n.
    const n = 'fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123';
    const fromHexStr = (h: string) => Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
    for (const [offset, value] of [[4, '00'.repeat(32)], [36, '00'.repeat(32)], [36, n], [4, 'ff'.repeat(32)]] as const) {
      const blob = sigBlob(note);
      blob.set(fromHexStr(value), offset);
      expect(() => verifyCheckpoint(withSigBlob(note, blob), vkey)).toThrow(code('NOTE_BAD_SIGNATURE'));
    }
  });

  it('with a truncated signature fails the signature', () => {
    expect(() => verifyCheckpoint(withSigBlob(note, sigBlob(note).subarray(0, 40)), vkey)).toThrow(code('NOTE_BAD_SIGNATURE'));
  });

  it('checked against the wrong key reports an unknown key', () => {
    const stranger = generateSigningKey();
    expect(() => verifyCheckpoint(note, formatVerifierKey('someone.example/log', stranger.publicKey))).toThrow(code('NOTE_UNKNOWN_KEY'));
    // Same name, different key: the key id differs, so the signature is not "ours" either.
    expect(() => verifyCheckpoint(note, formatVerifierKey(ORIGIN, stranger.publicKey))).toThrow(code('NOTE_UNKNOWN_KEY'));
  });

  it('whose key id collides with a different public key fails the signature', () => {
    const stranger = generateSigningKey();
    const forged = { name: ORIGIN, keyId: keyIdOf(ORIGIN, key.publicKey), publicKey: stranger.publicKey };
    expect(() => verifyCheckpoint(note, forged)).toThrow(code('NOTE_BAD_SIGNATURE'));
  });

  it('from another log is refused when the expected origin is given', () => {
    const other = signCheckpoint({ ...checkpoint, origin: 'ledger.other.example/v1' }, key);
    expect(() => verifyCheckpoint(other, vkey, { origin: ORIGIN })).toThrow(code('CHECKPOINT_ORIGIN_MISMATCH'));
  });
});

describe('malformed checkpoint', () => {
  const signatureLine = lines(note)[4];
  const rootLine = toBase64(checkpoint.root);
  const cases: [string, string, string][] = [
    ['no blank line before the signatures', `${ORIGIN}\n1\n${rootLine}\n${signatureLine}\n`, 'NOTE_MALFORMED'],
    ['no final newline', note.slice(0, -1), 'NOTE_MALFORMED'],
    ['no signature line', `${ORIGIN}\n1\n${rootLine}\n\n`, 'NOTE_MALFORMED'],
    ['a tab', note.replace(ORIGIN, `${ORIGIN}\t`), 'NOTE_MALFORMED'],
    ['a carriage return', note.replace('\n\n', '\r\n\n'), 'NOTE_MALFORMED'],
    ['a hyphen for the em dash', withLine(note, 4, signatureLine.replace('\u2014', '-')), 'NOTE_SIGNATURE_LINE_MALFORMED'],
    ['bad base64 in the signature', withLine(note, 4, `${signatureLine.slice(0, -4)}@@@@`), 'NOTE_SIGNATURE_LINE_MALFORMED'],
    ['a signature line with three fields', withLine(note, 4, `${signatureLine} extra`), 'NOTE_SIGNATURE_LINE_MALFORMED'],
    ['two lines', `${ORIGIN}\n1\n\n${signatureLine}\n`, 'CHECKPOINT_LINE_COUNT'],
    ['an extension line', `${ORIGIN}\n1\n${rootLine}\nextra\n\n${signatureLine}\n`, 'CHECKPOINT_LINE_COUNT'],
    ['an empty origin', withLine(note, 0, ''), 'CHECKPOINT_BAD_ORIGIN'],
    ['a size with a leading zero', withLine(note, 1, '01234567'), 'CHECKPOINT_BAD_SIZE'],
    ['a negative size', withLine(note, 1, '-1'), 'CHECKPOINT_BAD_SIZE'],
    ['a size in exponent form', withLine(note, 1, '1e6'), 'CHECKPOINT_BAD_SIZE'],
    ['a hex size', withLine(note, 1, '0x10'), 'CHECKPOINT_BAD_SIZE'],
    ['a size beyond 2^53', withLine(note, 1, '9007199254740993'), 'CHECKPOINT_BAD_SIZE'],
    ['a root in bad base64', withLine(note, 2, `${rootLine.slice(0, -2)}!=`), 'CHECKPOINT_BAD_ROOT'],
    ['a root in hex', withLine(note, 2, toHex(checkpoint.root)), 'CHECKPOINT_BAD_ROOT'],
    ['a 31-byte root', withLine(note, 2, toBase64(checkpoint.root.subarray(1))), 'CHECKPOINT_BAD_ROOT'],
  ];
  it.each(cases)('with %s is refused precisely', (_, text, expected) => {
    expect(() => verifyCheckpoint(text, vkey)).toThrow(code(expected));
    expect(() => parseCheckpoint(text)).toThrow(code(expected));
  });

  it('errors carry a Chinese message for people', () => {
    expect(() => verifyCheckpoint(withLine(note, 1, '01'), vkey)).toThrow(/树大小/);
  });
});
