import type { AuditFilter, AuditResult } from '../../app/api/types.ts';
import type { AuditQuery } from './api.ts';

const FILTER_KEYS = ['username', 'agencyId', 'action', 'objectType', 'objectId', 'result', 'from', 'to'] as const;
const RESULTS: readonly AuditResult[] = ['success', 'denied', 'not-found', 'failure'];

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The filter lives in the address (?username=…&from=…), so the list survives a reload and can be shared. */
export const filterOf = (params: URLSearchParams): AuditFilter => {
  const filter: AuditFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'result') {
      if ((RESULTS as readonly string[]).includes(value)) filter.result = value as AuditResult;
    } else {
      filter[key] = value;
    }
  }
  return filter;
};

export const queryOf = (params: URLSearchParams): AuditQuery => ({
  ...filterOf(params),
  page: positive(params.get('page'), 1),
  pageSize: Math.min(positive(params.get('pageSize'), 20), 200),
});

export const paramsOf = (query: Partial<AuditQuery>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
};
