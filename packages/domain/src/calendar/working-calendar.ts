import { unprocessable } from '../errors/domain-error.ts';
import { addDays, type PlainDate, weekdayOf, yearOf } from './plain-date.ts';

/**
 * Working days follow the State Council holiday schedule (国务院办公厅 节假日安排), including 调休
 * make-up workdays on weekends. 处罚法 第八十五条: periods of 2, 3, 5, 7 days are working days.
 */
export type SpecialDayKind = 'holiday' | 'makeup-workday';
export type SpecialDay = { date: PlainDate; kind: SpecialDayKind; name: string };
export type DayKind = 'workday' | 'weekend' | SpecialDayKind;
export type DayInfo = { date: PlainDate; workingDay: boolean; kind: DayKind; name?: string };

/** Years listed in `years` have a complete published schedule; any other year is unknown and refused, never guessed. */
export type WorkingCalendar = {
  years: ReadonlySet<number>;
  special: ReadonlyMap<PlainDate, SpecialDay>;
};

export const buildCalendar = (years: Iterable<number>, specialDays: Iterable<SpecialDay>): WorkingCalendar => ({
  years: new Set(years),
  special: new Map([...specialDays].map((d) => [d.date, d])),
});

/** Longest count we accept: ten years of working days is more than any legal period. */
export const MAX_WORKING_DAYS = 2_500;

const requireYear = (calendar: WorkingCalendar, date: PlainDate) => {
  const year = yearOf(date);
  if (!calendar.years.has(year)) {
    throw unprocessable(
      'CALENDAR_YEAR_MISSING',
      `尚未录入${year}年的节假日安排，无法确定${date}是否为工作日；请管理员在工作日历中补录该年度安排`,
      { year },
    );
  }
};

export const classifyDay = (calendar: WorkingCalendar, date: PlainDate): DayInfo => {
  requireYear(calendar, date);
  const special = calendar.special.get(date);
  if (special) return { date, workingDay: special.kind === 'makeup-workday', kind: special.kind, name: special.name };
  const weekday = weekdayOf(date);
  const weekend = weekday === 0 || weekday === 6;
  return { date, workingDay: !weekend, kind: weekend ? 'weekend' : 'workday' };
};

export const isWorkingDay = (calendar: WorkingCalendar, date: PlainDate): boolean => classifyDay(calendar, date).workingDay;

/** The `days`-th working day after `from` (the day itself is not counted). With 0, `from` itself. */
export const addWorkingDays = (calendar: WorkingCalendar, from: PlainDate, days: number): PlainDate => {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new RangeError(`working days out of range: ${days}`);
  }
  let date = from;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(calendar, date)) left -= 1;
  }
  return date;
};

/** The first working day on or after `date`. */
export const nextWorkingDayOnOrAfter = (calendar: WorkingCalendar, date: PlainDate): PlainDate => {
  let d = date;
  while (!isWorkingDay(calendar, d)) d = addDays(d, 1);
  return d;
};

/**
 * A period counted in calendar days (longer periods such as 处罚法 第六十条 90 days, 第六十七条 15 days):
 * it starts the day after `from`, and when its last day is not a working day it ends on the next working day.
 */
export const addCalendarDaysPeriod = (calendar: WorkingCalendar, from: PlainDate, days: number): PlainDate =>
  nextWorkingDayOnOrAfter(calendar, addDays(from, days));
