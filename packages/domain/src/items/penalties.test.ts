import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { formatFen, formatFineRange } from './money.ts';
import { assertProcedureAllowed, checkSimpleProcedure, type PenaltySpec, SIMPLE_PROCEDURE_FINE_LIMITS, validatePenalties } from './penalties.ts';
import { formatRatio } from './catalog.ts';
import { validateRemedies, defaultRemedies, remedyText } from './remedies.ts';
import { validateTimeLimit } from './time-limits.ts';

const codeOf = (run: () => void) => {
  try {
    run();
  } catch (e) {
    return e instanceof DomainError ? `${e.code}:${e.category}` : String(e);
  }
  return 'ok';
};

const fine = (minFen: number, maxFen: number | null, appliesTo: PenaltySpec['appliesTo'] = 'any', note?: string): PenaltySpec => ({ kind: 'fine', appliesTo, minFen, maxFen, note });
const warning: PenaltySpec = { kind: 'warning', appliesTo: 'any' };

describe('money in 分', () => {
  it('formats integers of 分 as 元 and refuses fractions', () => {
    expect(formatFen(20_000)).toBe('200元');
    expect(formatFen(5_000_000)).toBe('50,000元');
    expect(formatFen(20_050)).toBe('200.50元');
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(formatFineRange(5_000_000, 10_000_000)).toBe('50,000元以上100,000元以下');
    expect(formatFineRange(0, 20_000)).toBe('200元以下');
    expect(formatFineRange(20_000_000, null)).toBe('200,000元以上');
  });
  it('formats basis points as percentages', () => {
    expect(formatRatio(500)).toBe('5%');
    expect(formatRatio(250)).toBe('2.5%');
    expect(formatRatio(10_000)).toBe('100%');
    expect(formatRatio(5)).toBe('0.05%');
  });
});

describe('penalties of an item (处罚法 第九条)', () => {
  it('accepts integer fine ranges with min <= max and refuses the rest, naming the penalty', () => {
    expect(codeOf(() => validatePenalties('penalty', [warning, fine(0, 20_000)], ['citizen']))).toBe('ok');
    expect(codeOf(() => validatePenalties('penalty', [fine(300_000, 200_000)], ['citizen']))).toBe('FINE_RANGE_INVALID:invalid');
    expect(codeOf(() => validatePenalties('penalty', [fine(10.5, 200_000)], ['citizen']))).toBe('FINE_RANGE_INVALID:invalid');
    expect(codeOf(() => validatePenalties('penalty', [fine(-1, 200_000)], ['citizen']))).toBe('FINE_RANGE_INVALID:invalid');
    expect(codeOf(() => validatePenalties('penalty', [{ kind: 'fine', appliesTo: 'any', minFen: 100 }], ['citizen']))).toBe('FINE_RANGE_INVALID:invalid');
    expect(codeOf(() => validatePenalties('penalty', [fine(5_000_000, null)], ['citizen']))).toBe('FINE_CAP_UNEXPLAINED:invalid');
    expect(codeOf(() => validatePenalties('penalty', [fine(5_000_000, null, 'any', '货值金额十倍以上二十倍以下')], ['citizen']))).toBe('ok');
    expect(codeOf(() => validatePenalties('penalty', [{ kind: 'warning', appliesTo: 'any', minFen: 100 }], ['citizen']))).toBe('PENALTY_AMOUNT_NOT_APPLICABLE:invalid');
    expect(codeOf(() => validatePenalties('penalty', [warning, warning], ['citizen']))).toBe('PENALTY_DUPLICATE:invalid');
    expect(codeOf(() => validatePenalties('penalty', [fine(0, 100, 'organization')], ['citizen']))).toBe('PENALTY_TARGET_MISMATCH:invalid');
    expect(codeOf(() => validatePenalties('penalty', [], ['citizen']))).toBe('PENALTIES_REQUIRED:invalid');
    expect(codeOf(() => validatePenalties('licensing', [warning], ['citizen']))).toBe('PENALTIES_NOT_APPLICABLE:invalid');
    try {
      validatePenalties('penalty', [warning, fine(300_000, 200_000)], ['citizen']);
    } catch (e) {
      expect((e as Error).message).toBe('处罚种类第2项（罚款）的最低罚款额3,000元高于最高罚款额2,000元');
    }
  });
});

