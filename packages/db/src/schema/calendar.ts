import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A year whose State Council holiday schedule has been entered; other years are refused, never guessed. */
export const calendarYear = pgTable('calendar_year', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(), // 'chinese-days' | 'admin'
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Holidays and 调休 make-up workdays; ordinary weekdays and weekends are not stored. */
export const calendarSpecialDay = pgTable(
  'calendar_special_day',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
  },
  (t) => [check('calendar_special_day_kind_check', sql`${t.kind} in ('holiday','makeup-workday')`)],
);
