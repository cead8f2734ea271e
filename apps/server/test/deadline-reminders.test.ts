import { randomUUID } from 'node:crypto';
import { caseFile, notification, review } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { chinaDateOf } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDeadlineReminders } from '../src/jobs/deadline-reminders.ts';
import { startScheduler } from '../src/jobs/scheduler.ts';
import { accountIdOf, addDeadline, beijingNoon, closeDeadline, registerCase } from './deadline-fixtures.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

type Note = { id: string; kind: string; title: string; body: string; caseId: string | null; dueOn: string | null; readAt: string | null };

describeEachDatabase('deadline reminders and notifications', (kind) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  const users = ['jxsj.officer1', 'jxsj.officer2', 'jxsj.unithead', 'jxsj.head', 'yxsj.head', 'sysadmin'];
  const id: Record<string, string> = {};

  const today = async (date: string) => {
    t.clock.set(beijingNoon(date));
    for (const [i, u] of users.entries()) {
      c[u] ??= client(t.app, `10.9.0.${i + 1}`);
      expect((await c[u].login(u)).statusCode).toBe(200);
    }
  };
  const inbox = async (u: string) => {
    const res = await c[u].get('/api/v1/notifications');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Note[]; unread: number };
  };
  const kinds = async (u: string) =>
    (await inbox(u)).items
      .filter((n) => n.kind.startsWith('deadline-'))
      .map((n) => `${n.kind}:${n.caseId === ids.one ? 'one' : n.caseId === ids.two ? 'two' : n.caseId}:${n.dueOn}`)
      .sort();
  const run = async () => {
    const res = await c.sysadmin.post('/api/v1/deadlines/reminders/run');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { written: number; sources: Array<{ source: string; written: number }> };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    await today('2026-11-20');
    for (const u of users) id[u] = await accountIdOf(t, u);
    ids.one = await registerCase(c['jxsj.officer1'], { title: '提醒测试一', coHandlerAccountIds: [id['jxsj.officer2']] });
    ids.two = await registerCase(c['jxsj.officer1'], { title: '提醒测试二' });
    await addDeadline(t, ids.one, { key: 'decision', dueOn: '2026-11-19', label: '作出行政处罚决定' }); // overdue
    await addDeadline(t, ids.two, { key: 'hearingRequest', dueOn: '2026-11-24', label: '当事人申请听证' }); // due soon
    await addDeadline(t, ids.two, { key: 'payment', dueOn: '2026-12-20' }); // not yet
  });
  afterAll(() => t.close());

  it('reminds the lead officer of due-soon and overdue deadlines and the heads of overdue ones, once', async () => {
    const first = await run();
    expect(first.sources.find((s) => s.source === 'case-deadlines')?.written).toBe(4);
    expect(await kinds('jxsj.officer1')).toEqual(['deadline-due-soon:two:2026-11-24', 'deadline-overdue:one:2026-11-19']);
    expect(await kinds('jxsj.unithead')).toEqual(['deadline-overdue:one:2026-11-19']);
    expect(await kinds('jxsj.head')).toEqual(['deadline-overdue:one:2026-11-19']);
    expect(await kinds('jxsj.officer2')).toEqual([]); // an assistant is not chased
    expect(await kinds('yxsj.head')).toEqual([]); // another county's head hears nothing of ours
    const note = (await inbox('jxsj.officer1')).items.find((n) => n.kind === 'deadline-overdue')!;
    expect(note.title).toBe('期限已逾期：作出行政处罚决定');
    expect(note.body).toContain('已逾期1天');

    // Run again, and twice at once: nothing new.
    expect((await run()).written).toBe(0);
    const calendar = await t.deps.calendar.current();
    const now = t.deps.clock();
    const both = await Promise.all(
      [1, 2].map(() => t.database.db.transaction((tx) => runDeadlineReminders(tx as unknown as Db, { today: chinaDateOf(now), calendar, now }))),
    );
    expect(both.map((r) => r.written)).toEqual([0, 0]);
    const [{ n }] = await t.database.db.select({ n: count() }).from(notification).where(eq(notification.accountId, id['jxsj.officer1']));
    expect(Number(n)).toBe(2);
  });

  it('reminds again when a deadline changes state, and never of a met deadline', async () => {
    await today('2026-11-25'); // hearingRequest (11-24) is now overdue
    await closeDeadline(t, ids.one, 'decision', '2026-11-25'); // met late: no more reminders of it
    const second = await run();
    expect(second.sources.find((s) => s.source === 'case-deadlines')?.written).toBe(3);
    expect(await kinds('jxsj.officer1')).toEqual(['deadline-due-soon:two:2026-11-24', 'deadline-overdue:one:2026-11-19', 'deadline-overdue:two:2026-11-24']);
    expect(await kinds('jxsj.head')).toEqual(['deadline-overdue:one:2026-11-19', 'deadline-overdue:two:2026-11-24']);
    expect((await run()).written).toBe(0);
  });

  it('reminds the assigned reviewer of a 法制审核 round due soon, and the agency head once it is overdue', async () => {
    const [c] = await t.database.db.select({ agencyId: caseFile.agencyId }).from(caseFile).where(eq(caseFile.id, ids.one));
    const reviewer = await accountIdOf(t, 'jxsj.reviewer1');
    await t.database.db.insert(review).values({
      caseId: ids.one,
      agencyId: c.agencyId,
      status: 'assigned',
      roundNo: 1,
      roundId: randomUUID(),
      draftVersion: 1,
      submittedOn: '2026-11-20',
      dueOn: '2026-11-27',
      assigneeAccountId: reviewer,
      firstSubmittedAt: t.clock.now(),
      updatedAt: t.clock.now(),
    } as typeof review.$inferInsert);
    const soon = await run(); // today 11-25: due on Friday 11-27, within 3 working days
    expect(soon.sources.find((s) => s.source === 'review')?.written).toBe(1);
    const forReviewer = await t.database.db.select().from(notification).where(eq(notification.accountId, reviewer));
    expect(forReviewer.map((n) => [n.kind, n.caseId, n.dueOn])).toEqual([['review-due-soon', ids.one, '2026-11-27']]);
    await today('2026-11-30');
    const late = await run();
    expect(late.sources.find((s) => s.source === 'review')?.written).toBe(2); // reviewer and agency head
    expect((await run()).written).toBe(0);
    await today('2026-11-25');
  });

  it('lets each account read and mark only its own notifications', async () => {
    const mine = await inbox('jxsj.officer1');
    expect(mine.unread).toBe(3);
    const target = mine.items[0];
    const headUnread = (await inbox('jxsj.head')).unread;
    expect(headUnread).toBeGreaterThanOrEqual(2);
    // Someone else's notification does not exist for them, and stays unread.
    const other = await c['jxsj.head'].post(`/api/v1/notifications/${target.id}/read`);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await inbox('jxsj.head')).items.some((n) => n.id === target.id)).toBe(false);
    const read = await c['jxsj.officer1'].post(`/api/v1/notifications/${target.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ item: { id: target.id, readAt: expect.any(String) }, unread: 2 });
    expect((await c['jxsj.officer1'].get('/api/v1/notifications?unread=true')).json().items.map((n: Note) => n.id)).not.toContain(target.id);
    expect((await c['jxsj.officer1'].post('/api/v1/notifications/read-all')).json()).toEqual({ unread: 0 });
    expect((await inbox('jxsj.head')).unread).toBe(headUnread); // the head's own are untouched
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
    // Only the system admin runs the job by hand.
    expect((await c['jxsj.head'].post('/api/v1/deadlines/reminders/run')).statusCode).toBe(403);
  });

  it('runs the reminders as a pg-boss job on this database while requests keep being served', async () => {
    await addDeadline(t, ids.two, { key: 'decisionService', dueOn: '2026-11-26', label: '送达决定书' }); // due soon on 11-25
    const scheduler = await startScheduler(t.deps, { onError: (e) => { throw e; }, pollingIntervalSeconds: 0.5 });
    try {
      const jobId = await scheduler.runNow();
      // Requests (each a transaction of its own) go on while the worker polls and runs.
      const during = await Promise.all([1, 2, 3].map(() => c['jxsj.officer1'].get('/api/v1/deadlines/mine')));
      expect(during.map((r) => r.statusCode)).toEqual([200, 200, 200]);
      const job = await scheduler.waitFor(jobId);
      expect(job.state).toBe('completed');
      expect((job.output as { written: number }).written).toBe(1);
      expect(await kinds('jxsj.officer1')).toContain(`deadline-due-soon:two:2026-11-26`);
      expect((await scheduler.boss.getSchedules()).map((s) => [s.name, s.cron, s.options?.tz])).toEqual([['deadline-reminders', '30 7 * * *', 'Asia/Shanghai']]);
    } finally {
      await scheduler.stop();
    }
    // The database is still usable afterwards (on PGlite: no transaction left open by the job runner).
    expect((await c['jxsj.officer1'].get('/api/v1/notifications')).statusCode).toBe(200);
  });
});
