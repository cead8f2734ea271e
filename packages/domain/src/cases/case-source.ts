/** 案件来源 (处罚法 第五十四条: clues from inspection, complaints, reports, transfers, referrals). */
export const CASE_SOURCES = ['inspection', 'complaint', 'report', 'transfer', 'referral', 'other'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  inspection: '监督检查发现',
  complaint: '投诉',
  report: '举报',
  transfer: '其他机关移送',
  referral: '上级交办',
  other: '其他途径',
};

/**
 * Where a case stands. The case file is a projection of its events; this is the projected status. The order is the
 * order of the general procedure (一般程序); the endings (不予立案, 撤销立案, 移送, 归档) close it.
 */
export const CASE_STATUSES = [
  'clue',
  'filing-requested',
  'not-filed',
  'filed',
  'investigated',
  'notified',
  'hearing-requested',
  'hearing-scheduled',
  'hearing-held',
  'decided',
  'served',
  'reminded',
  'enforcement-applied',
  'executed',
  'closed',
  'archived',
  'dismissed',
  'transferred',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  clue: '案源登记',
  'filing-requested': '立案待审批',
  'not-filed': '不予立案',
  filed: '已立案（调查取证）',
  investigated: '调查终结',
  notified: '已告知（陈述申辩期）',
  'hearing-requested': '已申请听证',
  'hearing-scheduled': '听证已通知',
  'hearing-held': '听证已举行',
  decided: '已作出决定',
  served: '决定已送达（履行期）',
  reminded: '已催告',
  'enforcement-applied': '已申请强制执行',
  executed: '已履行',
  closed: '已结案',
  archived: '已归档',
  dismissed: '已撤销立案',
  transferred: '已移送',
};

/** Statuses in which the case is being handled (立案后、决定前): investigative acts and measures are allowed. */
export const INVESTIGATING_STATUSES = ['filed', 'investigated', 'notified', 'hearing-requested', 'hearing-scheduled', 'hearing-held'] as const satisfies readonly CaseStatus[];
/** After the decision, until closure: service, payment, remedies, enforcement. */
export const EXECUTION_STATUSES = ['decided', 'served', 'reminded', 'enforcement-applied', 'executed'] as const satisfies readonly CaseStatus[];
/** Statuses a case may be archived from (one per way a case ends). */
export const ENDED_STATUSES = ['not-filed', 'closed', 'dismissed', 'transferred'] as const satisfies readonly CaseStatus[];
