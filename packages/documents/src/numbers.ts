/** A 文号 taken apart: 甲县市监罚〔2026〕12号 → prefix 甲县市监罚, year 2026, sequence 12. */
export type ParsedNumber = { prefix: string; year: number; sequence: number };

const NUMBER = /^(.+?)〔(\d{4})〕(\d+)号$/;

export const parseDocumentNumber = (number: string): ParsedNumber | null => {
  const m = NUMBER.exec(number.trim());
  if (!m || m[3].startsWith('0')) return null;
  return { prefix: m[1], year: Number(m[2]), sequence: Number(m[3]) };
};

/**
 * The kind code a number was issued under: the longest known code its prefix ends with, so 甲县市监不罚〔…〕
 * reads as 不罚 and not as 罚. Null when the prefix ends with none of the codes.
 */
export const kindCodeOf = (prefix: string, codes: readonly string[]): string | null =>
  [...codes].sort((a, b) => b.length - a.length).find((c) => prefix.endsWith(c)) ?? null;
