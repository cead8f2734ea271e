import { api } from '../../app/api/client.ts';
import type { CasesPage } from '../../app/api/types.ts';

export type CaseDateField = 'registered' | 'filed' | 'decided' | 'closed';
export type CaseDue = 'overdue' | 'soon' | 'by';

/** Everything the case list can be asked for; the address holds it (see case-query.ts). */
export type CaseListQuery = {
  page: number;
  pageSize: number;
  q?: string;
  status?: string[];
  mine?: boolean;
  officerId?: string;
  itemId?: string;
  party?: string;
  /** Which date the range applies to (登记 by default), YYYY-MM-DD in Beijing time. */
  dateField?: CaseDateField;
  from?: string;
  to?: string;
  due?: CaseDue;
  dueBy?: string;
};

export const caseListKey = (query: CaseListQuery) => ['cases', 'list', query] as const;

export const fetchCaseList = ({ mine, status, ...query }: CaseListQuery) =>
  api.get<CasesPage>('/cases', { ...query, status: status?.length ? status.join(',') : undefined, mine: mine === undefined ? undefined : String(mine) });
