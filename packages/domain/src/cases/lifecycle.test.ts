import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-calendar.ts';
import { applicableCaseActions } from './case-actions.ts';
import { NATIONAL_CASE_RULES } from './case-rules.ts';
import { missingDocuments } from './case-documents.ts';
import { collectiveDiscussionRequired, type DecisionGateInput, decisionRefusals } from './decision-gates.ts';
import { type CaseDraft, heavierThan, penaltyText } from './draft-decision.ts';
import { hearingPlanRefusals, hearingRightReasons } from './hearing.ts';
import { investigativeActRefusals } from './investigation.ts';
import { measureDueOn, measureExtensionRefusal } from './measures.ts';
import { onTheSpotCollectionRefusal, simpleProcedureRefusals } from './simple-procedure.ts';

// A National Day holiday 10-01..10-07 with make-up workdays on Sunday 09-27 and Saturday 10-10.
const calendar = buildCalendar(
  [2026, 2027],
  [
    ...['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({ date, kind: 'holiday' as const, name: '国庆节' })),
    { date: '2026-09-27', kind: 'makeup-workday', name: '国庆节调休' },
    { date: '2026-10-10', kind: 'makeup-workday', name: '国庆节调休' },
  ],
);

const draft = (penalties: CaseDraft['penalties'], extra: Partial<CaseDraft> = {}): CaseDraft => ({
  outcome: 'penalty',
  facts: '事实',
  evidenceSummary: '证据',
  violatedProvisions: '条款',
  penaltyBasis: '依据',
  penalties,
  discretion: { level: 'normal', reason: '一般' },
  ...extra,
});
const fine = (yuan: number) => ({ kind: 'fine' as const, amountFen: yuan * 100 });

describe('处罚法 第四十五条: defence never raises the penalty', () => {
  it('finds a raised amount, an added kind and a penalty where none was notified', () => {
    expect(heavierThan(draft([fine(4000)]), draft([fine(5000)]))).toEqual([]);
    expect(heavierThan(draft([fine(6000)]), draft([fine(5000)]))).toEqual(['罚款由5,000元提高到6,000元']);
    expect(heavierThan(draft([fine(5000), { kind: 'warning' }]), draft([fine(5000)]))).toEqual(['增加了告知时没有的处罚种类“警告”']);
    expect(heavierThan(draft([{ kind: 'warning' }]), draft([], { outcome: 'no-penalty' }))).toHaveLength(1);
    expect(heavierThan(draft([], { outcome: 'no-penalty' }), draft([fine(100)]))).toEqual([]);
  });
  it('prints penalties as documents do', () => {
    expect(penaltyText(draft([{ kind: 'warning' }, fine(3000)]))).toBe('警告；罚款人民币3,000元');
  });
});

describe('hearing (第六十三、六十四条)', () => {
  it('gives the right from the configurable amounts by party type and for the listed kinds', () => {
    expect(hearingRightReasons(draft([fine(9_999)]), 'person', NATIONAL_CASE_RULES)).toEqual([]);
    expect(hearingRightReasons(draft([fine(10_000)]), 'person', NATIONAL_CASE_RULES)).toHaveLength(1);
    expect(hearingRightReasons(draft([fine(10_000)]), 'organization', NATIONAL_CASE_RULES)).toEqual([]);
    expect(hearingRightReasons(draft([{ kind: 'revoke-licence' }]), 'organization', NATIONAL_CASE_RULES)).toHaveLength(1);
    const local = { ...NATIONAL_CASE_RULES, hearingFineFen: { person: 500_000, organization: 5_000_000 } };
    expect(hearingRightReasons(draft([fine(5_000)]), 'person', local)).toHaveLength(1);
  });
  it('wants the notice 7 working days ahead, counted over the National Day holiday, and a chair who did not investigate', () => {
    // A hearing on 2026-10-13 (Tue): seven full working days before it are 09-28..09-30, 10-08, 10-09, Saturday 10-10
    // and 10-12, so the notice is served by Sunday 09-27 (a make-up workday) at the latest.
    const plan = { hearingOn: '2026-10-13', chairAccountId: 'c', handlerAccountIds: ['a', 'b'] };
    expect(hearingPlanRefusals(calendar, { ...plan, noticeServedOn: '2026-09-27' })).toEqual([]);
    expect(hearingPlanRefusals(calendar, { ...plan, noticeServedOn: '2026-09-28' }).map((r) => r.code)).toEqual(['HEARING_NOTICE_TOO_LATE']);
    expect(hearingPlanRefusals(calendar, { ...plan, noticeServedOn: '2026-09-27', chairAccountId: 'a' }).map((r) => r.code)).toEqual(['HEARING_CHAIR_IS_INVESTIGATOR']);
  });
});

describe('decision gates', () => {
  const open: DecisionGateInput = {
    outcome: 'penalty',
    today: '2026-11-25',
    notice: { servedOn: '2026-11-20', statementDueOn: '2026-11-27', hearingRequestDueOn: '2026-11-27' },
    waived: { statement: false, hearing: false },
    hearing: 'none',
    heavierThanNotified: [],
    review: { required: false, passed: false, reasons: [] },
    collective: { required: false, held: false },
    decisionDueOn: '2027-02-18',
  };
  const codes = (g: DecisionGateInput) => decisionRefusals(g).map((r) => r.code);
  it('waits for the statement and hearing windows unless waived in writing', () => {
    expect(codes(open)).toEqual(['STATEMENT_PERIOD_OPEN', 'HEARING_REQUEST_PERIOD_OPEN']);
    expect(codes({ ...open, today: '2026-11-27' })).toEqual(['STATEMENT_PERIOD_OPEN', 'HEARING_REQUEST_PERIOD_OPEN']);
    expect(codes({ ...open, today: '2026-11-28' })).toEqual([]);
    expect(codes({ ...open, waived: { statement: true, hearing: true } })).toEqual([]);
    expect(codes({ ...open, today: '2026-11-30', hearing: 'scheduled' })).toEqual(['HEARING_NOT_HELD']);
  });
  it('refuses without notice, when heavier, without a required review or discussion, and past the period', () => {
    const later = { ...open, today: '2026-12-01' };
    expect(codes({ ...later, notice: null })).toEqual(['NOTICE_NOT_SERVED']);
    expect(codes({ ...later, outcome: 'no-penalty', notice: null })).toEqual([]);
    expect(codes({ ...later, heavierThanNotified: ['x'] })).toEqual(['PENALTY_HEAVIER_THAN_NOTIFIED']);
    expect(codes({ ...later, review: { required: true, passed: false, reasons: ['罚款达到审核标准'] } })).toEqual(['REVIEW_REQUIRED']);
    expect(codes({ ...later, review: { required: true, passed: true, reasons: [] } })).toEqual([]);
    expect(codes({ ...later, collective: { required: true, held: false } })).toEqual(['COLLECTIVE_DISCUSSION_REQUIRED']);
    expect(codes({ ...later, today: '2027-02-19' })).toEqual(['DECISION_PERIOD_EXPIRED']);
  });
  it('asks for collective discussion for complex cases and the gravest kinds', () => {
    expect(collectiveDiscussionRequired(draft([fine(500_000)]))).toBe(false);
    expect(collectiveDiscussionRequired(draft([{ kind: 'order-suspension' }]))).toBe(true);
    expect(collectiveDiscussionRequired(draft([fine(10)], { complexOrSeveralRelations: true }))).toBe(true);
  });
});

describe('investigative acts, measures and the simple procedure', () => {
  const p = (id: string, over: object = {}) => ({ accountId: id, name: id, eligible: true, isHandler: true, declaredNoConflict: true, ...over });
  it('needs two eligible handlers who declared no conflict (第四十二、四十三条)', () => {
    expect(investigativeActRefusals([p('a'), p('b')])).toEqual([]);
    expect(investigativeActRefusals([p('a'), p('b', { eligible: false })]).map((r) => r.code)).toEqual(['TOO_FEW_OFFICERS', 'CERTIFICATE_INVALID']);
    expect(investigativeActRefusals([p('a'), p('b', { declaredNoConflict: false })]).map((r) => r.code)).toEqual(['RECUSAL_NOT_DECLARED']);
  });
  it('ends 先行登记保存 in 7 working days and seizures in 30 (+30 once) days with testing time excluded', () => {
    // 09-30, 10-08, 10-09, Saturday 10-10, 10-12, 10-13, 10-14.
    expect(measureDueOn(calendar, { kind: 'preservation', startedOn: '2026-09-29', extended: false, testingDays: 0 })).toBe('2026-10-14');
    expect(measureDueOn(calendar, { kind: 'seize', startedOn: '2026-11-20', extended: false, testingDays: 0 })).toBe('2026-12-21');
    const m = { kind: 'seize' as const, startedOn: '2026-11-20', extended: true, testingDays: 0, released: false };
    expect(measureExtensionRefusal(m, '2026-11-25', '2027-01-19')?.code).toBe('MEASURE_ALREADY_EXTENDED');
    expect(measureExtensionRefusal({ ...m, extended: false }, '2026-12-22', '2026-12-21')?.code).toBe('MEASURE_EXPIRED');
  });
  it('keeps 当场处罚 to warnings and fines up to 200 / 3,000 元, collected on the spot up to 100 元', () => {
    expect(simpleProcedureRefusals('person', fine(200))).toEqual([]);
    expect(simpleProcedureRefusals('person', fine(201))[0].code).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED');
    expect(simpleProcedureRefusals('organization', fine(3000))).toEqual([]);
    expect(simpleProcedureRefusals('organization', { kind: 'revoke-licence' })[0].code).toBe('SIMPLE_PROCEDURE_NOT_ALLOWED');
    expect(onTheSpotCollectionRefusal(10_000, false)).toBeNull();
    expect(onTheSpotCollectionRefusal(10_001, false)?.code).toBe('ON_THE_SPOT_COLLECTION_NOT_ALLOWED');
    expect(onTheSpotCollectionRefusal(10_001, true)).toBeNull();
  });
});

describe('the file each ending needs', () => {
  const none = { hearingHeld: false, collectiveHeld: false, reminderServed: false, enforcementApplied: false, measuresTaken: false };
  it('lists what is missing for a penalty, more after a hearing', () => {
    const have = new Set(['filing-approval', 'investigation-report', 'prior-notice', 'decision-approval', 'penalty-decision', 'service-receipt']);
    expect(missingDocuments('penalty', none, have)).toEqual(['closure-report']);
    expect(missingDocuments('penalty', { ...none, hearingHeld: true }, have)).toEqual(['hearing-notice', 'hearing-record', 'closure-report']);
    expect(missingDocuments('dismissed', none, new Set(['filing-approval']))).toEqual(['dismissal-approval']);
  });
});

describe('applicableCaseActions', () => {
  it('offers only acts the state leaves something to do for', () => {
    const acts = ['declare-no-conflict', 'end-measure', 'extend-measure', 'record-payment', 'record-inspection'] as const;
    expect(applicableCaseActions(acts, { recusals: ['me'], measures: [{ kind: 'seize', endedOn: '2026-11-30', extended: false }] }, 'me')).toEqual(['record-inspection']);
    expect(applicableCaseActions(acts, { measures: [{ kind: 'preservation', endedOn: null, extended: false }], payment: { settledOn: null } }, 'me')).toEqual(['declare-no-conflict', 'end-measure', 'record-payment', 'record-inspection']);
  });
});
