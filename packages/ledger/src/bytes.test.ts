import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from './bytes.ts';

describe('hex', () => {
  it('round-trips and accepts upper case', () => {
    expect(toHex(Uint8Array.of(0, 1, 0xab, 0xff))).toBe('0001abff');
    expect(Array.from(fromHex('0001ABff'))).toEqual([0, 1, 0xab, 0xff]);
  });

  it('refuses odd length and non-hex characters', () => {
    expect(() => fromHex('abc')).toThrow(expect.objectContaining({ code: 'LEDGER_BAD_HEX' }));
    expect(() => fromHex('zz')).toThrow(expect.objectContaining({ code: 'LEDGER_BAD_HEX' }));
  });
});

describe('base64', () => {
  it('matches the standard encoding (Node Buffer as reference) and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it.each([
    ['missing padding', 'YQ'],
    ['URL alphabet', 'a-_a'],
    ['whitespace', 'YW Jj'],
    ['padding in the middle', 'YQ==YWJj'],
    ['too much padding', 'Y==='],
    ['non-zero pad bits (a second spelling of "a")', 'YR=='],
    ['non-ASCII', 'YWJ\u00e9'],
  ])('refuses %s', (_, text) => {
    expect(() => fromBase64(text)).toThrow(expect.objectContaining({ code: 'LEDGER_BAD_BASE64' }));
  });
});
