import { describe, expect, it } from 'vitest';
import { mineSettingFor, paramsOf, queryOf, showsAgencyColumn } from './case-query.ts';

describe('case list query in the address', () => {
  it('reads filters, ignoring blanks and malformed dates', () => {
    const params = new URLSearchParams('q=%20鲜味%20&status=clue&from=2026-01-01&to=20260131&page=2&pageSize=50');
    expect(queryOf(params, {})).toEqual({ q: '鲜味', status: ['clue'], from: '2026-01-01', page: 2, pageSize: 50 });
  });

  it('falls back to the first page of 20 and caps the page size', () => {
    expect(queryOf(new URLSearchParams('page=0&pageSize=900'), {})).toEqual({ page: 1, pageSize: 200 });
  });

  it('applies the 我承办的 default unless the address says otherwise', () => {
    expect(queryOf(new URLSearchParams(''), { mineDefault: true }).mine).toBe(true);
    expect(queryOf(new URLSearchParams('mine=false'), { mineDefault: true }).mine).toBe(false);
    expect(queryOf(new URLSearchParams('mine=true'), { mineDefault: false }).mine).toBe(true);
    expect(queryOf(new URLSearchParams('mine=bogus'), { mineDefault: false }).mine).toBe(false);
  });

  it('sends no 我承办的 filter when the switch is not offered', () => {
    expect(queryOf(new URLSearchParams('mine=true'), {})).not.toHaveProperty('mine');
  });

  it('writes only what differs from the defaults', () => {
    expect(paramsOf({ page: 1, pageSize: 20, mine: true }, { mineDefault: true }).toString()).toBe('');
    expect(paramsOf({ page: 3, pageSize: 20, mine: false, q: '超市' }, { mineDefault: true }).toString()).toBe('q=%E8%B6%85%E5%B8%82&mine=false&page=3');
  });

  it('round-trips a query through the address', () => {
    const query = { page: 2, pageSize: 50, q: '案源', status: ['clue', 'filed'], from: '2026-03-01', to: '2026-03-31', mine: false };
    expect(queryOf(paramsOf(query, { mineDefault: true }), { mineDefault: true })).toEqual(query);
  });
});

describe('the case list filters in the address', () => {
  const officer = '0b7c2a4e-1d2f-4a5b-9c8d-1e2f3a4b5c6d';
  it('reads several statuses, officer, item, party, date field and due, dropping what is malformed', () => {
    const params = new URLSearchParams(`status=filed,%20decided,&officerId=${officer}&itemId=not-a-uuid&party=%E7%99%BE%E4%BD%B3&dateField=decided&from=2026-01-01&due=by&dueBy=2026-12-31`);
    expect(queryOf(params, {})).toEqual({ page: 1, pageSize: 20, status: ['filed', 'decided'], officerId: officer, party: '百佳', dateField: 'decided', from: '2026-01-01', due: 'by', dueBy: '2026-12-31' });
    // "due by" needs its date; an unknown date field or due kind is ignored.
    expect(queryOf(new URLSearchParams('due=by&dateField=someday'), {})).toEqual({ page: 1, pageSize: 20 });
    expect(queryOf(new URLSearchParams('due=soon&dueBy=2026-12-31'), {})).toEqual({ page: 1, pageSize: 20, due: 'soon' });
  });

  it('round-trips every filter', () => {
    const query = { page: 1, pageSize: 20, status: ['notified'], officerId: officer, party: '超市', dateField: 'filed' as const, to: '2026-06-30', due: 'overdue' as const };
    expect(queryOf(paramsOf(query, {}), {})).toEqual(query);
  });
});

describe('who gets which list', () => {
  it('offers the 我承办的 switch, on, only to officers who read more than their own cases', () => {
    expect(mineSettingFor(['officer'])).toEqual({});
    expect(mineSettingFor(['unit_head', 'officer'])).toEqual({ mineDefault: true });
    expect(mineSettingFor(['agency_head', 'officer'])).toEqual({ mineDefault: true });
    expect(mineSettingFor(['legal_reviewer'])).toEqual({});
    expect(mineSettingFor(['supervisor'])).toEqual({});
  });

  it('shows the 机关 column to supervisors and whenever a case of another agency is listed', () => {
    expect(showsAgencyColumn(['supervisor'], 'a', [])).toBe(true);
    expect(showsAgencyColumn(['officer'], 'a', ['a', 'a'])).toBe(false);
    expect(showsAgencyColumn(['agency_head'], 'a', ['a', 'b'])).toBe(true);
  });
});
