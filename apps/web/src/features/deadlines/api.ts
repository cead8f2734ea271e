import type * as C from '@sanxiang/contracts';
import { api } from '../../app/api/client.ts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;

export type DeadlineItem = Output<typeof C.deadlineItem>;
export type MyDeadlines = Output<typeof C.myDeadlinesResponse>;
export type AgencyDeadlines = Output<typeof C.agencyDeadlinesResponse>;
export type SupervisionDeadlines = Output<typeof C.supervisionDeadlinesResponse>;

export const deadlineKeys = {
  mine: ['deadlines', 'mine'] as const,
  agency: ['deadlines', 'agency'] as const,
  supervision: ['deadlines', 'supervision'] as const,
};

export const fetchMyDeadlines = () => api.get<MyDeadlines>('/deadlines/mine');
export const fetchAgencyDeadlines = () => api.get<AgencyDeadlines>('/deadlines/agency');
export const fetchSupervisionDeadlines = () => api.get<SupervisionDeadlines>('/deadlines/supervision');
