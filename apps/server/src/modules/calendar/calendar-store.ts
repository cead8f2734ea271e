import { buildCalendar, type WorkingCalendar } from '@sanxiang/domain';
import { type Db, loadCalendarRows } from '@sanxiang/db';

/**
 * The working calendar held in memory: every deadline in a request needs it. Edits in this process clear it at
 * once; other processes on the same PostgreSQL pick edits up after `ttlMs`.
 */
export type CalendarStore = { current: () => Promise<WorkingCalendar>; invalidate: () => void };

export const createCalendarStore = (db: Db, ttlMs = 60_000, now = () => Date.now()): CalendarStore => {
  let cached: { calendar: WorkingCalendar; at: number } | undefined;
  return {
    current: async () => {
      if (cached && now() - cached.at < ttlMs) return cached.calendar;
      const { years, days } = await loadCalendarRows(db);
      cached = { calendar: buildCalendar(years, days), at: now() };
      return cached.calendar;
    },
    invalidate: () => {
      cached = undefined;
    },
  };
};
