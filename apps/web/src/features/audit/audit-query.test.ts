import { describe, expect, it } from 'vitest';
import { filterOf, paramsOf, queryOf } from './audit-query.ts';

describe('audit query in the address', () => {
  it('reads filters, page and page size, ignoring blanks and unknown results', () => {
    const params = new URLSearchParams('username=%20sysadmin%20&action=&result=bogus&from=2026-11-21T08:00:00.000%2B08:00&page=3&pageSize=50');
    expect(queryOf(params)).toEqual({ username: 'sysadmin', from: '2026-11-21T08:00:00.000+08:00', page: 3, pageSize: 50 });
  });

  it('falls back to the first page of 20 and caps the page size', () => {
    expect(queryOf(new URLSearchParams('page=-1&pageSize=5000'))).toEqual({ page: 1, pageSize: 200 });
  });

  it('writes only the values that are set', () => {
    expect(paramsOf({ result: 'denied', username: undefined, objectId: '' }).toString()).toBe('result=denied');
    expect(filterOf(paramsOf({ result: 'denied' }))).toEqual({ result: 'denied' });
  });
});
