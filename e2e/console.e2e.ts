import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

describe('the platform as a first-time visitor sees it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the public portal with the demo agencies and the demo banner', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl()}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('行政执法主体');
    await expect(page.locator('h3', { hasText: '甲县市场监督管理局' }).count()).resolves.toBe(1);
    await expect(page.getByText(/演示环境/).count()).resolves.toBe(1);
    await screenshot(page, 'portal-home');
  });

  it('lets a demo officer sign in to the console and shows their agency and modules', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer1');
    await page.getByTestId('current-user').waitFor();
    await expect(page.getByText('甲县市场监督管理局').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(/演示环境/).first().isVisible()).resolves.toBe(true);
    // Only modules that exist and that an officer may use are in the menu.
    const menu = await page.getByRole('menu').first().innerText();
    expect(menu).toContain('工作台');
    expect(menu).not.toContain('审计日志');
    expect(menu).not.toContain('用户与角色');
    await screenshot(page, 'console-officer-home');
  });

  it('shows the OpenAPI UI', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/api/docs`);
    await page.getByText('Sanxiang 三项 API').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'api-docs');
  });
});
