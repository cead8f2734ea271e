import { describe, expect, it } from 'vitest';
import { allowedCaseActions } from './case-actions.ts';
import { filingCheck } from './filing.ts';

const today = '2026-11-20';

describe('filingCheck (处罚法 第三十六条、第四十二条)', () => {
  it('passes a recent act with two eligible officers', () => {
    expect(filingCheck({ occurredOn: '2026-11-18', aggravated: false, today, handlersEligible: 2 })).toEqual([]);
  });

  it('refuses once two years have passed, naming the day the period ended', () => {
    const [r] = filingCheck({ occurredOn: '2024-11-19', aggravated: false, today, handlersEligible: 2 });
    expect(r).toMatchObject({ code: 'LIMITATION_EXPIRED', message: expect.stringContaining('2026-11-19') });
    // The last day of the period itself is still within it.
    expect(filingCheck({ occurredOn: '2024-11-20', aggravated: false, today, handlersEligible: 2 })).toEqual([]);
  });

  it('gives five years where life, health or financial security was harmed', () => {
    expect(filingCheck({ occurredOn: '2022-01-10', aggravated: true, today, handlersEligible: 2 })).toEqual([]);
    const [r] = filingCheck({ occurredOn: '2021-11-19', aggravated: true, today, handlersEligible: 2 });
    expect(r).toMatchObject({ code: 'LIMITATION_EXPIRED', message: expect.stringContaining('2026-11-19') });
  });

  it('does not check the limitation period when the act date is unknown', () => {
    expect(filingCheck({ occurredOn: null, aggravated: false, today, handlersEligible: 2 })).toEqual([]);
  });

  it('refuses fewer than two eligible officers, and reports every reason at once', () => {
    expect(filingCheck({ occurredOn: null, aggravated: false, today, handlersEligible: 1 }).map((r) => r.code)).toEqual(['TOO_FEW_OFFICERS']);
    expect(filingCheck({ occurredOn: '2020-01-01', aggravated: false, today, handlersEligible: 0 }).map((r) => r.code)).toEqual(['LIMITATION_EXPIRED', 'TOO_FEW_OFFICERS']);
  });
});

describe('allowedCaseActions', () => {
  const none = { isLead: false, isHandler: false, isUnitHead: false, isAgencyHead: false };
  it('lets the lead request filing of a clue and the heads decide it', () => {
    expect(allowedCaseActions('clue', { ...none, isLead: true, isHandler: true })).toEqual(['request-filing']);
    expect(allowedCaseActions('clue', { ...none, isUnitHead: true })).toEqual([]);
    expect(allowedCaseActions('filing-requested', { ...none, isLead: true })).toEqual([]);
    expect(allowedCaseActions('filing-requested', { ...none, isUnitHead: true })).toEqual(['decide-filing']);
    expect(allowedCaseActions('filing-requested', { ...none, isAgencyHead: true })).toEqual(['decide-filing']);
  });
  it('opens the investigation to the handlers once filed, and a case not filed can only be archived', () => {
    const assistant = { ...none, isHandler: true };
    expect(allowedCaseActions('filed', assistant)).toEqual(['declare-no-conflict', 'record-inquiry', 'record-inspection', 'record-sampling', 'take-measure']);
    expect(allowedCaseActions('filed', { ...assistant, isLead: true })).toContain('conclude-investigation');
    expect(allowedCaseActions('not-filed', { ...none, isLead: true, isHandler: true })).toEqual([]);
    expect(allowedCaseActions('not-filed', { ...none, isUnitHead: true })).toEqual(['archive']);
  });
});
