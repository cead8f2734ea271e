import { api } from '../../app/api/client.ts';
import type { CaseDetail, CasesPage, DecideFilingBody, HandlerOption, PartyOption, RegisterClueBody, RequestFilingBody } from '../../app/api/types.ts';
import type { onTheSpotBody } from '@sanxiang/contracts';

/** 简易程序 request body, from the shared contract (types only: no zod reaches the bundle). */
export type OnTheSpotBody = (typeof onTheSpotBody)['_zod']['output'];

export type CasesListQuery = {
  page: number;
  pageSize: number;
  q?: string;
  status?: string;
  mine?: boolean;
  /** Registration date range, YYYY-MM-DD (北京时间). */
  from?: string;
  to?: string;
};

export const caseKeys = {
  all: ['cases'] as const,
  list: (query: CasesListQuery) => ['cases', 'list', query] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  events: (id: string) => ['cases', 'events', id] as const,
  handlerOptions: ['cases', 'options', 'handlers'] as const,
  partyOptions: ['cases', 'options', 'parties'] as const,
};

export const fetchCases = ({ mine, ...query }: CasesListQuery) =>
  api.get<CasesPage>('/cases', { ...query, mine: mine === undefined ? undefined : String(mine) });
export const fetchCase = (id: string) => api.get<CaseDetail>(`/cases/${encodeURIComponent(id)}`);
/** The whole 全过程记录 of a case (its detail carries the newest 50). */
export const fetchCaseEvents = (id: string) => api.get<{ items: CaseDetail['events'] }>(`/cases/${encodeURIComponent(id)}/events`);
export const registerClue = (body: RegisterClueBody) => api.post<CaseDetail>('/cases', body);
export const requestFiling = (id: string, body: RequestFilingBody) => api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/filing-request`, body);
export const decideFiling = (id: string, body: DecideFilingBody) => api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/filing-decision`, body);
/** Any act on a case: `acts/<act>` or the filing addresses; every act answers the whole case as it now stands. */
export const postAct = (id: string, path: string, body: unknown) => api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/${path}`, body);
/** 简易程序: one request decides on the spot and answers the new case with its numbered decision. */
export const decideOnTheSpot = (body: OnTheSpotBody) => api.post<CaseDetail>('/cases/on-the-spot', body);
export const fetchHandlerOptions = () => api.get<{ items: HandlerOption[] }>('/cases/options/handlers');
export const fetchPartyOptions = () => api.get<{ items: PartyOption[] }>('/cases/options/parties');

/** A case of another agency answers exactly like a case that does not exist (the server makes sure of it). */
export const CASE_NOT_FOUND = 'CASE_NOT_FOUND';
