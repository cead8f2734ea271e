import { addWorkingDays as add, parsePlainDate, type PlainDate } from '@sanxiang/domain';
import type { CalendarStore } from './calendar-store.ts';

export const addWorkingDays = async (calendar: CalendarStore, from: string, days: number): Promise<PlainDate> =>
  add(await calendar.current(), parsePlainDate(from), days);
