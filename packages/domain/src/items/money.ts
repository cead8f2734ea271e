/**
 * Money is held as an integer number of 分 (cents), never as a float: 200 元 is 20000.
 * These helpers only format and convert at the edges (forms, pages).
 */
export const FEN_PER_YUAN = 100;

/** Largest amount we accept: 10 亿元, beyond any fine a statute sets as a fixed sum. */
export const MAX_FEN = 100_000_000_000;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 5000000 → "50,000元"; 20050 → "200.50元". */
export const formatFen = (fen: number): string => {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount in 分 must be an integer: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / FEN_PER_YUAN);
  const cents = abs % FEN_PER_YUAN;
  return `${sign}${grouped(yuan)}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}元`;
};

/** A range as a statute writes it: 五万元以上十万元以下 → "50,000元以上100,000元以下"; an open top reads 以上. */
export const formatFineRange = (minFen: number, maxFen: number | null): string => {
  if (maxFen === null) return minFen === 0 ? '按法定标准计算' : `${formatFen(minFen)}以上`;
  if (minFen === maxFen) return formatFen(minFen);
  return minFen === 0 ? `${formatFen(maxFen)}以下` : `${formatFen(minFen)}以上${formatFen(maxFen)}以下`;
};
