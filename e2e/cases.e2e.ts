import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn, signOut } from './support/console.ts';

const TITLE = '甲县惠民便利店涉嫌销售超过保质期食品案';
const DESCRIPTION = '日常巡查中发现该店冷柜内三盒酸奶已超过保质期仍在销售，已拍照留存。';
const PLACE = '甲县城关镇人民路35号';
// 孙丽 is jxsj.officer2 in the demo data; the test asks the server rather than trusting the name list.
const PREFERRED_CO_HANDLER = '孙丽';
// Ten days ago: safely in the past in any zone, as the form and the server both require.
const OCCURRED = new Date(Date.now() - 10 * 86_400_000);
const OCCURRED_PLAIN = OCCURRED.toISOString().slice(0, 10);
const OCCURRED_TEXT = `${OCCURRED.getUTCFullYear()}年${OCCURRED.getUTCMonth() + 1}月${OCCURRED.getUTCDate()}日`;

type Option = { accountId: string; name: string };

/** Picks an option of an open antd Select by its visible text. */
const pick = async (page: Page, text: string) => {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
};

/** Types into a searchable antd Select and takes the first match with Enter, as a keyboard user would. */
const search = async (page: Page, selector: string, text: string) => {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: text }).waitFor();
  await page.keyboard.press('Enter');
};

