import { type APIRequestContext, type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

/** A person's API session (cookie and CSRF token), for the many records written before the page is looked at. */
const session = async (username: string) => {
  const ctx = await request.newContext({ baseURL: baseUrl() });
  const login = await ctx.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok(), await login.text()).toBe(true);
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const me = await (await ctx.get('/api/v1/auth/me')).json();
  const post = async (path: string, data: unknown) => {
    const res = await ctx.post(`/api/v1${path}`, { data, headers });
    expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  const put = (path: string, data: unknown) => ctx.put(`/api/v1${path}`, { data, headers });
  return { ctx, post, put, id: me.account.id as string };
};

describe('a case with a long record', () => {
  let browser: Browser;
  const contexts: APIRequestContext[] = [];
  let caseId = '';

  beforeAll(async () => {
    browser = await launch();
    const sys = await session('sysadmin');
    const lead = await session('jxsj.officer1');
    const co = await session('jxsj.officer2');
    const unitHead = await session('jxsj.unithead');
    contexts.push(sys.ctx, lead.ctx, co.ctx, unitHead.ctx);
    // Filing sets a 90-day decision period that may end next year: that year's schedule must exist.
    const next = new Date().getUTCFullYear() + 1;
    const known = await sys.ctx.get(`/api/v1/calendar/years/${next}`);
    if (!known.ok() || !(await known.json()).defined) {
      expect((await sys.put(`/calendar/years/${next}`, { days: [{ date: `${next}-01-01`, kind: 'holiday', name: '元旦' }] })).ok()).toBe(true);
    }
    const created = await lead.post('/cases', { title: '甲县某茶楼涉嫌超范围经营案', source: 'inspection', description: '多次检查发现该茶楼超出许可范围经营热食类食品。', coHandlerAccountIds: [co.id] });
    caseId = created.id;
    await lead.post(`/cases/${caseId}/filing-request`, { reason: '经多次检查，当事人涉嫌超范围经营，依法应予立案调查。' });
    await unitHead.post(`/cases/${caseId}/filing-decision`, { approve: true, opinion: '同意立案' });
    await lead.post(`/cases/${caseId}/acts/declare-no-conflict`, {});
    await co.post(`/cases/${caseId}/acts/declare-no-conflict`, {});
    // 55 inspections: with the five records before them the case has 60, more than the detail carries.
    for (let i = 1; i <= 55; i++) {
      const start = new Date(Date.now() - (60 - i) * 3_600_000);
      await lead.post(`/cases/${caseId}/acts/record-inspection`, {
        participantAccountIds: [lead.id, co.id],
        place: '甲县城关镇文化路8号',
        startedAt: start.toISOString(),
        endedAt: new Date(start.getTime() + 1_200_000).toISOString(),
        findings: `第${i}次检查：后厨正在加工热食类食品，许可证载明的经营项目仅为饮品。`,
      });
    }
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.dispose()));
    await browser.close();
  });

  it('shows the newest 50 records with the total, and the earlier ones on request', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer1');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/cases/${caseId}`);
    const timeline = page.getByTestId('case-timeline');
    await timeline.waitFor();
    await expect.poll(() => page.getByTestId('case-event').count()).toBe(50);
    const earlier = page.getByTestId('timeline-earlier');
    expect(await earlier.innerText()).toContain('显示更早的 10 条记录');
    await page.getByTestId('record-note').scrollIntoViewIfNeeded();
    await screenshot(page, 'case-timeline-newest-50', { fullPage: false });
    await earlier.click();
    await expect.poll(() => page.getByTestId('case-event').count()).toBe(60);
    await expect(earlier.count()).resolves.toBe(0);
    // Oldest first: the clue's registration heads the record again.
    expect(await page.getByTestId('case-event').first().getAttribute('data-event-type')).toBe('clue-registered');
    // The documents table still names the record each 笔录 came from, also for records not loaded with the detail.
    expect(await page.getByTestId('case-documents').innerText()).toContain('第 3 条');
    await page.getByTestId('record-note').scrollIntoViewIfNeeded();
    await screenshot(page, 'case-timeline-all', { fullPage: false });
    await page.close();
  });
});
