import { describe, expect, it } from 'vitest';
import { cnDate, cnDateTime, money, rmbUpper } from './format.ts';

describe('document formats', () => {
  it('writes amounts in capital numerals', () => {
    expect(rmbUpper(5_000_000)).toBe('伍万元整');
    expect(rmbUpper(12_050)).toBe('壹佰贰拾元伍角');
    expect(rmbUpper(100_000_000_00)).toBe('壹亿元整');
    expect(rmbUpper(1_000_500)).toBe('壹万零伍元整');
    expect(rmbUpper(10_050_000_00)).toBe('壹仟零伍万元整');
    expect(rmbUpper(1_020_300_00)).toBe('壹佰零贰万零叁佰元整');
    expect(rmbUpper(1)).toBe('零元壹分');
    expect(rmbUpper(10_001)).toBe('壹佰元零壹分');
    expect(money(20_000)).toBe('人民币贰佰元整（200元）');
  });
  it('writes Beijing dates and times the Chinese way and refuses malformed ones', () => {
    expect(cnDate('2026-03-01')).toBe('2026年3月1日');
    expect(cnDateTime('2026-03-01T09:05')).toBe('2026年3月1日9时05分');
    expect(() => cnDate('2026-02-30')).toThrow(/DOCUMENT_DATA_INVALID|日期/);
    expect(() => cnDateTime('2026-03-01T25:00')).toThrow(/时间不存在/);
  });
});
