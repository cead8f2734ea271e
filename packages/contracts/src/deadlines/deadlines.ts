import { z } from 'zod';
import { uuid } from '../common.ts';

export const deadlineItem = z.object({
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  clueNumber: z.string(),
  caseTitle: z.string(),
  caseStatus: z.string(),
  key: z.string(),
  ref: z.string(),
  label: z.string(),
  basis: z.string(),
  startedOn: z.string(),
  dueOn: z.string(),
  state: z.enum(['open', 'due-soon', 'overdue']),
  /** Calendar days from today to the due date; negative when overdue. */
  daysLeft: z.number().int(),
  unitName: z.string().nullable(),
  leadName: z.string().nullable(),
  myRole: z.enum(['lead', 'assistant']).nullable(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;

const counts = { overdue: z.number().int(), dueSoon: z.number().int(), upcoming: z.number().int() };

/** 我的期限: every running deadline of the cases the actor handles. */
export const myDeadlinesResponse = z.object({
  today: z.string(),
  soonUntil: z.string().describe('临期截止日：今天起第3个工作日'),
  counts: z.object(counts),
  overdue: z.array(deadlineItem),
  dueSoon: z.array(deadlineItem),
  upcoming: z.array(deadlineItem),
});
export type MyDeadlines = z.infer<typeof myDeadlinesResponse>;

export const agencyDeadlinesQuery = z.object({ unitId: uuid.optional() });
export const deadlineGroup = z.object({
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  officerAccountId: z.string().nullable(),
  officerName: z.string().nullable(),
  ...counts,
});
/** 本机关期限: by internal unit and lead officer, with the overdue and due-soon deadlines listed. */
export const agencyDeadlinesResponse = z.object({
  today: z.string(),
  soonUntil: z.string(),
  scope: z.enum(['agency', 'unit']),
  agencyName: z.string(),
  unitName: z.string().nullable(),
  counts: z.object(counts),
  groups: z.array(deadlineGroup),
  attention: z.array(deadlineItem).describe('已逾期与临期的期限，最早到期的在前'),
});
export type AgencyDeadlines = z.infer<typeof agencyDeadlinesResponse>;

export const agencyDeadlineRow = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  ...counts,
  oldestOverdueOn: z.string().nullable(),
  overdueCases: z.number().int(),
});
/** 执法监督: overdue and due-soon counts per agency of the supervisor's jurisdiction. */
export const supervisionDeadlinesResponse = z.object({
  today: z.string(),
  soonUntil: z.string(),
  counts: z.object(counts),
  agencies: z.array(agencyDeadlineRow),
});
export type SupervisionDeadlines = z.infer<typeof supervisionDeadlinesResponse>;

export const runRemindersResponse = z.object({
  today: z.string(),
  written: z.number().int().describe('本次新写入的提醒数（已提醒过的不重复）'),
  sources: z.array(z.object({ source: z.string(), written: z.number().int() })),
});