describe('简易程序 (处罚法 第五十一条)', () => {
  it('holds the limits once: 200 元 for a citizen, 3,000 元 for an organisation, in 分', () => {
    expect(SIMPLE_PROCEDURE_FINE_LIMITS).toEqual({ citizen: 20_000, organization: 300_000 });
  });

  it('allows a warning, or fines within the limit for every party the item targets', () => {
    expect(checkSimpleProcedure('penalty', [warning], ['citizen', 'organization'])).toEqual({ allowed: true });
    expect(checkSimpleProcedure('penalty', [fine(5_000, 20_000)], ['citizen'])).toEqual({ allowed: true });
    expect(checkSimpleProcedure('penalty', [fine(0, 20_000, 'citizen'), fine(100_000, 300_000, 'organization')], ['citizen', 'organization'])).toEqual({ allowed: true });
    // 200.01 元 for a citizen is over the limit; the same fine is fine for an organisation.
    expect(checkSimpleProcedure('penalty', [fine(0, 20_001)], ['organization'])).toEqual({ allowed: true });
    expect(checkSimpleProcedure('penalty', [fine(0, 20_001)], ['citizen'])).toEqual({ allowed: false, reasons: ['对公民的罚款最高200.01元，超过200元'] });
  });

  it('refuses ranges over the limit, open-topped fines, other kinds and non-penalty items', () => {
    expect(checkSimpleProcedure('penalty', [fine(50_000, 200_000)], ['citizen', 'organization'])).toEqual({ allowed: false, reasons: ['对公民的罚款最高2,000元，超过200元'] });
    expect(checkSimpleProcedure('penalty', [fine(0, 500_000)], ['organization'])).toMatchObject({ allowed: false, reasons: ['对法人或者其他组织的罚款最高5,000元，超过3,000元'] });
    expect(checkSimpleProcedure('penalty', [fine(0, null, 'any', '货值金额一倍')], ['organization']).allowed).toBe(false);
    expect(checkSimpleProcedure('penalty', [warning, { kind: 'confiscate-illegal-gains', appliesTo: 'any' }], ['organization'])).toEqual({ allowed: false, reasons: ['没收违法所得不能当场作出'] });
    expect(checkSimpleProcedure('licensing', [], ['organization']).allowed).toBe(false);
    expect(codeOf(() => assertProcedureAllowed('penalty', 'simple', [fine(0, 500_000)], ['organization']))).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED:unprocessable');
    expect(codeOf(() => assertProcedureAllowed('penalty', 'general', [fine(0, 500_000)], ['organization']))).toBe('ok');
  });
});

describe('remedies and time limits', () => {
  it('keeps 复议 at 60 days or more and 诉讼 at 6 months by default', () => {
    const r = defaultRemedies('甲县人民政府', '甲县人民法院');
    expect(r).toEqual({ reconsideration: { organ: '甲县人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } });
    expect(codeOf(() => validateRemedies(r))).toBe('ok');
    expect(codeOf(() => validateRemedies({ ...r, reconsideration: { organ: 'x', days: 30 } }))).toBe('REMEDY_PERIOD_TOO_SHORT:invalid');
    expect(remedyText(r)).toContain('60日内向甲县人民政府申请行政复议');
    expect(remedyText(r)).toContain('6个月内向甲县人民法院提起行政诉讼');
  });
  it('refuses a promised time limit longer than the statutory one', () => {
    expect(codeOf(() => validateTimeLimit({ statutoryDays: 20, dayKind: 'working', promisedDays: 25 }))).toBe('TIME_LIMIT_INVALID:invalid');
    expect(codeOf(() => validateTimeLimit({ statutoryDays: 20, dayKind: 'working', promisedDays: 10 }))).toBe('ok');
  });
});
