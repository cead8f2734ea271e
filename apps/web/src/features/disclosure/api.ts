import type * as C from '@sanxiang/contracts';
import { api } from '../../app/api/client.ts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;

export type DisclosureItem = C.DisclosureRecordItem;
export type DisclosureDetail = C.DisclosureRecordDetail;
export type DisclosurePage = Output<typeof C.disclosuresResponse>;
export type DeadlineItem = C.DisclosureDeadlineItem;
export type Deadlines = Output<typeof C.disclosureDeadlinesResponse>;
export type Supervision = Output<typeof C.supervisionResponse>;
export type StatisticsSnapshot = Output<typeof C.statisticsSnapshotItem>;

export type DisclosureQuery = { page: number; pageSize: number; status?: string; q?: string };

export const disclosureKeys = {
  all: ['disclosure'] as const,
  list: (q: DisclosureQuery) => ['disclosure', 'list', q] as const,
  detail: (id: string) => ['disclosure', 'detail', id] as const,
  deadlines: ['disclosure', 'deadlines'] as const,
  supervision: ['disclosure', 'supervision'] as const,
  statistics: ['disclosure', 'statistics'] as const,
  settings: ['disclosure', 'settings'] as const,
};

const path = (id: string) => `/disclosure/records/${encodeURIComponent(id)}`;
export const fetchDisclosures = (q: DisclosureQuery) => api.get<DisclosurePage>('/disclosure/records', q);
export const fetchDisclosure = (id: string) => api.get<DisclosureDetail>(path(id));
export const publishDisclosure = (id: string) => api.post<DisclosureDetail>(`${path(id)}/publish`);
export const withdrawDisclosure = (id: string, reason: string) => api.post<DisclosureDetail>(`${path(id)}/withdraw`, { reason });
export const removeDisclosure = (id: string, reason: string) => api.post<DisclosureDetail>(`${path(id)}/remove`, { reason });
export const fetchDeadlines = () => api.get<Deadlines>('/disclosure/deadlines');
export const fetchSupervision = () => api.get<Supervision>('/disclosure/supervision');
export const fetchStatistics = () => api.get<{ items: StatisticsSnapshot[] }>('/disclosure/statistics');
export const publishStatistics = (year: number) => api.post<StatisticsSnapshot>(`/disclosure/statistics/${year}`);
export type DisclosureSettings = Output<typeof C.disclosureSettings>;
export const fetchSettings = () => api.get<DisclosureSettings>('/disclosure/settings');
export const saveSettings = (body: DisclosureSettings) => api.put<DisclosureSettings>('/disclosure/settings', body);

export const STATUS_COLORS: Record<string, string> = { draft: 'gold', approved: 'blue', published: 'green', withdrawn: 'red', expired: 'default', removed: 'default' };
export const DEADLINE_TAGS: Record<string, { color: string; label: string } | undefined> = {
  'due-soon': { color: 'orange', label: '即将到期' },
  overdue: { color: 'red', label: '已逾期' },
  late: { color: 'volcano', label: '逾期发布' },
  met: { color: 'green', label: '按时发布' },
};
