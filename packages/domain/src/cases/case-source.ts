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

/** Where a case stands. The case file is a projection of its events; this is the projected status. */
export const CASE_STATUSES = ['clue', 'filing-requested', 'filed', 'not-filed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  clue: '案源登记',
  'filing-requested': '立案待审批',
  filed: '已立案',
  'not-filed': '不予立案',
};
