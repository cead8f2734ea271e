import { invalid, parsePlainDate, type SpecialDay } from '@sanxiang/domain';
import { calendarSpecialDay, calendarYear, type Db } from '@sanxiang/db';
import { and, count, eq, gte, lte, sql } from 'drizzle-orm';

const yearRange = (year: number) => and(gte(calendarSpecialDay.date, `${year}-01-01`), lte(calendarSpecialDay.date, `${year}-12-31`));

export const listCalendarYears = async (db: Db) => {
  const years = await db.select().from(calendarYear).orderBy(calendarYear.year);
  const counts = await db
    .select({ year: sql<number>`extract(year from ${calendarSpecialDay.date})::int`, kind: calendarSpecialDay.kind, n: count() })
    .from(calendarSpecialDay)
    .groupBy(sql`1`, calendarSpecialDay.kind);
  const n = (year: number, kind: string) => Number(counts.find((c) => Number(c.year) === year && c.kind === kind)?.n ?? 0);
  return years.map((y) => ({ year: y.year, source: y.source, holidays: n(y.year, 'holiday'), makeupWorkdays: n(y.year, 'makeup-workday') }));
};

export const getCalendarYear = async (db: Db, year: number) => {
  const [row] = await db.select().from(calendarYear).where(eq(calendarYear.year, year));
  const days = await db.select().from(calendarSpecialDay).where(yearRange(year)).orderBy(calendarSpecialDay.date);
  return { year, source: row?.source ?? null, defined: Boolean(row), days: days as SpecialDay[] };
};

/** Replaces a year's holidays and make-up workdays in one transaction; the year then counts as known. */
export const putCalendarYear = async (db: Db, year: number, days: SpecialDay[]) => {
  const seen = new Set<string>();
  for (const [i, d] of days.entries()) {
    parsePlainDate(d.date);
    if (Number(d.date.slice(0, 4)) !== year) throw invalid('CALENDAR_DAY_WRONG_YEAR', `第${i + 1}项日期 ${d.date} 不属于 ${year} 年`);
    if (seen.has(d.date)) throw invalid('CALENDAR_DAY_DUPLICATE', `日期 ${d.date} 重复出现`);
    seen.add(d.date);
  }
  await db.transaction(async (tx) => {
    await tx.delete(calendarSpecialDay).where(yearRange(year));
    if (days.length > 0) await tx.insert(calendarSpecialDay).values(days);
    await tx
      .insert(calendarYear)
      .values({ year, source: 'admin' })
      .onConflictDoUpdate({ target: calendarYear.year, set: { source: 'admin', updatedAt: new Date() } });
  });
  return getCalendarYear(db, year);
};
