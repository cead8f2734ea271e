import { CASE_SOURCE_LABELS, CASE_STATUS_LABELS } from '@sanxiang/domain/cases/case-source';
import type { CaseSource } from '../../app/api/types.ts';

/** 案件来源, from the domain core the server labels them with. */
export const SOURCE_LABELS: Record<CaseSource, string> = CASE_SOURCE_LABELS;

/** What 来源说明 should say for each source, as a hint in the form. */
export const SOURCE_DETAIL_HINTS: Record<CaseSource, string> = {
  inspection: '如检查任务名称、检查日期',
  complaint: '如投诉渠道、投诉登记号（投诉人信息按规定保密）',
  report: '如举报渠道、举报登记号（举报人信息按规定保密）',
  transfer: '如移送机关名称及移送函文号',
  referral: '如交办机关及交办文号',
  other: '说明线索来源',
};

/** The statuses a case can be in today; the server also sends its own label with every case. */
export const STATUS_LABELS: Record<string, string> = CASE_STATUS_LABELS;

export const STATUS_COLORS: Record<string, string> = { clue: 'blue', 'filing-requested': 'gold', filed: 'green', 'not-filed': 'default' };

export const PROCEDURE_LABELS: Record<string, string> = { general: '普通程序', simple: '简易程序' };

export const sourceLabel = (source: string) => SOURCE_LABELS[source as CaseSource] ?? source;
export const statusColor = (status: string) => STATUS_COLORS[status] ?? 'default';
