import { FEN_PER_YUAN, MAX_FEN } from '@sanxiang/domain';

/**
 * Cell parsers shared by the import specs. A parser turns the text of one cell into a value or throws an
 * Error whose message is the Chinese reason the report shows next to the row and column.
 */

const YUAN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * 元 as typed in a sheet to an integer number of 分, exactly: the digits are read as text, never through a
 * float ('1234.56' is 123456, not 123455.99…). Thousands separators are allowed where they belong
 * ('1,234.56'); more than two decimals, signs and exponents are refused.
 */
export const yuanToFen = (input: string): number => {
  const text = input.trim().replace(/元$/u, '').trim();
  if (/^[-−－]/u.test(text)) throw new Error(`金额“${input}”不能为负数`);
  const m = YUAN.exec(text);
  if (!m) throw new Error(`金额“${input}”格式不正确：应为以元为单位的数字，如“1,234.56”`);
  const [, whole, decimals = ''] = m;
  if (decimals.length > 2) throw new Error(`金额“${input}”最多两位小数（精确到分）`);
  const digits = whole.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  // 12 digits of 元 already exceed MAX_FEN; the check keeps Number() within exact integers.
  if (digits.length > 12) throw new Error(`金额“${input}”过大`);
  const fen = Number(digits) * FEN_PER_YUAN + Number(decimals.padEnd(2, '0'));
  if (fen > MAX_FEN) throw new Error(`金额“${input}”过大`);
  return fen;
};

/** 分 to the 元 text `yuanToFen` reads back: 123456 → '1,234.56', 500000 → '5,000'. */
export const fenToYuan = (fen: number): string => {
  const yuan = String(Math.trunc(fen / FEN_PER_YUAN)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fen % FEN_PER_YUAN;
  return cents === 0 ? yuan : `${yuan}.${String(cents).padStart(2, '0')}`;
};

/**
 * A percentage to basis points, exactly: '5%' or '5' → 500, '2.5%' → 250, '0.01%' → 1. Spreadsheets that
 * store 2.5% as 0.025 are read as '2.5%' by the .xlsx reader; float noise beyond the second decimal of a
 * percent that a spreadsheet adds ('2.5000000000000001%') is dropped, anything else beyond it is refused.
 */
export const percentToBasisPoints = (input: string): number => {
  const text = input.trim().replace(/[%％]$/u, '').trim();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`比例“${input}”格式不正确：应为百分比，如“5%”或“2.5%”`);
  const [, whole, decimals = ''] = m;
  if (whole.length > 6) throw new Error(`比例“${input}”过大`);
  const kept = Number(decimals.slice(0, 2).padEnd(2, '0'));
  const rest = decimals.slice(2);
  if (!rest || /^0{6,}\d*$/.test(rest)) return Number(whole) * 100 + kept;
  // 2.4999999999% is float noise for 2.5%: the two kept decimals round up.
  if (/^9{6,}\d*$/.test(rest)) return Number(whole) * 100 + kept + 1;
  throw new Error(`比例“${input}”最多两位小数（如“2.55%”）`);
};

/** A value from a table of labels (with aliases), or a reason listing what may be written. */
export const labelCell =
  <T extends string>(labels: Record<T, string>, what: string, aliases: Record<string, T> = {}) =>
  (text: string): T => {
    const byLabel = new Map<string, T>([...Object.entries(labels).map(([code, label]) => [label as string, code as T] as const), ...Object.entries(aliases)]);
    const value = byLabel.get(text.trim());
    if (!value) throw new Error(`${what}“${text}”无法识别，应填：${Object.values<string>(labels).join('、')}`);
    return value;
  };

/** Several values in one cell: one per line, or separated by the given separators. */
export const linesCell = (text: string, separators = /[\r\n]+/): string[] =>
  text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

/** A whole number of days or months, as typed or as a spreadsheet number ('20' or '20.0'). */
export const countCell = (what: string) => (text: string): number => {
  const m = /^(\d{1,5})(?:\.0+)?$/.exec(text.trim());
  if (!m) throw new Error(`${what}应为正整数，实为“${text}”`);
  return Number(m[1]);
};
