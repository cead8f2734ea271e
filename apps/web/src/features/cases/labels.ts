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

export const STATUS_COLORS: Record<string, string> = {
  clue: 'blue',
  'filing-requested': 'gold',
  filed: 'green',
  'not-filed': 'default',
  investigated: 'cyan',
  notified: 'gold',
  'hearing-requested': 'orange',
  'hearing-scheduled': 'orange',
  'hearing-held': 'orange',
  decided: 'purple',
  served: 'geekblue',
  reminded: 'volcano',
  'enforcement-applied': 'red',
  executed: 'green',
  closed: 'default',
  archived: 'default',
  dismissed: 'default',
  transferred: 'default',
};

export const PROCEDURE_LABELS: Record<string, string> = { general: '普通程序', simple: '简易程序' };

export const sourceLabel = (source: string) => SOURCE_LABELS[source as CaseSource] ?? source;
export const statusColor = (status: string) => STATUS_COLORS[status] ?? 'default';

/** Options of a select or radio group from a label table, in the table's order or the order given. */
export const choicesOf = (labels: Record<string, string>, keys: readonly string[] = Object.keys(labels)) => keys.map((value) => ({ value, label: labels[value] ?? value }));

/** 送达方式 (处罚法 第六十一条; 民事诉讼法 for the methods themselves). */
export const SERVICE_METHOD_LABELS: Record<string, string> = {
  'on-the-spot': '当场交付',
  direct: '直接送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  'left-at-address': '留置送达',
  announcement: '公告送达',
};

/** 先行登记保存处理决定 and the ways a 查封 / 扣押 ends. */
export const MEASURE_OUTCOME_LABELS: Record<string, string> = {
  released: '解除（退还）',
  returned: '退还',
  confiscated: '依法没收',
  transferred: '移送有关机关',
  'sealed-or-seized': '转为查封、扣押',
  tested: '送检验、检测',
};
