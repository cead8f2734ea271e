import type { PlainDate } from '../calendar/plain-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { DEADLINE_RULES, deadlineState, dueDate } from '../deadlines/deadline-rules.ts';
import type { ReviewCatalogue } from './review-required.ts';

/**
 * The last day to give the written opinion on a round: the agency's review period (default 7 working days from
 * receipt of the submission) plus, once approved, its extension (default 3). The numbers are the agency's
 * catalogue; the rule row is `DEADLINE_RULES.legalReview`.
 */
export const legalReviewDueOn = (calendar: WorkingCalendar, submittedOn: PlainDate, catalogue: Pick<ReviewCatalogue, 'reviewWorkingDays' | 'extensionWorkingDays'>, extended: boolean): PlainDate =>
  dueDate(calendar, { ...DEADLINE_RULES.legalReview, days: catalogue.reviewWorkingDays }, submittedOn, extended ? catalogue.extensionWorkingDays : 0);

export const reviewDeadlineState = (calendar: WorkingCalendar, due: PlainDate, today: PlainDate, doneOn?: PlainDate | null) => deadlineState(calendar, due, today, doneOn, 2);
