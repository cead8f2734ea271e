import { describeEachDatabase } from '@sanxiang/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, startTestApp, type TestApp } from './harness.ts';

const schedule2027 = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-02', kind: 'holiday', name: '元旦' },
  { date: '2027-01-03', kind: 'holiday', name: '元旦' },
];

describeEachDatabase('calendar administration', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('lets the system admin enter a new year, after which deadlines into it are computed', async () => {
    const admin = client(t.app);
    await admin.login('sysadmin');
    const before = await admin.get('/api/v1/calendar/working-days/add?from=2026-12-28&days=5');
    expect(before.statusCode).toBe(422);
    const put = await admin.put('/api/v1/calendar/years/2027', { days: schedule2027 });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ year: 2027, source: 'admin', defined: true });
    // 12-29, 12-30, 12-31, then 01-04 (Mon) and 01-05.
    expect((await admin.get('/api/v1/calendar/working-days/add?from=2026-12-28&days=5')).json().date).toBe('2027-01-05');
    const audit = client(t.app);
    await audit.login('auditadmin');
    const rows = (await audit.get('/api/v1/audit?action=calendar.edit')).json();
    expect(rows.items[0]).toMatchObject({ username: 'sysadmin', objectId: '2027', result: 'success' });
  });

  it('refuses bad schedules precisely and keeps the stored year unchanged', async () => {
    const admin = client(t.app);
    await admin.login('sysadmin');
    const before = (await admin.get('/api/v1/calendar/years/2027')).json();
    const wrongYear = await admin.put('/api/v1/calendar/years/2027', { days: [...schedule2027, { date: '2028-01-01', kind: 'holiday', name: '元旦' }] });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().code).toBe('CALENDAR_DAY_WRONG_YEAR');
    const dup = await admin.put('/api/v1/calendar/years/2027', { days: [schedule2027[0], schedule2027[0]] });
    expect(dup.json().code).toBe('CALENDAR_DAY_DUPLICATE');
    const badKind = await admin.put('/api/v1/calendar/years/2027', { days: [{ date: '2027-01-01', kind: 'party', name: 'x' }] });
    expect(badKind.statusCode).toBe(400);
    const badDate = await admin.put('/api/v1/calendar/years/2027', { days: [{ date: '2027-02-30', kind: 'holiday', name: 'x' }] });
    expect(badDate.statusCode).toBe(400);
    expect((await admin.get('/api/v1/calendar/years/2027')).json()).toEqual(before);
  });

  it('refuses calendar edits by anyone but the system admin', async () => {
    const officer = client(t.app);
    await officer.login('jxsj.officer1');
    const res = await officer.put('/api/v1/calendar/years/2027', { days: [] });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload: { days: [] } })).statusCode).toBe(401);
  });
});
