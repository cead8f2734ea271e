import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseHandler } from '../../app/api/types.ts';
import { clueRegisteredView, correctedSeq, filedView, filingRequestedView, leadFirst, partyCode, partySearchText, payloadEntries, valueText } from './case-format.ts';

const handlers: CaseHandler[] = [
  { accountId: 'b-2', name: '孙丽', role: 'assistant' },
  { accountId: 'a-1', name: '徐涛', role: 'lead' },
];

const event = (over: Partial<CaseEvent>): CaseEvent => ({
  id: 1,
  seq: 1,
  type: 'clue-registered',
  typeLabel: '案源登记',
  at: '2026-03-02T01:00:00.000Z',
  actorName: '徐涛',
  place: null,
  payload: {},
  correctsEventId: null,
  ...over,
});

describe('case formatting', () => {
  it('puts the lead handler first', () => {
    expect(leadFirst(handlers).map((h) => h.name)).toEqual(['徐涛', '孙丽']);
  });

  it('identifies a party by credit code or masked ID number', () => {
    const org = { id: '1', name: '甲县百佳超市有限公司', kind: 'organization' as const, creditCode: '91370121MA7000002X', idNumberMasked: null };
    const person = { id: '2', name: '刘大山', kind: 'person' as const, creditCode: null, idNumberMasked: '370121********1011' };
    expect(partyCode(org)).toBe('91370121MA7000002X');
    expect(partyCode(person)).toBe('370121********1011');
    expect(partySearchText(org)).toContain('91370121ma7000002x');
  });

  it('renders any payload value as text', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText('')).toBe('—');
    expect(valueText(3)).toBe('3');
    expect(valueText(['a', 'b'])).toBe('a、b');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(payloadEntries({ amount: 500, note: null })).toEqual([
      { key: 'amount', text: '500' },
      { key: 'note', text: '—' },
    ]);
  });

  it('reads a clue registration with handler names, lead first as recorded', () => {
    const view = clueRegisteredView(
      { source: 'complaint', sourceLabel: '投诉', sourceDetail: null, description: '后厨使用过期调味料', occurredOn: '2026-02-28', handlers: ['a-1', 'b-2', 'c-3'] },
      handlers,
    );
    expect(view).toEqual({
      sourceLabel: '投诉',
      sourceDetail: null,
      description: '后厨使用过期调味料',
      occurredOn: '2026-02-28',
      handlers: [
        { key: 'a-1', name: '徐涛', role: 'lead' },
        { key: 'b-2', name: '孙丽', role: 'assistant' },
        { key: 'c-3', name: '账户 c-3', role: 'assistant' },
      ],
    });
  });

  it('falls back to the source code label and tolerates a malformed payload', () => {
    expect(clueRegisteredView({ source: 'report', handlers: 'x' }, handlers)).toMatchObject({ sourceLabel: '举报', handlers: [] });
  });

  it('finds the sequence number of the event a correction names', () => {
    const events = [event({ id: 10, seq: 1 }), event({ id: 11, seq: 2, correctsEventId: 10 })];
    expect(correctedSeq(events[1], events)).toBe(1);
    expect(correctedSeq(events[0], events)).toBeNull();
  });
});

describe('filing event views', () => {
  it('reads 申请立案 and 立案 payloads defensively', () => {
    expect(filingRequestedView({ reason: '理由', aggravated: true, limitationEndsOn: '2031-11-18' })).toEqual({ reason: '理由', aggravated: true, limitationEndsOn: '2031-11-18' });
    expect(filingRequestedView({})).toEqual({ reason: null, aggravated: false, limitationEndsOn: null });
    expect(filedView({ caseNumber: '甲县市监立〔2026〕1号', decisionDueOn: '2027-02-18', filedOn: 5 })).toMatchObject({ caseNumber: '甲县市监立〔2026〕1号', decisionDueOn: '2027-02-18', filedOn: null });
  });
});
