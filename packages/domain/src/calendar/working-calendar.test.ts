import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { addMonths, isPlainDate } from './plain-date.ts';
import { addCalendarDaysPeriod, addWorkingDays, buildCalendar, classifyDay } from './working-calendar.ts';

// 2025 National Day: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
const calendar = buildCalendar(
  [2025],
  [
    ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2025-10-${d}`, kind: 'holiday' as const, name: '国庆节、中秋节' })),
    { date: '2025-09-28', kind: 'makeup-workday' as const, name: '国庆节、中秋节' },
    { date: '2025-10-11', kind: 'makeup-workday' as const, name: '国庆节、中秋节' },
  ],
);

describe('working-day calendar', () => {
  it('classifies workdays, weekends, holidays and make-up workdays', () => {
    expect(classifyDay(calendar, '2025-09-26')).toEqual({ date: '2025-09-26', workingDay: true, kind: 'workday' });
    expect(classifyDay(calendar, '2025-09-27')).toEqual({ date: '2025-09-27', workingDay: false, kind: 'weekend' });
    expect(classifyDay(calendar, '2025-09-28')).toMatchObject({ workingDay: true, kind: 'makeup-workday', name: '国庆节、中秋节' });
    expect(classifyDay(calendar, '2025-10-06')).toMatchObject({ workingDay: false, kind: 'holiday' });
  });

  it('counts the N-th working day after a date, skipping holidays and using make-up days', () => {
    // Fri 09-26 -> Sun 09-28 (make-up) is the 1st, Mon 09-29 the 2nd, Tue 09-30 the 3rd, Thu 10-09 the 4th.
    expect(addWorkingDays(calendar, '2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays(calendar, '2025-09-26', 4)).toBe('2025-10-09');
    expect(addWorkingDays(calendar, '2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays(calendar, '2025-09-26', 7)).toBe('2025-10-13');
    expect(addWorkingDays(calendar, '2025-10-03', 0)).toBe('2025-10-03');
  });

  it('refuses dates in a year without published holiday data instead of guessing', () => {
    let error: unknown;
    try {
      addWorkingDays(calendar, '2025-12-30', 5);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('CALENDAR_YEAR_MISSING');
    expect(() => classifyDay(calendar, '2024-06-01')).toThrow(/2024年/);
  });

  it('ends a calendar-day period on the next working day when its last day is off', () => {
    expect(addCalendarDaysPeriod(calendar, '2025-09-16', 15)).toBe('2025-10-09');
    expect(addCalendarDaysPeriod(calendar, '2025-09-10', 15)).toBe('2025-09-25');
  });

  it('validates plain dates and adds months at month ends', () => {
    expect(isPlainDate('2025-02-29')).toBe(false);
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-04-01', 36)).toBe('2029-04-01');
  });
});
