import { type PlainDate } from '../calendar/plain-date.ts';
import { addWorkingDays, type WorkingCalendar } from '../calendar/working-calendar.ts';

/**
 * How soon published lists must be reviewed after a change (事前公开 kept current). The two numbers come from the
 * assessment indicators (雁塔区示范创建指标 (21)(22)): laws, regulations and rules — within 10 working days;
 * an agency's functions and powers — within 20 working days. Counted from the new version's adoption (earlier
 * than or equal to its entry into force, so never later than the indicator requires) and from the date the
 * change in duties takes effect.
 */
export const UPDATE_DEADLINES = {
  'law-changed': { workingDays: 10, from: 'adoption', label: '法律法规修改', basis: '法律法规规章立改废释生效起10个工作日内调整执法公示信息' },
  'duties-changed': { workingDays: 20, from: 'effective', label: '机构职能调整', basis: '机构职能、执法职权发生变化起20个工作日内调整执法公示信息' },
} as const;

export type UpdateReason = keyof typeof UPDATE_DEADLINES;
export const UPDATE_REASONS = Object.keys(UPDATE_DEADLINES) as UpdateReason[];

/** The day the review is due: the N-th working day after the trigger date. */
export const reviewDueOn = (calendar: WorkingCalendar, reason: UpdateReason, triggerOn: PlainDate): PlainDate =>
  addWorkingDays(calendar, triggerOn, UPDATE_DEADLINES[reason].workingDays);

export type FlagStatus = 'open' | 'overdue' | 'resolved' | 'resolved-late';
export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = { open: '待复核', overdue: '已逾期', resolved: '已复核', 'resolved-late': '逾期后复核' };

/** A flag is overdue once its due date has passed without the agency confirming the review (the due day itself still counts). */
export const flagStatus = (flag: { dueOn: PlainDate; resolvedOn: PlainDate | null }, today: PlainDate): FlagStatus => {
  if (flag.resolvedOn !== null) return flag.resolvedOn > flag.dueOn ? 'resolved-late' : 'resolved';
  return today > flag.dueOn ? 'overdue' : 'open';
};
