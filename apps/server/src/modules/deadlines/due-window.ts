import { addWorkingDays, type PlainDate, type WorkingCalendar } from '@sanxiang/domain';

/** 临期: due within this many working days, the default of `deadlineState` in domain/deadlines. */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * The last due date that counts as "due soon" today, for SQL windows: a deadline with today <= due_on <= this
 * date is exactly one `deadlineState(calendar, due, today)` calls 'due-soon'.
 */
export const dueSoonUntil = (calendar: WorkingCalendar, today: PlainDate): PlainDate => addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS);
