import { createRequire } from 'node:module';
import type { SpecialDay } from '@sanxiang/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { calendarSpecialDay, calendarYear } from '../schema/index.ts';

type ChineseDaysData = { holidays: Record<string, string>; workdays: Record<string, string> };

// Entries look like "National Day,国庆节,3": English name, Chinese name, length of the holiday.
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

/** The State Council schedules shipped in the chinese-days package, as our special-day rows. */
export const nationalSchedule = (): { years: number[]; days: SpecialDay[] } => {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const days: SpecialDay[] = [
    ...Object.entries(data.holidays).map(([date, e]) => ({ date, kind: 'holiday' as const, name: chineseName(e) })),
    ...Object.entries(data.workdays).map(([date, e]) => ({ date, kind: 'makeup-workday' as const, name: chineseName(e) })),
  ];
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort();
  return { years, days };
};

/** Loads the national schedule once; years an admin already entered or edited are left as they are. */
export const seedNationalCalendar = async (db: Db): Promise<number> => {
  const { years, days } = nationalSchedule();
  const present = new Set((await db.select({ year: calendarYear.year }).from(calendarYear)).map((r) => r.year));
  const missing = years.filter((y) => !present.has(y));
  if (missing.length === 0) return 0;
  await db.transaction(async (tx) => {
    await tx.insert(calendarYear).values(missing.map((year) => ({ year, source: 'chinese-days' })));
    const rows = days.filter((d) => missing.includes(Number(d.date.slice(0, 4))));
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(calendarSpecialDay)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing({ target: calendarSpecialDay.date });
    }
  });
  return missing.length;
};

export const loadCalendarRows = async (db: Db) => {
  const years = await db.select({ year: calendarYear.year }).from(calendarYear);
  const days = await db.select().from(calendarSpecialDay).orderBy(sql`${calendarSpecialDay.date}`);
  return { years: years.map((r) => r.year), days: days as SpecialDay[] };
};
