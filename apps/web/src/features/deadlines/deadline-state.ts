/** The colours of a deadline's state, the same on every page (list, case, deadline views, home). */
export const DEADLINE_STATE_LABELS: Record<string, string> = {
  overdue: '已逾期',
  'due-soon': '临期',
  open: '进行中',
  met: '已按期完成',
  late: '逾期完成',
};
export const DEADLINE_STATE_COLORS: Record<string, string> = { overdue: 'red', 'due-soon': 'orange', open: 'blue', met: 'green', late: 'volcano' };

/** "还有 3 天" / "今天到期" / "逾期 2 天" from the calendar days left. */
export const daysLeftText = (daysLeft: number) => (daysLeft < 0 ? `逾期 ${-daysLeft} 天` : daysLeft === 0 ? '今天到期' : `还有 ${daysLeft} 天`);
