import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-calendar.ts';
import { flagStatus, reviewDueOn, UPDATE_DEADLINES } from './update-deadlines.ts';

// 2025 National Day: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
const calendar = buildCalendar(
  [2025],
  [
    ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2025-10-${d}`, kind: 'holiday' as const, name: '国庆节、中秋节' })),
    { date: '2025-09-28', kind: 'makeup-workday' as const, name: '国庆节、中秋节' },
    { date: '2025-10-11', kind: 'makeup-workday' as const, name: '国庆节、中秋节' },
  ],
);

describe('update deadlines of published lists', () => {
  it('keeps the two periods as data: 10 working days after a law changes, 20 after duties change', () => {
    expect(UPDATE_DEADLINES['law-changed'].workingDays).toBe(10);
    expect(UPDATE_DEADLINES['duties-changed'].workingDays).toBe(20);
  });

  it('counts working days over holidays and make-up days', () => {
    // From Fri 09-26: 09-28 (make-up), 09-29, 09-30, 10-09, 10-10, 10-11 (make-up), 10-13, 10-14, 10-15, 10-16.
    expect(reviewDueOn(calendar, 'law-changed', '2025-09-26')).toBe('2025-10-16');
    // 10 more: 10-17, 10-20..24, 10-27..30.
    expect(reviewDueOn(calendar, 'duties-changed', '2025-09-26')).toBe('2025-10-30');
    expect(reviewDueOn(calendar, 'law-changed', '2025-06-02')).toBe('2025-06-16');
  });

  it('is overdue only after the due day, and remembers a late confirmation', () => {
    expect(flagStatus({ dueOn: '2025-10-16', resolvedOn: null }, '2025-10-16')).toBe('open');
    expect(flagStatus({ dueOn: '2025-10-16', resolvedOn: null }, '2025-10-17')).toBe('overdue');
    expect(flagStatus({ dueOn: '2025-10-16', resolvedOn: '2025-10-10' }, '2025-12-01')).toBe('resolved');
    expect(flagStatus({ dueOn: '2025-10-16', resolvedOn: '2025-10-20' }, '2025-12-01')).toBe('resolved-late');
  });
});
