/**
 * Chinese numerals as written in article, paragraph and item numbers of statutes (1 to 9999).
 * The statute convention: 10 is 十 and 11 is 十一, but after a hundred the ten is spelled out
 * (110 一百一十, 1010 一千零一十); a skipped place is marked by one 零 (101 一百零一, 1001 一千零一);
 * trailing zeros are dropped (200 二百, 2000 二千). 民法典 第一千零一十条 shows the largest forms in use.
 */
export const MAX_CHINESE_NUMBER = 9999;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PLACES: ReadonlyArray<readonly [number, string]> = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
];
const UNIT_VALUE: Readonly<Record<string, number>> = { 千: 1000, 百: 100, 十: 10 };

/** Characters a Chinese number may be written with; useful for building patterns around numbers. */
export const CHINESE_NUMERAL_CHARS = '零〇一二三四五六七八九十百千';

export const toChineseNumber = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMBER) {
    throw new RangeError(`toChineseNumber: ${n} is not an integer from 1 to ${MAX_CHINESE_NUMBER}`);
  }
  let out = '';
  let started = false;
  let zeroPending = false;
  for (const [value, unit] of PLACES) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (started) zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // Only a leading ten drops its 一: 十五, but 一百一十五.
    out += value === 10 && digit === 1 && !started ? '十' : DIGITS[digit] + unit;
    started = true;
  }
  return out;
};

/**
 * The value of a Chinese number, or undefined when the text is not one. Only the canonical spelling is
 * accepted (what toChineseNumber writes), plus two harmless variants: 〇 for 零 and a leading 一十 for 十.
 * Colloquial abbreviations such as 一百一 (110 in speech) are refused: in a citation they would be
 * read as 101 by some and 110 by others.
 */
export const parseChineseNumber = (text: string): number | undefined => {
  const input = text.trim().replace(/〇/g, '零');
  if (input.length === 0) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of input) {
    const d = DIGITS.indexOf(ch);
    if (d > 0) {
      if (digit !== undefined) return undefined; // two digits in a row: 一二
      digit = d;
      continue;
    }
    if (d === 0) continue; // 零 only marks a gap; its placement is checked by the canonical comparison below
    const unit = UNIT_VALUE[ch];
    if (unit === undefined) return undefined;
    total += (digit ?? 1) * unit;
    digit = undefined;
  }
  total += digit ?? 0;
  if (total < 1 || total > MAX_CHINESE_NUMBER) return undefined;
  const canonical = toChineseNumber(total);
  if (input === canonical) return total;
  if (input === `一${canonical}` && canonical.startsWith('十')) return total;
  return undefined;
};

/** Article numbers are sometimes printed with Arabic digits (第61条), ASCII or full-width; accepts both and Chinese. */
export const parseNumeral = (text: string): number | undefined => {
  const ascii = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
  if (/^[0-9]+$/.test(ascii)) {
    const n = Number(ascii);
    return n >= 1 && n <= MAX_CHINESE_NUMBER && !ascii.startsWith('0') ? n : undefined;
  }
  return parseChineseNumber(ascii);
};
