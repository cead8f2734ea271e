import { addDays, type PlainDate } from '../calendar/plain-date.ts';
import { addCalendarDaysPeriod, addWorkingDays, nextWorkingDayOnOrAfter, type WorkingCalendar } from '../calendar/working-calendar.ts';

/**
 * 处罚法 第八十五条: periods of 2, 3, 5, 7 days are working days; longer ones are calendar days, and a period
 * whose last day is not a working day ends on the next working day. 行政强制法 第六十九条: periods up to 10
 * days are working days. Each legal deadline the platform tracks is one row here, with its article.
 */
export type DeadlineRule = {
  key: string;
  label: string;
  basis: string;
  unit: 'working-days' | 'calendar-days';
  days: number;
  /** Counted forward from the event (the usual case) or backward before it (a notice due ahead of a hearing). */
  direction: 'after' | 'before';
};

export const DEADLINE_RULES = {
  preservationDecision: { key: 'preservationDecision', label: '先行登记保存处理决定', basis: '《中华人民共和国行政处罚法》第五十六条', unit: 'working-days', days: 7, direction: 'after' },
  hearingRequest: { key: 'hearingRequest', label: '当事人申请听证', basis: '《中华人民共和国行政处罚法》第六十四条第一项', unit: 'working-days', days: 5, direction: 'after' },
  hearingNotice: { key: 'hearingNotice', label: '听证通知（举行听证前）', basis: '《中华人民共和国行政处罚法》第六十四条第二项', unit: 'working-days', days: 7, direction: 'before' },
  decision: { key: 'decision', label: '作出行政处罚决定（自立案之日起）', basis: '《中华人民共和国行政处罚法》第六十条', unit: 'calendar-days', days: 90, direction: 'after' },
  decisionService: { key: 'decisionService', label: '送达行政处罚决定书（当事人不在场的）', basis: '《中华人民共和国行政处罚法》第六十一条第一款', unit: 'working-days', days: 7, direction: 'after' },
  payment: { key: 'payment', label: '缴纳罚款（自收到决定书之日起）', basis: '《中华人民共和国行政处罚法》第六十七条第三款', unit: 'calendar-days', days: 15, direction: 'after' },
  cashHandIn: { key: 'cashHandIn', label: '当场收缴的罚款交至行政机关', basis: '《中华人民共和国行政处罚法》第七十一条', unit: 'working-days', days: 2, direction: 'after' },
  // 国办发〔2018〕118号 (事后公开): 行政许可、行政处罚 within 7 working days of the decision, other decisions within 20.
  publicationPenaltyLicence: { key: 'publicationPenaltyLicence', label: '公开行政处罚、行政许可决定信息', basis: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）', unit: 'working-days', days: 7, direction: 'after' },
  publicationOther: { key: 'publicationOther', label: '公开其他行政执法决定信息', basis: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）', unit: 'working-days', days: 20, direction: 'after' },
  withdrawal: { key: 'withdrawal', label: '撤回已公开的行政处罚决定信息', basis: '《中华人民共和国行政处罚法》第四十八条第二款', unit: 'working-days', days: 3, direction: 'after' },
  seizure: { key: 'seizure', label: '查封、扣押期限', basis: '《中华人民共和国行政强制法》第二十五条第一款', unit: 'calendar-days', days: 30, direction: 'after' },
  seizureExtension: { key: 'seizureExtension', label: '查封、扣押延长期限', basis: '《中华人民共和国行政强制法》第二十五条第一款', unit: 'calendar-days', days: 30, direction: 'after' },
  // 国办发〔2018〕118号 第四部分（四）: each agency sets the review period (审核时限) in its 法制审核办法; the common rule is
  // 7 working days from receipt of the submission, extendable once by 3 with approval. Per agency: `review_catalogue`.
  legalReview: { key: 'legalReview', label: '法制审核（自收到送审材料之日起）', basis: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）；本机关重大执法决定法制审核办法', unit: 'working-days', days: 7, direction: 'after' },
  legalReviewExtension: { key: 'legalReviewExtension', label: '法制审核经批准延长', basis: '本机关重大执法决定法制审核办法', unit: 'working-days', days: 3, direction: 'after' },
  courtEnforcementAfterReminder: { key: 'courtEnforcementAfterReminder', label: '催告书送达后申请法院强制执行', basis: '《中华人民共和国行政强制法》第五十四条', unit: 'working-days', days: 10, direction: 'after' },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineKey = keyof typeof DEADLINE_RULES;

/**
 * The last day of a period that starts with `event`. Working-day periods count the N-th working day after the
 * event; calendar periods end N days after it, moved to the next working day when that is not one; a period
 * before an event (a notice ahead of a hearing) is the N-th working day counting back.
 */
export const dueDate = (calendar: WorkingCalendar, rule: DeadlineRule, event: PlainDate, extraDays = 0): PlainDate => {
  const days = rule.days + extraDays;
  if (rule.direction === 'before') return workingDaysBefore(calendar, event, days);
  return rule.unit === 'working-days' ? addWorkingDays(calendar, event, days) : addCalendarDaysPeriod(calendar, event, days);
};

/** The latest day that still leaves `days` full working days before `event` (a notice "N working days ahead"). */
export const workingDaysBefore = (calendar: WorkingCalendar, event: PlainDate, days: number): PlainDate => {
  let date = event;
  let left = days;
  while (left > 0) {
    date = addDays(date, -1);
    if (nextWorkingDayOnOrAfter(calendar, date) === date) left -= 1;
  }
  return addDays(date, -1);
};

export type DeadlineState = 'open' | 'due-soon' | 'overdue' | 'met' | 'late';

/** Where a deadline stands today: due soon within `soonWorkingDays` working days (默认 3). */
export const deadlineState = (
  calendar: WorkingCalendar,
  due: PlainDate,
  today: PlainDate,
  doneOn?: PlainDate | null,
  soonWorkingDays = 3,
): DeadlineState => {
  if (doneOn) return doneOn <= due ? 'met' : 'late';
  if (today > due) return 'overdue';
  return addWorkingDays(calendar, today, soonWorkingDays) >= due ? 'due-soon' : 'open';
};
