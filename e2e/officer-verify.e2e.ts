import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

type Officer = { id: string; name: string; account: { username: string } | null };

/** The officer behind a demo account, through the API with the browser's own session. */
const officerOf = async (page: Page, username: string): Promise<Officer> => {
  const res = await page.request.get(`${baseUrl()}/api/v1/officers?pageSize=200`);
  expect(res.ok()).toBe(true);
  const items = (await res.json()).items as Officer[];
  return items.find((o) => o.account?.username === username)!;
};

describe('亮证: officers, their QR codes and the public verification page', () => {
  let browser: Browser;
  let head: Page;
  const verifyUrls = new Map<string, string>();

  beforeAll(async () => {
    browser = await launch();
    head = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(head, 'jxsj.head');
    await head.getByTestId('current-user').waitFor();
  });
  afterAll(() => browser.close());

  it('shows the agency head their officers with certificate tags and the expiring certificates', async () => {
    await head.goto(`${baseUrl()}/console/officers`);
    await head.getByTestId('officer-link').first().waitFor();
    const standings = await head.getByTestId('standing-tag').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-standing')));
    expect(standings).toEqual(expect.arrayContaining(['valid', 'expiring', 'expired']));
    const menu = await head.getByRole('menu').first().innerText();
    expect(menu).toContain('执法人员');
    expect(menu).toContain('执法主体');
    await screenshot(head, 'console-officers');
    await head.getByTestId('expiring-tab').click();
    await head.getByTestId('expired-alert').waitFor();
    await expect(head.getByTestId('expired-alert').innerText()).resolves.toContain('已过期');
    await screenshot(head, 'console-officers-expiring');
  });

  it("shows an officer's register entry, history and QR code, with the verification address", async () => {
    for (const username of ['jxsj.officer1', 'jxsj.officer4']) {
      const o = await officerOf(head, username);
      await head.goto(`${baseUrl()}/console/officers/${o.id}`);
      await head.getByTestId('officer-name').waitFor();
      await expect(head.getByTestId('officer-name').innerText()).resolves.toBe(o.name);
      // The QR image loaded (an SVG with a size), and the history shows the registration of demo data or later changes.
      await head.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('[data-testid=officer-qr]');
        return Boolean(img?.complete && img.naturalWidth > 0);
      });
      const href = await head.getByTestId('verify-link').getAttribute('href');
      expect(href).toMatch(/\/verify\/officer\/[0-9a-f]{32}$/);
      expect(href).not.toContain(o.id);
      verifyUrls.set(username, href!);
      if (username === 'jxsj.officer1') await screenshot(head, 'console-officer-detail');
    }
  });

  it('answers 有效 for a valid officer and 已过期 for the expired one, on a phone, without signing in', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(verifyUrls.get('jxsj.officer1')!);
    await expect(page.getByTestId('verify-status').innerText()).resolves.toBe('有效');
    await expect(page.getByTestId('verify-status').getAttribute('data-standing')).resolves.toBe('valid');
    await screenshot(page, 'officer-verify-valid');
    await page.goto(verifyUrls.get('jxsj.officer4')!);
    await expect(page.getByTestId('verify-status').innerText()).resolves.toBe('已过期');
    await screenshot(page, 'officer-verify-expired');
    const forged = verifyUrls.get('jxsj.officer1')!.replace(/[0-9a-f]$/, (c) => (c === '0' ? '1' : '0'));
    const res = await page.goto(forged);
    expect(res?.status()).toBe(404);
    await page.getByTestId('verify-not-found').waitFor();
    await phone.close();
  });

  it('shows the system admin the agencies with their units, and the officer form', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'sysadmin');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/agencies`);
    const row = page.getByTestId('agencies-table').locator('tr', { hasText: '甲县市场监督管理局' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByText('执法稽查大队').first().waitFor();
    await expect(page.getByRole('button', { name: /登记执法主体/ }).count()).resolves.toBe(1);
    await screenshot(page, 'console-agencies');
    await page.goto(`${baseUrl()}/console/officers`);
    await page.getByRole('button', { name: /登记执法人员/ }).click();
    await page.locator('#officer-agency').waitFor();
    // Let the modal's opening animation finish before the picture.
    await page.waitForFunction(() => document.querySelector('.ant-modal')?.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'));
    await page.locator('#officer-agency').click();
    await page.getByTitle('乙县市场监督管理局').click();
    await screenshot(page, 'console-officer-form');
    await page.close();
  });

  it('lists officers on the portal without JavaScript, with search and pagination', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '执法人员' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('行政执法人员');
    await expect(page.getByTestId('officer-count').innerText()).resolves.toMatch(/共有执法人员 \d+ 名/);
    await screenshot(page, 'portal-officers');
    await page.getByRole('link', { name: '下一页' }).click();
    await expect(page.getByTestId('officer-count').innerText()).resolves.toContain('第 2 /');
    await page.locator('#agency').selectOption({ label: '甲县市场监督管理局' });
    await page.getByRole('button', { name: '查询' }).click();
    const rows = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set(['甲县市场监督管理局']));
    await page.getByRole('link', { name: '甲县市场监督管理局' }).first().click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('甲县市场监督管理局');
    await screenshot(page, 'portal-agency');
    await context.close();
  });
});
