import { describeEachDatabase } from '@sanxiang/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, startTestApp, type TestApp } from './harness.ts';

describeEachDatabase('public rule endpoints', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('reports health with the database kind', async () => {
    const res = await get('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind });
  });

  it('classifies days from the seeded State Council schedule', async () => {
    expect((await get('/api/v1/calendar/days/2026-10-01')).json()).toEqual({ date: '2026-10-01', workingDay: false, kind: 'holiday', name: '国庆节' });
    expect((await get('/api/v1/calendar/days/2026-11-20')).json()).toEqual({ date: '2026-11-20', workingDay: true, kind: 'workday' });
    expect((await get('/api/v1/calendar/days/2026-11-21')).json()).toEqual({ date: '2026-11-21', workingDay: false, kind: 'weekend' });
    // 2026 Spring Festival: Saturday 2026-02-14 is worked.
    expect((await get('/api/v1/calendar/days/2026-02-14')).json()).toMatchObject({ workingDay: true, kind: 'makeup-workday' });
  });

  it('counts working days across the National Day holiday and its make-up Saturday', async () => {
    // 2026-10-01..07 off, Saturday 10-10 worked: 1st = 10-08, 2nd = 10-09, 3rd = 10-10.
    const res = await get('/api/v1/calendar/working-days/add?from=2026-09-30&days=3');
    expect(res.json()).toEqual({ from: '2026-09-30', days: 3, date: '2026-10-10' });
    expect((await get('/api/v1/calendar/working-days/add?from=2026-11-20&days=7')).json().date).toBe('2026-12-01');
  });

  it('answers bad input with 400 and a code, and a missing year with 422', async () => {
    for (const url of [
      '/api/v1/calendar/days/2026-02-30',
      '/api/v1/calendar/days/20261001',
      '/api/v1/calendar/working-days/add?from=2026-09-30&days=-1',
      '/api/v1/calendar/working-days/add?from=2026-09-30&days=100000',
      '/api/v1/calendar/working-days/add?from=2026-09-30&days=abc',
      '/api/v1/calendar/working-days/add?from=2026-09-31&days=3',
      '/api/v1/calendar/working-days/add?days=3',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    }
    const missing = await get('/api/v1/calendar/working-days/add?from=2026-12-20&days=10');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect((await get('/api/v1/calendar/days/2031-05-01')).json().code).toBe('CALENDAR_YEAR_MISSING');
  });

  it('validates credit codes and resident ID numbers', async () => {
    expect((await get('/api/v1/validate/uscc/91350100M000100Y43')).json()).toEqual({ valid: true });
    expect((await get('/api/v1/validate/uscc/91350100M000100Y40')).json()).toEqual({ valid: false, reason: expect.stringContaining('校验码') });
    expect((await get('/api/v1/validate/resident-id/11010519491231002x')).json()).toEqual({ valid: true, birthDate: '1949-12-31' });
    expect((await get('/api/v1/validate/resident-id/110105194912310021')).json()).toMatchObject({ valid: false });
    const short = await get('/api/v1/validate/uscc/9135');
    expect(short.statusCode).toBe(400);
    expect(short.json().code).toBe('USCC_LENGTH');
    expect((await get('/api/v1/validate/resident-id/1101051949')).json().code).toBe('RESIDENT_ID_LENGTH');
  });

  it('answers unknown routes and malformed JSON with codes, never 500', async () => {
    expect((await get('/api/v1/nope')).json().code).toBe('ROUTE_NOT_FOUND');
    const c = client(t.app);
    const res = await c.request({ method: 'POST', url: '/api/v1/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BODY_MALFORMED');
  });

  it('serves the portal home listing the demo agencies, marked as demo', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('甲县市场监督管理局');
    expect(res.body).toContain('某市生态环境局甲县分局');
    expect(res.body).toContain('演示环境');
  });

  it('serves the OpenAPI document', async () => {
    const res = await get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/calendar/working-days/add');
  });
});
