import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './bytes.ts';
import { jsTreeHasher, sm3Js } from './sm3.ts';
import { nodeTreeHasher, sm3Node } from './sm3-node.ts';

const backends = [
  ['sm-crypto-v2 (browser)', sm3Js],
  ['node:crypto (OpenSSL)', sm3Node],
] as const;

describe.each(backends)('SM3 via %s', (_, sm3) => {
  // GB/T 32905-2016 appendix A, examples 1 and 2.
  it('hashes "abc" to the standard vector', () => {
    expect(toHex(sm3(utf8('abc')))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes "abcd" x 16 to the standard vector', () => {
    expect(toHex(sm3(utf8('abcd'.repeat(16))))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes the empty string (the root of an empty tree)', () => {
    expect(toHex(sm3(new Uint8Array(0)))).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  it('does not depend on the input being a whole ArrayBuffer', () => {
    const big = utf8('xxabcxx');
    expect(toHex(sm3(big.subarray(2, 5)))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('tree hashers', () => {
  it('agree between backends for leaves of many lengths and for interior nodes', () => {
    for (let n = 0; n < 600; n += 7) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      expect(toHex(nodeTreeHasher.leafHash(data))).toBe(toHex(jsTreeHasher.leafHash(data)));
    }
    const a = nodeTreeHasher.leafHash(utf8('a'));
    const b = nodeTreeHasher.leafHash(utf8('b'));
    expect(toHex(nodeTreeHasher.nodeHash(a, b))).toBe(toHex(jsTreeHasher.nodeHash(a, b)));
    expect(toHex(nodeTreeHasher.emptyRoot)).toBe(toHex(jsTreeHasher.emptyRoot));
  });

  it('prefix leaves with 0x00 and nodes with 0x01 (RFC 6962 domain separation)', () => {
    const a = utf8('a');
    expect(toHex(nodeTreeHasher.leafHash(a))).toBe(toHex(sm3Node(Uint8Array.of(0x00, ...a))));
    const l = sm3Node(utf8('l'));
    const r = sm3Node(utf8('r'));
    expect(toHex(nodeTreeHasher.nodeHash(l, r))).toBe(toHex(sm3Node(Uint8Array.of(0x01, ...l, ...r))));
  });

  it('returns plain Uint8Arrays (Buffer#slice would alias), not views of a reused scratch buffer', () => {
    expect(Object.getPrototypeOf(sm3Node(utf8('abc')))).toBe(Uint8Array.prototype);
    const first = nodeTreeHasher.leafHash(utf8('one'));
    const copy = toHex(first);
    nodeTreeHasher.leafHash(utf8('two'));
    nodeTreeHasher.nodeHash(first, first);
    expect(toHex(first)).toBe(copy);
  });
});
