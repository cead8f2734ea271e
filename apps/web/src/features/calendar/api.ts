import { api } from '../../app/api/client.ts';
import type { CalendarYear, CalendarYears, DayInfo, SpecialDay, WorkingDaysResult } from '../../app/api/types.ts';

export const calendarKeys = {
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  day: (date: string) => ['calendar', 'day', date] as const,
};

export const fetchYears = () => api.get<CalendarYears>('/calendar/years');
export const fetchYear = (year: number) => api.get<CalendarYear>(`/calendar/years/${year}`);
export const saveYear = (year: number, days: SpecialDay[]) => api.put<CalendarYear>(`/calendar/years/${year}`, { days });
export const fetchDay = (date: string) => api.get<DayInfo>(`/calendar/days/${date}`);
export const addWorkingDays = (from: string, days: number) => api.get<WorkingDaysResult>('/calendar/working-days/add', { from, days });

/** The server refuses to guess a year whose holiday schedule was never entered. */
export const YEAR_MISSING = 'CALENDAR_YEAR_MISSING';
