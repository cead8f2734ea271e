import { z } from 'zod';
import { body, plainDate } from '../common.ts';

export const dayKind = z.enum(['workday', 'weekend', 'holiday', 'makeup-workday']);

export const getDayParams = z.object({ date: plainDate });
export const dayResponse = z.object({
  date: plainDate,
  workingDay: z.boolean(),
  kind: dayKind,
  name: z.string().optional(),
});
export type DayResponse = z.infer<typeof dayResponse>;

export const addWorkingDaysQuery = z.object({
  from: plainDate,
  days: z.coerce
    .number({ error: 'days 应为整数' })
    .int('days 应为整数')
    .min(0, 'days 不能为负数')
    .max(2500, 'days 不能超过 2500 个工作日'),
});
export const addWorkingDaysResponse = z.object({ from: plainDate, days: z.number().int(), date: plainDate });

export const specialDay = z.object({
  date: plainDate,
  kind: z.enum(['holiday', 'makeup-workday']),
  name: z.string().min(1).max(40),
});

export const calendarYearParams = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
export const calendarYearResponse = z.object({
  year: z.number().int(),
  source: z.string().nullable(),
  defined: z.boolean(),
  days: z.array(specialDay),
});
export type CalendarYear = z.infer<typeof calendarYearResponse>;

/** Replaces a whole year's schedule, as published by the State Council. */
export const putCalendarYearBody = body({ days: z.array(specialDay).max(200) });

export const calendarYearsResponse = z.object({
  years: z.array(z.object({ year: z.number().int(), source: z.string(), holidays: z.number().int(), makeupWorkdays: z.number().int() })),
});
