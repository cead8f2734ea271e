import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

const apiAs = async (username: string) => {
  const ctx = await request.newContext({ baseURL: baseUrl() });
  const login = await ctx.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  return { ctx, headers: { 'x-csrf-token': (await login.json()).csrfToken as string } };
};

const todayInBeijing = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const documentNumber = `甲县市监罚〔2026〕${100 + Math.floor(Math.random() * 800)}号`;

describe('事后公开: a decision made today is approved in the console, verified on the portal, withdrawn', () => {
  let browser: Browser;
  let id = '';

  beforeAll(async () => {
    browser = await launch();
    // The case module prepares the record when the decision is made; here the same API call stands in for it.
    const officer = await apiAs('jxsj.officer1');
    const res = await officer.ctx.post('/api/v1/disclosure/records', {
      headers: officer.headers,
      data: {
        kind: 'penalty',
        documentNumber,
        decisionDate: todayInBeijing(),
        party: { name: '赵六一', kind: 'person' },
        category: '食品安全监管',
        violation: '经营超过保质期的食品',
        basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
        content: '没收超过保质期的食品，罚款8000元',
        fineFen: 800_000,
        summary: '当事人赵六一（手机 139 0013 9000）在其经营的便利店销售超过保质期的牛奶6盒，货值金额60元。',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const body = await res.json();
    expect(body.created).toBe(true);
    id = body.record.id;
  });
  afterAll(() => browser?.close());

  const consolePage = async (username: string, path: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    await signIn(page, username);
    await page.waitForURL(/\/console(?!\/login)/);
    await page.goto(`${baseUrl()}/console${path}`);
    return page;
  };

  const verifyOn = async (page: Page, name: string) => {
    await page.locator('#verify-button').click();
    await page.locator('#verify-result p').waitFor({ timeout: 30_000 });
    const verdict = await page.locator('#verify-result p').textContent();
    await screenshot(page, name);
    expect(verdict, (await page.locator('#verify-result').textContent()) ?? '').toBe('验证通过');
  };

  it('shows the officer the redaction preview, publishes on approval, and the portal page verifies in the browser', async () => {
    const officer = await consolePage('jxsj.officer1', '/disclosure');
    const row = officer.locator(`tr[data-row-key="${id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('赵某');
    await row.getByRole('button', { name: '预览并发布' }).click();
    const preview = officer.getByTestId('disclosure-preview');
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('赵某');
    expect(text).not.toContain('赵六一');
    expect(text).not.toContain('139 0013 9000');
    await screenshot(officer, 'disclosure-1-preview');
    await officer.getByTestId('disclosure-publish').click();
    await officer.getByTestId('disclosure-withdraw').waitFor();

    const portal = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await portal.goto(`${baseUrl()}/decisions`);
    expect(await portal.locator('main').textContent()).toContain(documentNumber);
    await screenshot(portal, 'disclosure-2-portal-list');
    await portal.goto(`${baseUrl()}/decisions/${id}`);
    expect(await portal.locator('h1').textContent()).toBe('行政处罚决定信息公示');
    expect(await portal.locator('figure.qr svg').count()).toBe(1);
    await verifyOn(portal, 'disclosure-3-verified');
    expect(await portal.locator('#verify-result li.bad').count()).toBe(0);
  });

  it('shows what failed when the page does not match the ledger', async () => {
    const portal = await browser.newPage();
    await portal.goto(`${baseUrl()}/decisions/${id}`);
    // A page altered after it left the server (e.g. by a proxy) no longer matches the published leaf.
    await portal.locator('tr[data-field="fineFen"] td').evaluate((td) => {
      td.textContent = '800元';
    });
    await portal.locator('#verify-button').click();
    await portal.locator('#verify-result p').waitFor({ timeout: 30_000 });
    expect(await portal.locator('#verify-result p').textContent()).toBe('验证失败：账本记录与本页内容一致');
    expect(await portal.locator('#verify-result li.bad').textContent()).toContain('字段 fineFen 与账本不一致');
    await screenshot(portal, 'disclosure-4-tampered');
  });

  it('withdraws with a reason in the console; the URL then says so and the list drops it', async () => {
    const officer = await consolePage('jxsj.officer1', '/disclosure');
    await officer.getByTestId('disclosure-view').getByText('公示中').click();
    const row = officer.locator(`tr[data-row-key="${id}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: '查看' }).click();
    await officer.getByTestId('disclosure-withdraw').click();
    await officer.locator('#withdraw-reason').fill('原处罚决定经甲县人民政府行政复议决定撤销');
    await officer.locator('#withdraw-confirm').click();
    await officer.locator('.ant-drawer .ant-tag', { hasText: '已撤回' }).waitFor();
    await officer.locator('.ant-modal').waitFor({ state: 'hidden' });
    expect(await officer.locator('.ant-drawer').textContent()).toContain('原处罚决定经甲县人民政府行政复议决定撤销');
    await screenshot(officer, 'disclosure-5-console-withdrawn');

    const portal = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const res = await portal.goto(`${baseUrl()}/decisions/${id}`);
    expect(res?.status()).toBe(200);
    expect(await portal.locator('h1').textContent()).toBe('该决定信息已撤回');
    expect(await portal.locator('main').textContent()).toContain('原处罚决定经甲县人民政府行政复议决定撤销');
    await verifyOn(portal, 'disclosure-6-withdrawn-notice');
    await portal.goto(`${baseUrl()}/decisions`);
    expect(await portal.locator('main').textContent()).not.toContain(documentNumber);
  });

  it('shows the supervisor dashboard and the annual statistics with charts', async () => {
    const supervisor = await consolePage('jxsf.supervisor', '/disclosure-supervision');
    await supervisor.getByText('各执法主体').waitFor();
    await supervisor.getByText('甲县市场监督管理局').first().waitFor();
    await screenshot(supervisor, 'disclosure-7-supervision');

    const admin = await consolePage('sysadmin', '/disclosure-statistics');
    await admin.locator('#statistics-year').fill(todayInBeijing().slice(0, 4));
    await admin.getByTestId('statistics-publish').click();
    await admin.getByRole('link', { name: '查看' }).first().waitFor();

    const portal = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    await portal.goto(`${baseUrl()}/statistics/${todayInBeijing().slice(0, 4)}`);
    await portal.locator('#chart-kinds canvas').waitFor({ timeout: 30_000 });
    expect(await portal.locator('tfoot').textContent()).toContain('全辖区合计');
    await screenshot(portal, 'disclosure-8-statistics');
  });
});
