import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { daysLeftText, deadlineStateOf, draftSummary, owedOn, owedText } from './case-progress.ts';
import { eventDocuments, eventFields, fieldText } from './event-views.ts';
import { onTheSpotBodyOf, onTheSpotWarnings } from './on-the-spot.ts';

describe('where a case stands', () => {
  it('colours deadlines: met, late, overdue, due soon, open', () => {
    expect(deadlineStateOf({ dueOn: '2026-12-15', doneOn: '2026-12-15' }, '2026-12-20')).toBe('met');
    expect(deadlineStateOf({ dueOn: '2026-12-15', doneOn: '2026-12-18' }, '2026-12-20')).toBe('late');
    expect(deadlineStateOf({ dueOn: '2026-12-15', doneOn: null }, '2026-12-16')).toBe('overdue');
    // Due soon up to the third working day, as the server's calendar says (a weekend in between).
    expect(deadlineStateOf({ dueOn: '2026-11-25', doneOn: null }, '2026-11-21', '2026-11-25')).toBe('due-soon');
    expect(deadlineStateOf({ dueOn: '2026-11-26', doneOn: null }, '2026-11-21', '2026-11-25')).toBe('open');
    expect(daysLeftText('2026-12-15', '2026-12-18')).toBe('逾期 3 天');
    expect(daysLeftText('2026-12-15', '2026-12-15')).toBe('今天到期');
  });

  it('tells the officer what is owed today: the fine and 3% a day after the due date (第七十二条), less what was paid', () => {
    const state = { decision: { number: 'x', decidedOn: '2026-11-28', outcome: 'penalty' as const, fineFen: 500_000 }, payment: { dueOn: '2026-12-15', paidFen: 0, lateFeeFen: 0, settledOn: null } };
    expect(owedOn(state, '2026-12-15')).toMatchObject({ lateDays: 0, owedFen: 500_000 });
    expect(owedOn(state, '2026-12-18')).toMatchObject({ lateDays: 3, lateFeeFen: 45_000, owedFen: 545_000 });
    expect(owedText({ ...state, payment: { ...state.payment, paidFen: 500_000 } }, '2026-12-18')).toBe('截至今日应缴450元：罚款5,000元，加处罚款450元（逾期3日），已缴5,000元。');
    // 复议 from the 16th on: no late fee accrues meanwhile (第七十三条).
    expect(owedOn({ ...state, remedies: [{ kind: 'reconsideration', from: '2026-12-16', to: null }] }, '2026-12-18')).toMatchObject({ lateDays: 0 });
    expect(owedOn({ ...state, payment: { ...state.payment, settledOn: '2026-12-18' } }, '2026-12-20')).toBeNull();
  });

  it('summarises the draft with its penalties', () => {
    const draft = { outcome: 'penalty' as const, facts: '', evidenceSummary: '', violatedProvisions: '', penaltyBasis: '', penalties: [{ kind: 'warning' as const }, { kind: 'fine' as const, amountFen: 500_000 }], discretion: { level: 'normal' as const, reason: '' } };
    expect(draftSummary({ draft })).toBe('警告；罚款 5,000元');
    expect(draftSummary({ draft: { ...draft, outcome: 'no-penalty', noPenaltyReason: '首违不罚' } })).toBe('不予行政处罚（首违不罚）');
  });
});

describe('the record, readably', () => {
  it('labels recorded fields and shows dates, 分 and choices as people read them', () => {
    expect(fieldText('paidOn', '2026-12-18')).toBe('2026年12月18日');
    expect(fieldText('lateFeeFen', 45_000)).toBe('450元');
    expect(fieldText('method', 'left-at-address')).toBe('留置送达');
    expect(fieldText('settled', true)).toBe('是');
    expect(fieldText('items', [{ name: '花生油', quantity: '20公斤', note: null }, { name: '进货单', quantity: '3张', note: '复印件' }])).toBe('花生油 20公斤；进货单 3张 复印件');
    expect(fieldText('party', { name: '甲县百佳超市有限公司', kind: 'organization' })).toBe('甲县百佳超市有限公司');
    const fields = eventFields({ measureId: 'x', receiptNumber: 'PJ1', amountFen: 500_000, paidOn: '2026-12-18', documents: [] });
    expect(fields.map((f) => f.label)).toEqual(['缴款日期', '缴款金额', '票据号码']);
    expect(eventDocuments({ documents: [{ kind: 'penalty-decision', title: '行政处罚决定书', number: '甲县市监罚〔2026〕1号' }] })).toEqual([{ title: '行政处罚决定书', number: '甲县市监罚〔2026〕1号' }]);
  });
});

describe('简易程序 page', () => {
  const values = {
    partyId: 'p',
    title: ' 占道经营 ',
    place: '人民路',
    occurredAt: dayjs('2026-11-21T01:30:00Z'),
    facts: '占用人行道经营',
    violatedProvisions: '条例第十七条',
    penaltyBasis: '条例第三十六条',
    penaltyKind: 'fine' as const,
    amountYuan: 50,
    coOfficerAccountId: 'c',
    statementHeard: true,
    collectedOnTheSpot: true,
    receiptNumber: ' ZY-1 ',
  };

  it('sends the fine in 分 and the collection only when collected', () => {
    expect(onTheSpotBodyOf(values)).toMatchObject({ title: '占道经营', occurredAt: '2026-11-21T09:30:00+08:00', penalty: { kind: 'fine', amountFen: 5_000 }, collectedOnTheSpot: true, receiptNumber: 'ZY-1' });
    expect(onTheSpotBodyOf({ ...values, penaltyKind: 'warning' })).toMatchObject({ penalty: { kind: 'warning', amountFen: null }, collectedOnTheSpot: false, receiptNumber: null });
  });

  it('warns before submitting what 第五十一条 and 第六十八条 would refuse', () => {
    expect(onTheSpotWarnings('person', values)).toEqual([]);
    expect(onTheSpotWarnings('person', { ...values, amountYuan: 300 })[0]).toContain('200元');
    expect(onTheSpotWarnings('organization', { ...values, amountYuan: 3000, collectedOnTheSpot: false })).toEqual([]);
    expect(onTheSpotWarnings('organization', { ...values, amountYuan: 200 })[0]).toContain('第六十八条');
    expect(onTheSpotWarnings('organization', { ...values, amountYuan: 200, hardToCollectLater: true })).toEqual([]);
  });
});
