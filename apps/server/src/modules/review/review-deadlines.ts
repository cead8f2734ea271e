import { type PlainDate, reviewDeadlineState, type WorkingCalendar } from '@sanxiang/domain';
import { type Db, review } from '@sanxiang/db';
import { and, asc, inArray } from 'drizzle-orm';

/**
 * Open review rounds of the agencies with their due dates and where they stand today (open / due-soon / overdue): what
 * the reminder jobs send to the assigned reviewer and the legal unit's head, and what the supervisor's overdue
 * alerts count. Rounds with an opinion are done and not listed. Without a calendar, 'due-soon' is not told apart.
 */
export const reviewDeadlines = async (tx: Db, agencyIds: readonly string[], today: PlainDate, calendar?: WorkingCalendar) => {
  if (agencyIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(review)
    .where(and(inArray(review.agencyId, [...agencyIds]), inArray(review.status, ['submitted', 'assigned'])))
    .orderBy(asc(review.dueOn));
  return rows.map((r) => ({
    reviewId: r.id,
    caseId: r.caseId,
    agencyId: r.agencyId,
    roundNo: r.roundNo,
    dueOn: r.dueOn,
    state: calendar ? reviewDeadlineState(calendar, r.dueOn, today) : today > r.dueOn ? ('overdue' as const) : ('open' as const),
    assigneeAccountId: r.assigneeAccountId,
    assigneeName: r.assigneeName,
  }));
};
