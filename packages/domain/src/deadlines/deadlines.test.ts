import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-calendar.ts';
import { DEADLINE_RULES, deadlineState, dueDate } from './deadline-rules.ts';
import { lateFeeFen } from './late-fee.ts';
import { limitationEndsOn, withinLimitation } from './limitation.ts';

// 2026 National Day: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked (as published).
const calendar = buildCalendar(
  [2026],
  [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const, name: '国庆节' })),
    { date: '2026-09-20', kind: 'makeup-workday' as const, name: '国庆节' },
    { date: '2026-10-10', kind: 'makeup-workday' as const, name: '国庆节' },
  ],
);

describe('legal deadlines', () => {
  it('counts working-day periods across holidays and make-up days', () => {
    // Served Wednesday 09-30: 7 working days are 10-08, 09, 10 (Sat, worked), 12, 13, 14, 15.
    expect(dueDate(calendar, DEADLINE_RULES.decisionService, '2026-09-30')).toBe('2026-10-15');
    // Notice on Monday 09-28: 09-29, 09-30, 10-08, 10-09, then Saturday 10-10 (worked) is the 5th.
    expect(dueDate(calendar, DEADLINE_RULES.hearingRequest, '2026-09-28')).toBe('2026-10-10');
  });

  it('ends calendar-day periods on the next working day when the last day is off', () => {
    // 15 days after 09-20 is 10-05, a holiday: the period ends on 10-08.
    expect(dueDate(calendar, DEADLINE_RULES.payment, '2026-09-20')).toBe('2026-10-08');
    expect(dueDate(calendar, DEADLINE_RULES.payment, '2026-11-02')).toBe('2026-11-17');
    // 90 days from filing on 2026-07-01 is 09-29 (a Tuesday).
    expect(dueDate(calendar, DEADLINE_RULES.decision, '2026-07-01')).toBe('2026-09-29');
    // Seizure from 09-01: 30 days end on 10-01, a holiday, so 10-08; extended once by 30, day 60 is Saturday 10-31, so 11-02.
    expect(dueDate(calendar, DEADLINE_RULES.seizure, '2026-09-01')).toBe('2026-10-08');
    expect(dueDate(calendar, DEADLINE_RULES.seizure, '2026-09-01', 30)).toBe('2026-11-02');
  });

  it('gives the last day to send a hearing notice 7 working days ahead', () => {
    // Hearing on Friday 10-16: the seven working days before it are 10-15, 14, 13, 12, 10 (Saturday, worked), 09
    // and 08, so the notice must be served on 10-07 at the latest.
    expect(dueDate(calendar, DEADLINE_RULES.hearingNotice, '2026-10-16')).toBe('2026-10-07');
  });

  it('tells open, due soon, overdue, met and late apart', () => {
    expect(deadlineState(calendar, '2026-10-15', '2026-10-08')).toBe('open');
    expect(deadlineState(calendar, '2026-10-15', '2026-10-12')).toBe('due-soon');
    expect(deadlineState(calendar, '2026-10-15', '2026-10-16')).toBe('overdue');
    expect(deadlineState(calendar, '2026-10-15', '2026-10-16', '2026-10-15')).toBe('met');
    expect(deadlineState(calendar, '2026-10-15', '2026-10-16', '2026-10-16')).toBe('late');
  });
});

describe('late fee (处罚法 第七十二条、第七十三条)', () => {
  it('adds 3% of the fine a day from the day after the due date, in whole 分', () => {
    expect(lateFeeFen(100_000, '2026-11-10', '2026-11-10')).toEqual({ days: 0, feeFen: 0 });
    expect(lateFeeFen(100_000, '2026-11-10', '2026-11-11')).toEqual({ days: 1, feeFen: 3_000 });
    expect(lateFeeFen(100_000, '2026-11-10', '2026-11-20')).toEqual({ days: 10, feeFen: 30_000 });
    expect(lateFeeFen(333, '2026-11-10', '2026-11-11')).toEqual({ days: 1, feeFen: 9 });
  });

  it('never exceeds the fine', () => {
    expect(lateFeeFen(100_000, '2026-01-01', '2026-03-01').feeFen).toBe(100_000);
  });

  it('does not count days of 复议 or 诉讼, overlapping or not', () => {
    const pauses = [
      { from: '2026-11-13', to: '2026-11-17' },
      { from: '2026-11-16', to: '2026-11-18' },
    ];
    // 11-11 .. 11-20 is 10 days; 11-13 .. 11-18 (6 days) paused.
    expect(lateFeeFen(100_000, '2026-11-10', '2026-11-20', pauses)).toEqual({ days: 4, feeFen: 12_000 });
  });

  it('refuses fractions of 分', () => {
    expect(() => lateFeeFen(100.5, '2026-11-10', '2026-11-20')).toThrow(RangeError);
  });
});

describe('limitation period (处罚法 第三十六条)', () => {
  it('is two years, five where life, health or financial security was harmed', () => {
    expect(limitationEndsOn('2024-11-21', false)).toBe('2026-11-21');
    expect(withinLimitation('2024-11-21', '2026-11-21', false)).toBe(true);
    expect(withinLimitation('2024-11-20', '2026-11-21', false)).toBe(false);
    expect(withinLimitation('2022-02-28', '2026-11-21', true)).toBe(true);
    expect(limitationEndsOn('2024-02-29', false)).toBe('2026-02-28');
  });
});
