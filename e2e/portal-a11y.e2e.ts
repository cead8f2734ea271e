import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> };

/** axe-core in the page, WCAG 2.1 A/AA rules; what it calls serious or critical fails the test. */
const audit = async (page: Page): Promise<AxeViolation[]> => {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
};

const describeViolations = (vs: AxeViolation[]) => vs.map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`).join('\n');

describe('公示平台 accessibility (axe-core in chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(() => browser.close());

  const check = async (path: string, name: string) => {
    const res = await page.goto(`${baseUrl()}${path}`);
    expect(res?.status(), path).toBe(200);
    await screenshot(page, `a11y-${name}`);
    const serious = await audit(page);
    expect(serious, `${path}\n${describeViolations(serious)}`).toEqual([]);
  };

  it('catches a serious violation when there is one (the audit really runs)', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/x.png"><input type="text">'));
    const ids = (await audit(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label']));
  });

  it('home, laws, officers, powers and transparency have no serious or critical violations', async () => {
    await check('/', 'home');
    await check('/laws', 'laws');
    await check('/officers', 'officers');
    await check('/powers', 'powers');
    await check('/transparency', 'transparency');
  });

  it('the search page with results, and a decision page, have none either', async () => {
    await check(`/search?q=${encodeURIComponent('食品')}`, 'search');
    const hits = await page.locator('article.hit h2 a').count();
    expect(hits).toBeGreaterThan(0);
    await expect(page.locator('mark').first().innerText()).resolves.toBe('食品');
    const href = await page.locator('article.hit h2 a').first().getAttribute('href');
    await check(href!, 'decision');
  });

  it('the search form is operable with the keyboard alone', async () => {
    await page.goto(`${baseUrl()}/search`);
    await page.getByLabel('关键词').focus();
    await page.keyboard.type('罚款');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await expect(page.getByTestId('search-count').innerText()).resolves.toMatch(/找到 \d+ 条执法决定/);
  });
});
