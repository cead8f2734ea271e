import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.ts';
import { canonicalJson, encodeLeaf } from './leaf-encoding.ts';

describe('encodeLeaf', () => {
  it('writes sorted keys, no whitespace, integers, hex bytes and ISO dates', () => {
    const record = {
      type: 'case.filed',
      caseId: 42n,
      at: new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6)),
      amountFen: 150000,
      attachments: [Uint8Array.of(0xde, 0xad), { sha: 'x', name: '询问笔录.pdf' }],
      note: null,
      urgent: false,
      skipped: undefined,
    };
    expect(canonicalJson(record)).toBe(
      '{"amountFen":150000,"at":"2025-01-02T03:04:05.006Z","attachments":["dead",{"name":"询问笔录.pdf","sha":"x"}],' +
        '"caseId":42,"note":null,"type":"case.filed","urgent":false}',
    );
  });

  it('is UTF-8 of the canonical text', () => {
    expect(toHex(encodeLeaf({ 名: '张三' }))).toBe(toHex(new TextEncoder().encode('{"名":"张三"}')));
  });

  it('does not depend on key insertion order, and 5 and 5n encode alike', () => {
    expect(toHex(encodeLeaf({ b: 1, a: { d: 5, c: [1, 2] } }))).toBe(toHex(encodeLeaf({ a: { c: [1n, 2n], d: 5n }, b: 1 })));
  });

  it('sorts keys by UTF-16 code units', () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, '\u{1f600}': 4, '\uff41': 5 })).toBe('{"B":2,"b":1,"é":3,"😀":4,"ａ":5}');
  });

  it('escapes strings as JSON does, including lone surrogates', () => {
    expect(canonicalJson('a"b\\c\n\u0001\ud800')).toBe('"a\\"b\\\\c\\n\\u0001\\ud800"');
  });

  it('sorts integer-like keys as strings, not in the numeric order JS objects iterate them', () => {
    expect(canonicalJson({ 10: 'a', 9: 'b', '': 'c' })).toBe('{"":"c","10":"a","9":"b"}');
  });

  it('property: parses back to the same data and ignores key insertion order', () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reversed((v as Record<string, unknown>)[k])]))
          : v;
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.maxSafeInteger(), fc.string(), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    })).value;
    fc.assert(
      fc.property(json, (v) => {
        const text = canonicalJson(v as never);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(reversed(v) as never)).toBe(text);
      }),
    );
  });

  it.each([
    ['a fraction', { a: 1.5 }],
    ['an unsafe integer', { a: 2 ** 53 }],
    ['NaN', { a: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['undefined in an array', [undefined]],
    ['undefined at the top', undefined],
    ['a function', { f: () => 1 }],
    ['a Map', new Map()],
    ['a class instance', new (class Thing {})()],
    ['an invalid date', new Date(Number.NaN)],
  ])('refuses %s', (_, value) => {
    expect(() => encodeLeaf(value as never)).toThrow(expect.objectContaining({ code: 'LEDGER_LEAF_UNENCODABLE' }));
  });

  it('refuses cycles but allows the same object twice', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => encodeLeaf(cyclic as never)).toThrow(expect.objectContaining({ code: 'LEDGER_LEAF_UNENCODABLE' }));
  });

  it('names the offending field', () => {
    expect(() => encodeLeaf({ payload: { items: [1, 0.5] } })).toThrow(/payload\.items\[1\]/);
  });
});
