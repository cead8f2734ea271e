/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
 * position 1 registration authority, 2 organisation kind, 3-8 administrative division, 9-17 organisation
 * code, 18 check character.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type ValidationResult = { valid: true } | { valid: false; reason: string };

export const creditCodeCheckChar = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
};

export const validateCreditCode = (input: string): ValidationResult => {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { valid: false, reason: `长度应为18位，实际为${code.length}位` };
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(code[i])) {
      return { valid: false, reason: `第${i + 1}位“${code[i]}”不是合法字符（不使用 I、O、S、V、Z）` };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { valid: false, reason: '第3至8位应为行政区划代码（数字）' };
  const check = creditCodeCheckChar(code.slice(0, 17));
  if (check !== code[17]) return { valid: false, reason: `校验码错误：第18位应为“${check}”` };
  return { valid: true };
};
