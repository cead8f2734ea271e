import type { ReviewSummary } from './api.ts';

export const STATUS_COLORS: Record<ReviewSummary['status'], string> = { submitted: 'gold', assigned: 'blue', returned: 'red', passed: 'green' };
export const DEADLINE_LABELS: Record<ReviewSummary['deadlineState'], { text: string; color: string }> = {
  open: { text: '期限内', color: 'default' },
  'due-soon': { text: '即将到期', color: 'orange' },
  overdue: { text: '已逾期', color: 'red' },
  met: { text: '按期办结', color: 'green' },
  late: { text: '逾期办结', color: 'volcano' },
};
export const PRECHECK_COLORS = { pass: 'green', warn: 'orange', fail: 'red', unknown: 'default' } as const;
export const PRECHECK_TEXT = { pass: '通过', warn: '请核对', fail: '不符合', unknown: '无法核对' } as const;
export const fenToYuan = (fen: number) => fen / 100;
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);
