import { isPlainDate, type PlainDate } from '../calendar/plain-date.ts';

/** 居民身份证号 (GB 11643-1999): 6 region + 8 birth date + 3 sequence + 1 check (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdResult =
  | { valid: true; birthDate: PlainDate; sex: 'male' | 'female' }
  | { valid: false; reason: string };

export const residentIdCheckChar = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
};

/** `today` bounds the birth date: nobody is born in the future. */
export const validateResidentId = (input: string, today?: PlainDate): ResidentIdResult => {
  const id = input.trim().toUpperCase();
  if (id.length !== 18) return { valid: false, reason: `长度应为18位，实际为${id.length}位` };
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, reason: '前17位应为数字，第18位应为数字或X' };
  if (id[0] === '0') return { valid: false, reason: '前6位行政区划代码无效' };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isPlainDate(birth) || birth < '1900-01-01') return { valid: false, reason: `出生日期“${id.slice(6, 14)}”无效` };
  if (today && birth > today) return { valid: false, reason: `出生日期“${id.slice(6, 14)}”晚于今天` };
  const check = residentIdCheckChar(id.slice(0, 17));
  if (check !== id[17]) return { valid: false, reason: `校验码错误：第18位应为“${check}”` };
  return { valid: true, birthDate: birth, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
};

/** 处罚法 第三十条: a party under 18 on the date of the act is a minor (flagged, never published). */
export const isMinorOn = (birthDate: PlainDate, on: PlainDate): boolean => {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age < 18;
};
