import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, validateCreditCode } from './credit-code.ts';
import { isMinorOn, residentIdCheckChar, validateResidentId } from './resident-id.ts';

describe('统一社会信用代码', () => {
  it('accepts codes whose check character is right', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ valid: true });
    expect(validateCreditCode('91110108551385082Q')).toEqual({ valid: true });
  });
  it('names the expected check character when it is wrong', () => {
    const r = validateCreditCode('91350100M000100Y44');
    expect(r.valid).toBe(false);
    expect(!r.valid && r.reason).toContain('“3”');
  });
  it('refuses letters outside the alphabet and wrong lengths', () => {
    expect(validateCreditCode('91350100M000100YO3')).toMatchObject({ valid: false, reason: expect.stringContaining('第17位') });
    expect(validateCreditCode('91350100M00010')).toMatchObject({ valid: false, reason: expect.stringContaining('18位') });
    expect(validateCreditCode('91AB0100M000100Y43')).toMatchObject({ valid: false, reason: expect.stringContaining('行政区划') });
  });
  it('computes check characters that validate for any body', () => {
    for (const body of ['91330100MA27XXXXX', '12100000000013127', '52440300MJL184526']) {
      const code = body.replace(/X/g, '1') + creditCodeCheckChar(body.replace(/X/g, '1'));
      expect(validateCreditCode(code).valid).toBe(true);
    }
  });
});

describe('居民身份证号', () => {
  it('accepts the GB 11643 example with an X check digit, upper or lower case', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({ valid: true, birthDate: '1949-12-31', sex: 'female' });
    expect(validateResidentId('11010519491231002x')).toMatchObject({ valid: true });
  });
  it('refuses a wrong check digit, an impossible birth date and a future one', () => {
    expect(validateResidentId('110105194912310021')).toMatchObject({ valid: false, reason: expect.stringContaining('校验码') });
    const feb30 = '11010519490230002';
    expect(validateResidentId(feb30 + residentIdCheckChar(feb30))).toMatchObject({ valid: false, reason: expect.stringContaining('出生日期') });
    const future = '11010520300101002';
    expect(validateResidentId(future + residentIdCheckChar(future), '2026-11-21')).toMatchObject({ valid: false });
  });
  it('refuses wrong lengths and letters in the body', () => {
    expect(validateResidentId('1101051949123100')).toMatchObject({ valid: false, reason: expect.stringContaining('18位') });
    expect(validateResidentId('1101051949123A002X')).toMatchObject({ valid: false });
  });
  it('flags minors on the date of the act', () => {
    expect(isMinorOn('2008-11-22', '2026-11-21')).toBe(true);
    expect(isMinorOn('2008-11-21', '2026-11-21')).toBe(false);
  });
});
