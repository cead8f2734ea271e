import type { CaseDateField, CaseDue, CaseListQuery as CasesListQuery } from './case-list-api.ts';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_PAGE_SIZE = 20;

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

const text = (value: string | null) => value?.trim().slice(0, 64) || undefined;
const date = (value: string | null) => (value && PLAIN_DATE.test(value) ? value : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string | null) => (value && UUID.test(value) ? value : undefined);
const DATE_FIELDS: readonly CaseDateField[] = ['registered', 'filed', 'decided', 'closed'];
const DUES: readonly CaseDue[] = ['overdue', 'soon', 'by'];
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]) => (allowed.includes(value as T) ? (value as T) : undefined);

/**
 * `mineDefault` is undefined when the 我承办的 switch is not offered (an officer sees only cases they handle
 * anyway; a supervisor handles none), otherwise the switch's position when the address does not say.
 */
export type MineSetting = { mineDefault?: boolean };

/** The list's filters live in the address (?q=…&from=…&mine=false), so a reload or a shared link shows the same list. */
export const queryOf = (params: URLSearchParams, { mineDefault }: MineSetting): CasesListQuery => {
  const query: CasesListQuery = {
    page: positive(params.get('page'), 1),
    pageSize: Math.min(positive(params.get('pageSize'), DEFAULT_PAGE_SIZE), 200),
  };
  const q = text(params.get('q'));
  const status = (params.get('status') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 30);
  const from = date(params.get('from'));
  const to = date(params.get('to'));
  if (q) query.q = q;
  if (status.length) query.status = status;
  if (from) query.from = from;
  if (to) query.to = to;
  const officerId = id(params.get('officerId'));
  const itemId = id(params.get('itemId'));
  const party = text(params.get('party'));
  const dateField = oneOf(params.get('dateField'), DATE_FIELDS);
  const due = oneOf(params.get('due'), DUES);
  const dueBy = date(params.get('dueBy'));
  if (officerId) query.officerId = officerId;
  if (itemId) query.itemId = itemId;
  if (party) query.party = party;
  if (dateField && dateField !== 'registered') query.dateField = dateField;
  if (due && (due !== 'by' || dueBy)) query.due = due;
  if (due === 'by' && dueBy) query.dueBy = dueBy;
  if (mineDefault !== undefined) {
    const mine = params.get('mine');
    query.mine = mine === 'true' ? true : mine === 'false' ? false : mineDefault;
  }
  return query;
};

/** The address for a query: only what differs from the defaults, so the plain list has a plain address. */
export const paramsOf = (query: CasesListQuery, { mineDefault }: MineSetting) => {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status?.length) params.set('status', query.status.join(','));
  if (query.officerId) params.set('officerId', query.officerId);
  if (query.itemId) params.set('itemId', query.itemId);
  if (query.party) params.set('party', query.party);
  if (query.dateField && query.dateField !== 'registered') params.set('dateField', query.dateField);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.due) params.set('due', query.due);
  if (query.due === 'by' && query.dueBy) params.set('dueBy', query.dueBy);
  if (mineDefault !== undefined && query.mine !== undefined && query.mine !== mineDefault) params.set('mine', String(query.mine));
  if (query.page > 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
};

const BROADER_READERS = ['unit_head', 'legal_reviewer', 'agency_head', 'supervisor'] as const;

/**
 * The 我承办的 switch means something only to someone who both handles cases (officer) and reads more than
 * their own (unit head, reviewer, head): for them it starts on. An officer alone reads only their own cases,
 * and a supervisor handles none, so neither is offered the switch.
 */
export const mineSettingFor = (roles: readonly string[]): MineSetting =>
  roles.includes('officer') && BROADER_READERS.some((role) => roles.includes(role)) ? { mineDefault: true } : {};

/** The 机关 column is noise when every case is the user's own agency's; a supervisor's list spans agencies. */
export const showsAgencyColumn = (roles: readonly string[], ownAgencyId: string, agencyIds: readonly string[]) =>
  roles.includes('supervisor') || agencyIds.some((id) => id !== ownAgencyId);
