import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-calendar.ts';
import { isDomainError } from '../errors/domain-error.ts';
import { assertDisclosureAction, disclosureActionsOf } from './disclosure-status.ts';
import { assertEarlyRemovalAllowed, displayExpired, displayPeriodFor, displayRuleOn, type DisplayPeriodRule } from './display-periods.ts';
import { displayCreditCode, displayPartyName, surnameOf } from './party-display.ts';
import { publicationDueOn, withdrawalDueOn } from './publication.ts';

// 2026 National Day: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked (as published).
const calendar = buildCalendar(
  [2026],
  [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const, name: '国庆节' })),
    { date: '2026-09-20', kind: 'makeup-workday' as const, name: '国庆节' },
    { date: '2026-10-10', kind: 'makeup-workday' as const, name: '国庆节' },
  ],
);

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isDomainError(e) ? e.code : 'NOT_A_DOMAIN_ERROR';
  }
  return undefined;
};

describe('publication deadline (国办发〔2018〕118号)', () => {
  it('gives penalties and licences 7 working days and other decisions 20, across the National Day holiday', () => {
    // Decided Wednesday 09-30: working days 10-08, 09, 10 (Sat, worked), 12, 13, 14, 15.
    expect(publicationDueOn(calendar, 'penalty', '2026-09-30')).toBe('2026-10-15');
    expect(publicationDueOn(calendar, 'licence', '2026-09-30')).toBe('2026-10-15');
    // 20 working days from 09-30: 10-08..10-10 (3), 10-12..16 (8), 19..23 (13), 26..30 (18), 11-02, 11-03 (20).
    expect(publicationDueOn(calendar, 'coercion', '2026-09-30')).toBe('2026-11-03');
    expect(publicationDueOn(calendar, 'inspection', '2026-09-30')).toBe('2026-11-03');
    expect(publicationDueOn(calendar, 'other', '2026-09-30')).toBe('2026-11-03');
  });

  it('counts a decision made on a Saturday from the following working days', () => {
    expect(publicationDueOn(calendar, 'penalty', '2026-11-21')).toBe('2026-12-01');
  });

  it('refuses to guess when the holiday schedule of the year is missing', () => {
    expect(codeOf(() => publicationDueOn(calendar, 'penalty', '2026-12-28'))).toBe('CALENDAR_YEAR_MISSING');
  });

  it('gives a withdrawal 3 working days (处罚法 第四十八条)', () => {
    // 10-08, 10-09 and Saturday 10-10 (a make-up working day).
    expect(withdrawalDueOn(calendar, '2026-09-30')).toBe('2026-10-10');
  });
});

describe('party display rule', () => {
  it('shows a natural person as surname + 某 by default, compound surnames kept whole', () => {
    expect(displayPartyName({ name: '张三', kind: 'person' })).toBe('张某');
    expect(displayPartyName({ name: ' 王 小明 ', kind: 'person' })).toBe('王某');
    expect(displayPartyName({ name: '欧阳娜娜', kind: 'person' })).toBe('欧阳某');
    expect(surnameOf('欧阳')).toBe('欧');
  });

  it('shows organisations in full and honours a local full-name rule', () => {
    expect(displayPartyName({ name: '甲县鲜味餐饮有限公司', kind: 'organization' })).toBe('甲县鲜味餐饮有限公司');
    expect(displayPartyName({ name: '张三', kind: 'person' }, 'full')).toBe('张三');
  });

  it('never publishes a minor party', () => {
    expect(codeOf(() => displayPartyName({ name: '李小明', kind: 'person', minor: true }))).toBe('DISCLOSURE_PARTY_MINOR');
    expect(codeOf(() => displayPartyName({ name: '李小明', kind: 'person', minor: true }, 'full'))).toBe('DISCLOSURE_PARTY_MINOR');
  });

  it('publishes a credit code for organisations only', () => {
    expect(displayCreditCode({ name: '某公司', kind: 'organization', creditCode: '91350100m000100y43' })).toBe('91350100M000100Y43');
    expect(displayCreditCode({ name: '张三', kind: 'person', creditCode: '91350100M000100Y43' })).toBeNull();
  });
});

