import { agencyDeadlinesQuery, agencyDeadlinesResponse, myDeadlinesResponse, runRemindersResponse, supervisionDeadlinesResponse } from '@sanxiang/contracts';
import { chinaDateOf } from '@sanxiang/domain';
import type { AppInstance } from '../../app.ts';
import { runDeadlineReminders } from '../../jobs/deadline-reminders.ts';
import { withAudit } from '../audit/with-audit.ts';
import { agencyDeadlines, myDeadlines, supervisionDeadlines } from './deadline-views.ts';

const tags = ['期限'];

export const deadlineRoutes = async (app: AppInstance) => {
  const { deps } = app;
  // Today and the working calendar are read before the transaction (PGlite has one connection).
  const context = async () => ({ today: chinaDateOf(deps.clock()), calendar: await deps.calendar.current() });

  app.get(
    '/deadlines/mine',
    { schema: { tags, summary: '我的期限：本人承办案件已逾期、3个工作日内到期和其他进行中的期限', response: { 200: myDeadlinesResponse } }, config: { action: 'deadline.mine' } },
    async (req) => {
      const ctx = await context();
      return withAudit(app, req, { action: 'deadline.mine', objectType: 'deadline' }, (tx) => myDeadlines(tx, req.actor!, ctx));
    },
  );

  app.get(
    '/deadlines/agency',
    { schema: { tags, summary: '本机关期限：按内设机构和主办人统计（机关负责人看全机关，承办机构负责人看本机构）', querystring: agencyDeadlinesQuery, response: { 200: agencyDeadlinesResponse } }, config: { action: 'deadline.agency' } },
    async (req) => {
      const ctx = await context();
      return withAudit(app, req, { action: 'deadline.agency', objectType: 'deadline', detail: req.query }, (tx) => agencyDeadlines(tx, req.actor!, ctx, req.query));
    },
  );

  app.get(
    '/deadlines/supervision',
    { schema: { tags, summary: '执法监督：辖区各执法机关逾期和临期的期限数', response: { 200: supervisionDeadlinesResponse } }, config: { action: 'deadline.supervise' } },
    async (req) => {
      const ctx = await context();
      return withAudit(app, req, { action: 'deadline.supervise', objectType: 'deadline' }, (tx) => supervisionDeadlines(tx, req.actor!, ctx));
    },
  );

  app.post(
    '/deadlines/reminders/run',
    { schema: { tags, summary: '立即运行期限提醒（与每日定时任务相同；已提醒过的不重复）', response: { 200: runRemindersResponse } }, config: { action: 'deadline.remind' } },
    async (req) => {
      const ctx = await context();
      const now = deps.clock();
      return withAudit(app, req, { action: 'deadline.remind', objectType: 'notification' }, async (tx, note) => {
        const result = await runDeadlineReminders(tx, { ...ctx, now });
        note({ detail: { written: result.written } });
        return result;
      });
    },
  );
};
