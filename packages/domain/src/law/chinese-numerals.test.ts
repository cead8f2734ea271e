import { describe, expect, it } from 'vitest';
import { MAX_CHINESE_NUMBER, parseChineseNumber, parseNumeral, toChineseNumber } from './chinese-numerals.ts';

describe('Chinese numerals in article numbers', () => {
  it('writes and reads the statute forms', () => {
    const forms: Array<[number, string]> = [
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [19, '十九'],
      [20, '二十'],
      [21, '二十一'],
      [99, '九十九'],
      [100, '一百'],
      [101, '一百零一'],
      [105, '一百零五'],
      [110, '一百一十'],
      [112, '一百一十二'],
      [120, '一百二十'],
      [200, '二百'],
      [207, '二百零七'],
      [999, '九百九十九'],
      [1000, '一千'],
      [1001, '一千零一'],
      [1010, '一千零一十'], // 民法典 第一千零一十条
      [1100, '一千一百'],
      [1260, '一千二百六十'],
      [2005, '二千零五'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, text] of forms) {
      expect(toChineseNumber(n), `${n}`).toBe(text);
      expect(parseChineseNumber(text), text).toBe(n);
    }
  });

  it('round-trips every number from 1 to 1000 (and on to the largest supported)', () => {
    for (let n = 1; n <= 1000; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    const seen = new Set<string>();
    for (let n = 1; n <= MAX_CHINESE_NUMBER; n++) {
      const text = toChineseNumber(n);
      if (parseChineseNumber(text) !== n) expect.fail(`${n} -> ${text} -> ${parseChineseNumber(text)}`);
      seen.add(text);
    }
    expect(seen.size).toBe(MAX_CHINESE_NUMBER);
  });

  it('accepts 〇 for 零, a leading 一十 and surrounding spaces', () => {
    expect(parseChineseNumber('一百〇一')).toBe(101);
    expect(parseChineseNumber('一十五')).toBe(15);
    expect(parseChineseNumber('　六十一 ')).toBe(61);
  });

  it('refuses malformed and ambiguous numerals', () => {
    for (const bad of ['', '零', '一百一', '一百十', '十十', '一二', '百', '一千零零一', '一百零', '二十零', '六十一条', 'abc', '一万', '一〇一']) {
      expect(parseChineseNumber(bad), bad).toBeUndefined();
    }
  });

  it('refuses numbers it cannot write', () => {
    for (const bad of [0, -1, 1.5, 10_000, Number.NaN]) expect(() => toChineseNumber(bad)).toThrow(RangeError);
  });

  it('reads Arabic numerals, ASCII or full-width, as well', () => {
    expect(parseNumeral('61')).toBe(61);
    expect(parseNumeral('６１')).toBe(61);
    expect(parseNumeral('六十一')).toBe(61);
    expect(parseNumeral('0')).toBeUndefined();
    expect(parseNumeral('061')).toBeUndefined();
  });
});
