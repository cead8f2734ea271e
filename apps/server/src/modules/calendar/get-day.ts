import { classifyDay, type DayInfo, parsePlainDate } from '@sanxiang/domain';
import type { CalendarStore } from './calendar-store.ts';

export const getDay = async (calendar: CalendarStore, date: string): Promise<DayInfo> =>
  classifyDay(await calendar.current(), parsePlainDate(date));
