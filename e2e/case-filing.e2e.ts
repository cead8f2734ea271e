import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

/** Signs in over the API (as a test fixture would) and returns a request context carrying the session and CSRF token. */
const apiAs = async (username: string) => {
  const ctx = await request.newContext({ baseURL: baseUrl() });
  const login = await ctx.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const csrf = (await login.json()).csrfToken as string;
  return { ctx, headers: { 'x-csrf-token': csrf } };
};

describe('立案: request by the lead officer, approval by the unit head', () => {
  let browser: Browser;
  let caseId = '';

  beforeAll(async () => {
    browser = await launch();
    // The 90-day decision period may run into a year whose holiday schedule is not shipped yet: enter it as the admin would.
    const year = new Date(Date.now() + 100 * 86_400_000).getUTCFullYear();
    const sys = await apiAs('sysadmin');
    const known = await sys.ctx.get(`/api/v1/calendar/years/${year}`);
    if (!known.ok() || !(await known.json()).defined) {
      expect((await sys.ctx.put(`/api/v1/calendar/years/${year}`, { headers: sys.headers, data: { days: [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }] } })).ok()).toBe(true);
    }
    const officer = await apiAs('jxsj.officer1');
    const handlers = (await (await officer.ctx.get('/api/v1/cases/options/handlers')).json()).items as Array<{ accountId: string; name: string }>;
    const co = handlers.find((h) => h.name === '孙丽') ?? handlers[1];
    const created = await officer.ctx.post('/api/v1/cases', {
      headers: officer.headers,
      data: { title: '甲县万家福超市涉嫌销售不合格食用油案', source: 'inspection', description: '抽检结果显示该超市销售的散装花生油酸价超标。', occurredOn: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10), coHandlerAccountIds: [co.accountId] },
    });
    expect(created.status()).toBe(201);
    caseId = (await created.json()).id;
  });
  afterAll(() => browser?.close());

  const pageAs = async (username: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    await signIn(page, username);
    await page.waitForURL(/\/console(?!\/login)/);
    await page.goto(`${baseUrl()}/console/cases/${caseId}`);
    return page;
  };

  it('shows the lead 申请立案, then the unit head 审批立案, and the filed case with its number and due date', async () => {
    const officer = await pageAs('jxsj.officer1');
    await officer.getByTestId('action-request-filing').click();
    await officer.getByTestId('filing-reason').fill('抽检报告显示产品不合格，涉嫌违反《食品安全法》，依法应予立案调查。');
    await officer.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => officer.getByTestId('case-status').textContent()).toBe('立案待审批');
    expect(await officer.getByTestId('case-actions').count()).toBe(0);

    const head = await pageAs('jxsj.unithead');
    await head.getByTestId('action-decide-filing').click();
    await head.getByTestId('filing-opinion').fill('同意立案，由主办人组织调查。');
    await head.getByRole('button', { name: '提交审批' }).click();
    await head.getByTestId('case-number').waitFor();
    expect(await head.getByTestId('case-number').textContent()).toMatch(/^甲县市监立〔\d{4}〕\d+号$/);
    expect(await head.getByTestId('case-status').textContent()).toBe('已立案（调查取证）');
    expect(await head.locator('[data-event-type="filing-requested"]').textContent()).toContain('抽检报告显示产品不合格');
    expect(await head.getByTestId('decision-due').textContent()).toContain('前作出处理决定');
    expect(await head.getByTestId('case-actions').count()).toBe(0);
    await head.waitForTimeout(400); // let the success message settle before the picture
    await screenshot(head, 'case-filed');
  });
});
