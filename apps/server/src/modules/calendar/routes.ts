import {
  addWorkingDaysQuery,
  addWorkingDaysResponse,
  calendarYearParams,
  calendarYearResponse,
  calendarYearsResponse,
  dayResponse,
  getDayParams,
  putCalendarYearBody,
} from '@sanxiang/contracts';
import type { AppInstance } from '../../app.ts';
import { withAudit } from '../audit/with-audit.ts';
import { addWorkingDays } from './add-working-days.ts';
import { getCalendarYear, listCalendarYears, putCalendarYear } from './calendar-years.ts';
import { getDay } from './get-day.ts';

const tags = ['工作日历'];

export const calendarRoutes = async (app: AppInstance) => {
  const { calendar } = app.deps;

  app.get(
    '/calendar/days/:date',
    { schema: { tags, summary: '某日是否为工作日', params: getDayParams, response: { 200: dayResponse } } },
    async (req) => getDay(calendar, req.params.date),
  );

  app.get(
    '/calendar/working-days/add',
    { schema: { tags, summary: '某日之后第 N 个工作日', querystring: addWorkingDaysQuery, response: { 200: addWorkingDaysResponse } } },
    async (req) => ({ from: req.query.from, days: req.query.days, date: await addWorkingDays(calendar, req.query.from, req.query.days) }),
  );

  app.get(
    '/calendar/years',
    { schema: { tags, summary: '已录入节假日安排的年份', response: { 200: calendarYearsResponse } } },
    async () => ({ years: await listCalendarYears(app.deps.database.db) }),
  );

  app.get(
    '/calendar/years/:year',
    { schema: { tags, summary: '某年的节假日与调休安排', params: calendarYearParams, response: { 200: calendarYearResponse } } },
    async (req) => getCalendarYear(app.deps.database.db, req.params.year),
  );

  app.put(
    '/calendar/years/:year',
    {
      schema: { tags, summary: '录入或修改某年的节假日安排（系统管理员）', params: calendarYearParams, body: putCalendarYearBody, response: { 200: calendarYearResponse } },
      config: { action: 'calendar.edit' },
    },
    async (req) =>
      withAudit(app, req, { action: 'calendar.edit', objectType: 'calendar_year', objectId: String(req.params.year) }, async (tx) => {
        const result = await putCalendarYear(tx, req.params.year, req.body.days);
        calendar.invalidate();
        return result;
      }),
  );
};