describe('case handling and case scoping', () => {
  let browser: Browser;
  let page: Page;
  let caseId = '';
  let clueNumber = '';

  beforeAll(async () => {
    browser = await launch();
  });
  // Each person in a browser of their own, as they would be.
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  afterEach(() => page.close());
  afterAll(() => browser.close());

  it('lets an officer register a clue with a co-handler and shows its record', async () => {
    await signIn(page, 'jxsj.officer1');
    await page.getByTestId('current-user').waitFor();

    // The co-handler's name, as the form will list it (the officer's own entry is not offered).
    const me = (await (await page.request.get(`${baseUrl()}/api/v1/auth/me`)).json()) as { account: { id: string } };
    const options = (await (await page.request.get(`${baseUrl()}/api/v1/cases/options/handlers`)).json()) as { items: Option[] };
    const others = options.items.filter((o) => o.accountId !== me.account.id);
    const coHandler = others.find((o) => o.name === PREFERRED_CO_HANDLER) ?? others[0];
    expect(coHandler).toBeDefined();

    await page.getByRole('menu').first().getByText('案件办理').click();
    await page.getByRole('button', { name: '登记案源' }).click();
    await page.locator('#clue-title').waitFor();
    await page.locator('#clue-title').fill(TITLE);
    await page.locator('#clue-source').click();
    await pick(page, '监督检查发现');
    await page.locator('#clue-source-detail').fill('2026年食品安全日常监督检查');
    await page.locator('#clue-description').fill(DESCRIPTION);
    await search(page, '#clue-party', '刘大山');
    await page.locator('#clue-occurred-on').click();
    await page.locator('#clue-occurred-on').fill(OCCURRED_PLAIN);
    // Tab, not Enter: Enter in a field submits the form, as in any HTML form.
    await page.keyboard.press('Tab');
    await page.locator('#clue-place').fill(PLACE);
    await search(page, '#clue-co-handlers', coHandler.name);
    // Close the picker and show the whole form from its top (the header is sticky).
    await page.getByRole('heading', { name: '登记案源' }).click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('.ant-select-selection-item', { hasText: coHandler.name }).count()).resolves.toBe(1);
    // The party is shown with the masked ID number, never the full one.
    await expect(page.getByTestId('clue-form').innerText()).resolves.toMatch(/刘大山（[\dX]+\*+[\dX]+）/);
    await screenshot(page, 'case-register-form');

    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop()!;
    clueNumber = (await page.getByTestId('clue-number').innerText()).trim();
    expect(clueNumber).toMatch(/^甲县市监案源〔\d{4}〕\d+号$/);
    await page.locator('.ant-message-notice', { hasText: `案源编号 ${clueNumber}` }).waitFor();
    await expect(page.getByTestId('case-title').innerText()).resolves.toBe(TITLE);
    await expect(page.getByTestId('case-status').innerText()).resolves.toBe('案源登记');

    const facts = await page.getByTestId('case-facts').innerText();
    expect(facts).toContain('甲县市场监督管理局');
    expect(facts).toContain('刘大山');
    expect(facts).toContain(OCCURRED_TEXT);
    expect(facts).toMatch(/徐涛\s*主办/);
    expect(facts).toContain(coHandler.name);

    const entry = page.getByTestId('case-event');
    await expect(entry.count()).resolves.toBe(1);
    const text = await entry.innerText();
    expect(text).toContain('案源登记');
    expect(text).toContain('监督检查发现（2026年食品安全日常监督检查）');
    expect(text).toContain(DESCRIPTION);
    expect(text).toContain(PLACE);
    expect(text).toMatch(/徐涛\s*主办/);
    expect(text).toMatch(new RegExp(`${coHandler.name}\\s*协办`));
    await expect(page.getByTestId('record-note').innerText()).resolves.toContain('只增不改');
    await screenshot(page, 'case-registered');

    await page.getByRole('button', { name: '案件列表' }).click();
    const row = page.locator('[data-testid=case-table] tbody tr', { hasText: clueNumber });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(TITLE);
    await expect(row.innerText()).resolves.toContain('刘大山');
    // Searching keeps the filter in the address, so the list survives a reload.
    await page.locator('#case-search').fill('惠民便利店');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await page.reload();
    await page.locator('[data-testid=case-table] tbody tr', { hasText: clueNumber }).waitFor();
    await expect(page.locator('[data-testid=case-table] tbody tr.ant-table-row').count()).resolves.toBe(1);
    await expect(page.locator('#case-search').inputValue()).resolves.toBe('惠民便利店');
    await screenshot(page, 'case-list');
    await signOut(page);
  });

  it('shows an officer of another county the case as not existing', async () => {
    await signIn(page, 'yxsj.officer1');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/cases/${caseId}`);
    await page.getByTestId('case-not-found').waitFor();
    await expect(page.getByTestId('case-not-found').innerText()).resolves.toContain('没有这个案件');
    await expect(page.getByText(clueNumber).count()).resolves.toBe(0);
    await expect(page.getByText(TITLE).count()).resolves.toBe(0);
    await screenshot(page, 'case-other-county-404');
    await signOut(page);
  });

  it('lets a supervisor of the county read the case across agencies, without registering', async () => {
    await signIn(page, 'jxsf.supervisor');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/cases`);
    const row = page.locator('[data-testid=case-table] tbody tr', { hasText: clueNumber });
    await row.waitFor();
    await expect(page.locator('[data-testid=case-table] thead').innerText()).resolves.toContain('机关');
    await expect(row.innerText()).resolves.toContain('甲县市场监督管理局');
    await expect(page.getByRole('button', { name: '登记案源' }).count()).resolves.toBe(0);
    await screenshot(page, 'case-list-supervisor');
    await row.getByText(TITLE).click();
    await page.getByTestId('case-timeline').waitFor();
    await expect(page.getByTestId('clue-number').innerText()).resolves.toBe(clueNumber);
    await signOut(page);
  });

  it('shows the audit administrator the refused attempt', async () => {
    await signIn(page, 'auditadmin');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/audit?result=not-found&objectType=case`);
    const row = page.locator('tbody tr.ant-table-row', { hasText: 'yxsj.officer1' }).filter({ hasText: caseId });
    await row.first().waitFor();
    const text = await row.first().innerText();
    expect(text).toContain('查看案件');
    expect(text).toContain('对象不存在');
    expect(text).toContain('乙县市场监督管理局');
    await screenshot(page, 'audit-sees-attempt');
    await signOut(page);
  });
});