describe('display periods around 2026-04-01', () => {
  it('applies the earlier rule to a decision of 2026-03-31 and the new one from 2026-04-01', () => {
    expect(displayRuleOn('2026-03-31').from).toBe('1900-01-01');
    expect(displayRuleOn('2026-04-01').from).toBe('2026-04-01');
  });

  it('minor: published under the earlier rule like a general record; normally not published from 2026-04-01, at most 3 months', () => {
    expect(displayPeriodFor('minor', '2026-03-31')).toMatchObject({ published: true, minEndsOn: '2026-06-30', endsOn: '2027-03-31' });
    expect(displayPeriodFor('minor', '2026-04-01')).toMatchObject({ published: false, minEndsOn: '2026-04-01', endsOn: '2026-07-01' });
  });

  it('general: at least 3 months, at most 1 year on both sides of the date', () => {
    expect(displayPeriodFor('general', '2026-03-31')).toMatchObject({ published: true, minEndsOn: '2026-06-30', endsOn: '2027-03-31' });
    expect(displayPeriodFor('general', '2026-04-01')).toMatchObject({ published: true, minEndsOn: '2026-07-01', endsOn: '2027-04-01' });
  });

  it('serious: at least 1 year, at most 3 years', () => {
    expect(displayPeriodFor('serious', '2026-04-01')).toMatchObject({ published: true, minEndsOn: '2027-04-01', endsOn: '2029-04-01' });
    expect(displayPeriodFor('serious', '2026-03-31')).toMatchObject({ minEndsOn: '2027-03-31', endsOn: '2029-03-31' });
  });

  it('clamps month ends (a decision of 11-30 ends on 02-28)', () => {
    expect(displayPeriodFor('general', '2026-11-30').minEndsOn).toBe('2027-02-28');
  });

  it('takes the rules as data: an admin-edited table is read the same way, in any order', () => {
    const rules: DisplayPeriodRule[] = [
      { from: '2020-01-01', basis: 'A', periods: { minor: { published: true, minMonths: 1, maxMonths: 2 }, general: { published: true, minMonths: 1, maxMonths: 2 }, serious: { published: true, minMonths: 1, maxMonths: 2 } } },
      { from: '2030-01-01', basis: 'B', periods: { minor: { published: false, minMonths: 0, maxMonths: 1 }, general: { published: true, minMonths: 6, maxMonths: 6 }, serious: { published: true, minMonths: 6, maxMonths: 6 } } },
    ];
    expect(displayPeriodFor('general', '2030-01-01', rules)).toMatchObject({ basis: 'B', endsOn: '2030-07-01' });
    expect(displayPeriodFor('general', '2029-12-31', rules)).toMatchObject({ basis: 'A', endsOn: '2030-02-28' });
    expect(codeOf(() => displayPeriodFor('general', '2019-12-31', rules))).toBe('DISPLAY_RULE_MISSING');
  });

  it('expires a record the day after its last day of display', () => {
    expect(displayExpired('2027-04-01', '2027-04-01')).toBe(false);
    expect(displayExpired('2027-04-01', '2027-04-02')).toBe(true);
    expect(displayExpired(null, '2099-01-01')).toBe(false);
  });

  it('allows early removal on credit repair only from the end of the minimum period', () => {
    expect(codeOf(() => assertEarlyRemovalAllowed('2026-07-01', '2026-06-30'))).toBe('DISCLOSURE_MINIMUM_NOT_REACHED');
    expect(codeOf(() => assertEarlyRemovalAllowed('2026-07-01', '2026-07-01'))).toBeUndefined();
  });
});

describe('disclosure steps', () => {
  it('publishes drafts, withdraws drafts and published records, and ends withdrawn, expired and removed ones for good', () => {
    expect(disclosureActionsOf('draft')).toEqual(['publish', 'withdraw']);
    expect(disclosureActionsOf('published')).toEqual(['withdraw', 'remove', 'expire']);
    expect(codeOf(() => assertDisclosureAction('withdrawn', 'publish'))).toBe('DISCLOSURE_STATE_INVALID');
    expect(codeOf(() => assertDisclosureAction('expired', 'withdraw'))).toBe('DISCLOSURE_STATE_INVALID');
    expect(codeOf(() => assertDisclosureAction('published', 'remove'))).toBeUndefined();
  });
});

describe('annual statistics', () => {
  it('counts decisions by kind and outcome, penalties by kind and amounts in 分', async () => {
    const { annualFiguresOf, penaltyKindsOf } = await import('./annual-statistics.ts');
    expect(penaltyKindsOf('警告，并处罚款5000元，没收违法所得1200元')).toEqual(['warning', 'fine', 'confiscate-illegal-gains']);
    expect(penaltyKindsOf('没收超过保质期的食品，没收违法所得60元，罚款8000元')).toEqual(['fine', 'confiscate-illegal-gains', 'confiscate-illegal-property']);
    const f = annualFiguresOf([
      { agencyId: 'a', kind: 'penalty', status: 'published', partyKind: 'organization', content: '罚款5000元', fineFen: 500_000, confiscationFen: null, onTime: true },
      { agencyId: 'a', kind: 'penalty', status: 'withdrawn', partyKind: 'person', content: '警告', fineFen: null, confiscationFen: null, onTime: false },
      { agencyId: 'a', kind: 'licence', status: 'draft', partyKind: 'organization', content: '准予许可', fineFen: null, confiscationFen: null, onTime: null },
    ]);
    expect(f).toMatchObject({ decisions: 3, published: 2, publishedOnTime: 1, withdrawn: 1 });
    expect(f.byKind).toEqual({ penalty: 2, licence: 1, coercion: 0, inspection: 0, other: 0 });
    expect(f.penalties).toMatchObject({ total: 2, persons: 1, organizations: 1, fineFen: 500_000, confiscationFen: 0 });
    expect(f.penalties.byPenaltyKind).toMatchObject({ fine: 1, warning: 1, 'confiscate-illegal-gains': 0 });
  });
});
