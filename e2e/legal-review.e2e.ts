import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

const ORG = '甲县百佳超市有限公司';
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

type Person = { context: BrowserContext; page: Page; csrf: string; id: string; name: string };

describe('法制审核 in the console: stopped at decision, returned with two problems, answered, passed', () => {
  let browser: Browser;
  const people: Record<string, Person> = {};
  let caseId = '';
  let reviewId = '';

  const as = async (username: string): Promise<Person> => {
    if (people[username]) return people[username];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('PAGEERROR', username, e.message));
    await signIn(page, username);
    await page.waitForURL(/\/console(?!\/login)/);
    await page.getByTestId('current-user').waitFor();
    const me = await (await page.request.get(`${baseUrl()}/api/v1/auth/me`)).json();
    people[username] = { context, page, csrf: me.csrfToken, id: me.account.id, name: me.account.displayName };
    return people[username];
  };
  const api = async (p: Person, url: string, data: unknown, status = 200, method: 'post' | 'put' = 'post') => {
    const res = await p.page.request[method](`${baseUrl()}/api/v1${url}`, { data, headers: { 'x-csrf-token': p.csrf } });
    expect(res.status(), await res.text()).toBe(status);
    return res.json();
  };
  const openCase = async (p: Person) => {
    await p.page.goto(`${baseUrl()}/console/cases/${caseId}`);
    await p.page.getByTestId('case-status').waitFor();
  };
  const openReview = async (p: Person) => {
    await p.page.goto(`${baseUrl()}/console/reviews/${reviewId}`);
    await p.page.getByTestId('review-status').waitFor({ timeout: 15_000 }).catch(async (e) => {
      await screenshot(p.page, 'legal-review-debug');
      throw e;
    });
  };
  const assign = async (reviewerName: string) => {
    const head = await as('jxsj.head');
    await openReview(head);
    await head.page.getByTestId('review-assign').click();
    await head.page.locator('#assign-reviewer').click();
    await head.page.keyboard.type(reviewerName);
    await head.page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: reviewerName }).waitFor();
    await head.page.keyboard.press('Enter');
    await head.page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => head.page.getByTestId('review-status').textContent()).toBe('审核中');
    return head;
  };

  beforeAll(async () => {
    browser = await launch();
    const sys = await as('sysadmin');
    const year = new Date(Date.now() + 100 * 86_400_000).getUTCFullYear();
    const known = await sys.page.request.get(`${baseUrl()}/api/v1/calendar/years/${year}`);
    if (!known.ok() || !(await known.json()).defined) await api(sys, `/calendar/years/${year}`, { days: [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }] }, 200, 'put');
    const lead = await as('jxsj.officer1');
    const unitHead = await as('jxsj.unithead');
    const co = (await (await lead.page.request.get(`${baseUrl()}/api/v1/cases/options/handlers`)).json()).items.find((h: { accountId: string }) => h.accountId !== lead.id);
    const orgId = (await (await lead.page.request.get(`${baseUrl()}/api/v1/cases/options/parties?q=${encodeURIComponent(ORG)}`)).json()).items[0].id;
    const created = await api(
      lead,
      '/cases',
      { title: '甲县百佳超市有限公司涉嫌销售不合格食用油案', source: 'inspection', description: '抽检发现该超市销售的散装花生油酸价超标，数量较大。', occurredOn: today(), partyId: orgId, coHandlerAccountIds: [co.accountId] },
      201,
    );
    caseId = created.id;
    await api(lead, `/cases/${caseId}/filing-request`, { reason: '抽检报告显示产品不合格，涉嫌违反《食品安全法》，依法应予立案调查。' });
    await api(unitHead, `/cases/${caseId}/filing-decision`, { approve: true, opinion: '同意立案' });
    await api(lead, `/cases/${caseId}/acts/conclude-investigation`, {
      report: '经调查，当事人销售不符合食品安全标准的食用油2000公斤，违法事实清楚，证据确凿，拟处以罚款。',
      draft: {
        outcome: 'penalty',
        facts: `当事人于${today()}在甲县城关镇其经营场所销售酸价超标的散装花生油2000公斤，货值金额8万元。`,
        evidenceSummary: '现场检查笔录、抽样检验报告、询问笔录、进货单据。',
        violatedProvisions: '《中华人民共和国食品安全法》第三十四条第（六）项',
        penaltyBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
        penalties: [{ kind: 'fine', amountFen: 15_000_000 }],
        discretion: { level: 'normal', reason: '无从轻、从重情节' },
      },
    });
    // The party was told and waived its statement and hearing, so only the review stands before the decision.
    await api(lead, `/cases/${caseId}/acts/serve-prior-notice`, { servedOn: today(), method: 'direct', recipient: '孙小梅' });
    await api(lead, `/cases/${caseId}/acts/waive-rights`, { signedOn: today(), statement: true, hearing: true, note: '当事人书面放弃陈述、申辩和听证' });
  });
  afterAll(() => browser?.close());

  it('stops the decision of a fine over the threshold with 须经法制审核, and shows the officer why', async () => {
    const head = await as('jxsj.head');
    await openCase(head);
    await head.page.getByTestId('action-decide').click();
    await head.page.locator('#decide_opinion').fill('同意按拟处理意见作出处罚决定。');
    await head.page.getByTestId('act-submit').click();
    const error = head.page.getByTestId('act-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('REVIEW_REQUIRED');
    expect(await error.innerText()).toContain('须经法制审核');
    await screenshot(head.page, 'legal-review-decision-stopped');
    await head.page.getByRole('button', { name: /取\s*消/ }).click();

    const lead = await as('jxsj.officer1');
    await openCase(lead);
    const panel = lead.page.getByTestId('case-review-panel');
    await panel.waitFor();
    const required = await lead.page.getByTestId('review-required').innerText();
    expect(required).toContain('须经法制审核');
    expect(required).toContain('罚款150,000元');
    await lead.page.locator('#review-note').fill('请审核。');
    await lead.page.getByTestId('review-submit').click();
    await expect.poll(() => lead.page.getByTestId('case-review-status').textContent()).toBe('待指派');
    await screenshot(lead.page, 'legal-review-submitted');
    reviewId = (await (await lead.page.request.get(`${baseUrl()}/api/v1/cases/${caseId}/legal-review`)).json()).review.id;
  });

  it('is assigned, and the reviewer returns it with two problems written beside the frozen draft and the pre-checks', async () => {
    const reviewer = await as('jxsj.reviewer1');
    await assign(reviewer.name);
    await reviewer.page.goto(`${baseUrl()}/console/reviews`);
    await reviewer.page.locator(`a[href$="/reviews/${reviewId}"]`).first().waitFor();
    await screenshot(reviewer.page, 'legal-review-queue');
    await openReview(reviewer);
    expect(await reviewer.page.getByTestId('snapshot-penalty').innerText()).toContain('150,000元');
    expect(await reviewer.page.getByTestId('precheck-limitation').innerText()).toContain('通过');
    await reviewer.page.getByTestId('opinion-form').waitFor();
    for (const key of ['agency-competent', 'officers-qualified', 'procedure-lawful', 'evidence-sufficient', 'law-applied', 'within-powers', 'documents-proper', 'crime-transfer']) {
      await reviewer.page.locator(`#point-${key}-text`).fill('经审查，符合规定。');
    }
    await reviewer.page.getByTestId('point-facts-clear-finding').getByText('有问题').click();
    await reviewer.page.locator('#point-facts-clear-text').fill('未查明涉案花生油的进货数量和已售数量，违法所得不清。');
    await reviewer.page.getByTestId('point-discretion-proper-finding').getByText('有问题').click();
    await reviewer.page.locator('#point-discretion-proper-text').fill('未说明适用一般情节的理由，与裁量基准不符。');
    await reviewer.page.getByTestId('opinion-result').getByText('存在问题').click();
    await reviewer.page.locator('#opinion-reasons').fill('事实和裁量存在问题，请补充调查并说明裁量理由后重新送审。');
    await screenshot(reviewer.page, 'legal-review-opinion-form');
    await reviewer.page.getByTestId('opinion-submit').click();
    await expect.poll(() => reviewer.page.getByTestId('review-status').textContent()).toBe('退回（存在问题）');
    await reviewer.page.getByTestId('opinion-round-1').waitFor();
    await screenshot(reviewer.page, 'legal-review-returned');
  });

  it('takes the unit’s written answers and resubmits; the second round passes', async () => {
    const lead = await as('jxsj.officer1');
    await openCase(lead);
    await lead.page.locator('#answer-facts-clear').waitFor();
    expect(await lead.page.getByTestId('case-review-panel').innerText()).toContain('违法所得不清');
    await lead.page.locator('#answer-facts-clear').fill('已补充询问笔录和进货台账，查明进货2000公斤、已售1200公斤，违法所得9600元。');
    await lead.page.locator('#answer-discretion-proper').fill('当事人无从轻、从重情节，按裁量基准一般情节处罚，已在调查终结报告中补充说明。');
    await screenshot(lead.page, 'legal-review-answers');
    await lead.page.getByTestId('review-submit').click();
    await expect.poll(() => lead.page.getByTestId('case-review-status').textContent()).toBe('待指派');

    const reviewer = await as('jxsj.reviewer1');
    await assign(reviewer.name);
    await openReview(reviewer);
    expect(await reviewer.page.getByTestId('round-answers').innerText()).toContain('已售1200公斤');
    for (const key of ['agency-competent', 'officers-qualified', 'procedure-lawful', 'facts-clear', 'evidence-sufficient', 'law-applied', 'discretion-proper', 'within-powers', 'documents-proper', 'crime-transfer']) {
      await reviewer.page.locator(`#point-${key}-text`).fill('经审查，符合规定。');
    }
    await reviewer.page.locator('#opinion-reasons').fill('同意按拟处理意见作出决定。');
    await reviewer.page.getByTestId('opinion-submit').click();
    await expect.poll(() => reviewer.page.getByTestId('review-status').textContent()).toBe('审核通过');
    await screenshot(reviewer.page, 'legal-review-passed');

    await openCase(lead);
    await expect.poll(() => lead.page.getByTestId('review-required').innerText()).toContain('已通过');
    await screenshot(lead.page, 'legal-review-case-passed');
  });

  it('issues the decision once the review passed', async () => {
    const head = await as('jxsj.head');
    await openCase(head);
    await head.page.getByTestId('action-decide').click();
    await head.page.locator('#decide_opinion').fill('同意按拟处理意见作出处罚决定。');
    await head.page.getByTestId('act-submit').click();
    await head.page.getByTestId('act-form-decide').waitFor({ state: 'detached' });
    expect(await head.page.getByTestId('progress-decision').innerText()).toMatch(/^甲县市监罚〔\d{4}〕\d+号$/);
    await screenshot(head.page, 'legal-review-decided');
  });

  it('gives the 法制审核意见书 as a PDF with its Chinese text intact', async () => {
    const reviewer = await as('jxsj.reviewer1');
    const res = await reviewer.page.request.get(`${baseUrl()}/api/v1/reviews/${reviewId}/opinion.pdf?round=1`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'legal-review-'));
    writeFileSync(path.join(dir, 'opinion.pdf'), await res.body());
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'opinion.pdf'), '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('法制审核意见书');
    expect(text).toContain('甲县百佳超市有限公司');
    expect(text).toContain('未查明涉案花生油的进货数量');
    expect(text).toContain('审核结论：存在问题');
    expect(text).toMatch(/甲县市监法审〔\d{4}〕\d+号/);
  });
});
