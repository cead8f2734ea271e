import { invalid } from '../errors/domain-error.ts';

/** A calendar date without time or zone, written `YYYY-MM-DD`. Deadlines are counted in these, never in instants. */
export type PlainDate = string;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export const isPlainDate = (value: string): boolean => {
  const m = PLAIN_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

export const parsePlainDate = (value: string): PlainDate => {
  if (!isPlainDate(value)) throw invalid('DATE_INVALID', `日期“${value}”无效，应为 YYYY-MM-DD 格式的真实日期`);
  return value;
};

const toUtc = (date: PlainDate) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): PlainDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: PlainDate, days: number): PlainDate => fromUtc(toUtc(date) + days * DAY_MS);
export const yearOf = (date: PlainDate): number => Number(date.slice(0, 4));
/** 0 = Sunday ... 6 = Saturday */
export const weekdayOf = (date: PlainDate): number => new Date(toUtc(date)).getUTCDay();
export const daysBetween = (from: PlainDate, to: PlainDate): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** The date in China (UTC+8, no daylight saving) at an instant; deadlines are counted in Beijing time. */
export const chinaDateOf = (instant: Date): PlainDate => fromUtc(instant.getTime() + 8 * 3_600_000);

export const addMonths = (date: PlainDate, months: number): PlainDate => {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total % 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(ty, tm, Math.min(d, lastDay)));
};
