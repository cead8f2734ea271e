import { account } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountIdOf, addDeadline, beijingNoon, closeDeadline, enter2027, registerCase } from './deadline-fixtures.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

type Item = { caseId: string; key: string; dueOn: string; state: string; daysLeft: number; myRole: string | null; leadName: string | null };
type Mine = { today: string; soonUntil: string; counts: { overdue: number; dueSoon: number; upcoming: number }; overdue: Item[]; dueSoon: Item[]; upcoming: Item[] };

describeEachDatabase('deadline views', (kind) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  const users = ['jxsj.officer1', 'jxsj.officer2', 'jxsj.unithead', 'jxsj.head', 'jxsf.supervisor', 'yxsf.supervisor', 'smsf.supervisor', 'yxsj.officer1', 'sysadmin'];

  const signIn = async () => {
    for (const [i, u] of users.entries()) {
      c[u] ??= client(t.app, `10.8.0.${i + 1}`);
      const res = await c[u].login(u);
      expect(res.statusCode, res.body).toBe(200);
    }
  };
  /** Moves the test clock to Beijing noon of `date` and signs everyone in again (the idle limit ended their sessions). */
  const today = async (date: string) => {
    t.clock.set(beijingNoon(date));
    await signIn();
  };
  const nameOf = async (username: string) => (await t.database.db.select({ name: account.displayName }).from(account).where(eq(account.username, username)))[0].name;
  const mine = async (u: string) => {
    const res = await c[u].get('/api/v1/deadlines/mine');
    expect(res.statusCode, res.body).toBe(200);
    // The console counts "today" by the server's clock, which every answer carries.
    expect(res.headers['x-server-time']).toBe(t.clock.now().toISOString());
    return res.json() as Mine;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    await today('2026-11-20');
    const officer2 = await accountIdOf(t, 'jxsj.officer2');
    // officer1 leads 1 and 2 (officer2 assists on 1); officer2 leads 3; the unit head leads 4; another county has 5.
    ids.one = await registerCase(c['jxsj.officer1'], { title: '期限视图测试一', coHandlerAccountIds: [officer2] });
    ids.two = await registerCase(c['jxsj.officer1'], { title: '期限视图测试二' });
    ids.three = await registerCase(c['jxsj.officer2'], { title: '期限视图测试三' });
    ids.four = await registerCase(c['jxsj.unithead'], { title: '期限视图测试四' });
    ids.five = await registerCase(c['yxsj.officer1'], { title: '期限视图测试五' });
    await addDeadline(t, ids.one, { key: 'decision', dueOn: '2026-11-18' }); // overdue
    await addDeadline(t, ids.one, { key: 'hearingRequest', dueOn: '2026-11-24' }); // due soon
    await addDeadline(t, ids.two, { key: 'payment', dueOn: '2026-12-15' }); // running
    await addDeadline(t, ids.two, { key: 'decisionService', dueOn: '2026-11-10', doneOn: '2026-11-09' }); // met
    await addDeadline(t, ids.three, { key: 'decision', dueOn: '2026-11-19' }); // overdue
    await addDeadline(t, ids.four, { key: 'preservationDecision', dueOn: '2026-11-25' }); // due soon (last day of the window)
    await addDeadline(t, ids.five, { key: 'decision', dueOn: '2026-11-02' }); // overdue, 乙县
  });
  afterAll(() => t.close());

  it("gives an officer their own cases' deadlines: overdue, due within 3 working days, running", async () => {
    const m = await mine('jxsj.officer1');
    expect(m).toMatchObject({ today: '2026-11-20', soonUntil: '2026-11-25', counts: { overdue: 1, dueSoon: 1, upcoming: 1 } });
    expect(m.overdue.map((i) => [i.caseId, i.key, i.daysLeft, i.myRole])).toEqual([[ids.one, 'decision', -2, 'lead']]);
    expect(m.dueSoon.map((i) => [i.caseId, i.key, i.state])).toEqual([[ids.one, 'hearingRequest', 'due-soon']]);
    expect(m.upcoming.map((i) => [i.caseId, i.key, i.state])).toEqual([[ids.two, 'payment', 'open']]);
    // An assistant sees the case too, as assistant; the met deadline is nowhere.
    const m2 = await mine('jxsj.officer2');
    expect(m2.overdue.map((i) => [i.caseId, i.myRole])).toEqual([
      [ids.one, 'assistant'],
      [ids.three, 'lead'],
    ]);
    expect(m2.overdue[0].leadName).toBe(await nameOf('jxsj.officer1'));
    // A deadline that is met leaves the view.
    await closeDeadline(t, ids.one, 'hearingRequest', '2026-11-20');
    expect((await mine('jxsj.officer1')).counts).toEqual({ overdue: 1, dueSoon: 0, upcoming: 1 });
  });

  it('counts working days across the new year with the 2027 schedule entered, and refuses without it', async () => {
    await today('2026-12-29'); // Tuesday: 12-30, 12-31, then 元旦 1-3 January, so the third working day is Monday 1-4
    const missing = await c['jxsj.officer1'].get('/api/v1/deadlines/mine');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('CALENDAR_YEAR_MISSING');
    await enter2027(t, c.sysadmin);
    await addDeadline(t, ids.two, { key: 'seizure', dueOn: '2027-01-04' });
    await addDeadline(t, ids.two, { key: 'seizureExtension', dueOn: '2027-01-05' });
    const m = await mine('jxsj.officer1');
    expect(m.soonUntil).toBe('2027-01-04');
    expect(m.dueSoon.map((i) => i.key)).toEqual(['seizure']);
    expect(m.upcoming.map((i) => i.key)).toEqual(['seizureExtension']);
    expect(m.overdue.map((i) => i.key)).toEqual(['decision', 'payment']); // payment (12-15) has passed meanwhile
    await today('2026-11-20');
  });

  it('gives the agency head the agency by unit and lead officer, the unit head their unit, and refuses officers', async () => {
    const res = await c['jxsj.head'].get('/api/v1/deadlines/agency');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ scope: 'agency', agencyName: '甲县市场监督管理局' });
    const byOfficer = Object.fromEntries(body.groups.map((g: { officerAccountId: string; overdue: number; dueSoon: number; upcoming: number }) => [g.officerAccountId, [g.overdue, g.dueSoon, g.upcoming]]));
    expect(byOfficer).toEqual({
      [await accountIdOf(t, 'jxsj.officer1')]: [1, 0, 3],
      [await accountIdOf(t, 'jxsj.officer2')]: [1, 0, 0],
      [await accountIdOf(t, 'jxsj.unithead')]: [0, 1, 0],
    });
    expect(body.groups.every((g: { unitName: string; officerName: string }) => g.unitName === '执法稽查大队' && g.officerName)).toBe(true);
    expect(body.counts).toEqual({ overdue: 2, dueSoon: 1, upcoming: 3 });
    // Overdue and due-soon deadlines listed, earliest first; another county's never.
    expect(body.attention.map((i: Item) => [i.caseId, i.state])).toEqual([
      [ids.one, 'overdue'],
      [ids.three, 'overdue'],
      [ids.four, 'due-soon'],
    ]);
    const unit = (await c['jxsj.unithead'].get('/api/v1/deadlines/agency')).json();
    expect(unit.scope).toBe('unit');
    expect(unit.unitName).toBe('执法稽查大队');
    expect(unit.counts.overdue).toBe(2); // all demo officers of 甲县市监 sit in the first unit
    expect((await c['jxsj.officer1'].get('/api/v1/deadlines/agency')).statusCode).toBe(403);
    expect((await c['jxsf.supervisor'].get('/api/v1/deadlines/agency')).statusCode).toBe(403);
  });

  it("gives a supervisor overdue counts per agency of their jurisdiction only", async () => {
    const jia = (await c['jxsf.supervisor'].get('/api/v1/deadlines/supervision')).json();
    const jx = jia.agencies.find((a: { agencyName: string }) => a.agencyName === '甲县市场监督管理局');
    expect(jx).toMatchObject({ overdue: 2, dueSoon: 1, upcoming: 3, overdueCases: 2, oldestOverdueOn: '2026-11-18' });
    expect(jia.agencies.some((a: { agencyName: string }) => a.agencyName === '乙县市场监督管理局')).toBe(false);
    expect(jia.agencies[0].agencyName).toBe('甲县市场监督管理局'); // most overdue first
    const yi = (await c['yxsf.supervisor'].get('/api/v1/deadlines/supervision')).json();
    expect(yi.counts.overdue).toBe(1);
    const city = (await c['smsf.supervisor'].get('/api/v1/deadlines/supervision')).json();
    expect(city.counts.overdue).toBe(3);
    expect((await c['jxsj.head'].get('/api/v1/deadlines/supervision')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/deadlines/mine' })).statusCode).toBe(401);
  });
});
