import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, screenshot, setClockOffsetDays } from './support/browser.ts';
import { signIn } from './support/console.ts';

const DAY = 86_400_000;
const ORG = '甲县百佳超市有限公司';
const PERSON = '刘大山';

/** The server's clock runs `offset` days ahead of real time; its "today" is the Beijing date of that moment. */
let offset = 0;
const serverNow = () => new Date(Date.now() + offset * DAY);
const serverToday = () => new Date(serverNow().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysFromRealToday = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00Z`)) / DAY);

type Person = { username: string; context: BrowserContext; page: Page; signedInAt: number | null; csrf: string; name: string; id: string };

/** Picks an option of the open antd Select by its visible text. */
const pick = async (page: Page, text: string) => {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
};
/** Types into a searchable antd Select and takes the first match with Enter. */
const search = async (page: Page, selector: string, text: string) => {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: text }).waitFor();
  await page.keyboard.press('Enter');
};
/** Types a date into an antd DatePicker; Tab leaves it (Enter could submit the form). */
const typeDate = async (page: Page, selector: string, date: string) => {
  await page.locator(selector).click();
  await page.locator(selector).fill(date);
  await page.keyboard.press('Tab');
};

describe('一般程序 and 简易程序 in the console: from clue to archive, every gate answering with its code', () => {
  let browser: Browser;
  const people: Record<string, Person> = {};
  let caseA = '';
  let caseB = '';

  /** The person's page signed in at the current server time (sessions idle for 30 minutes end, so moving the clock signs everyone out). */
  const as = async (username: string): Promise<Person> => {
    let p = people[username];
    if (!p) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      p = { username, context, page: await context.newPage(), signedInAt: null, csrf: '', name: '', id: '' };
      people[username] = p;
    }
    if (p.signedInAt !== offset) {
      // The browser keeps the real time: the console takes "today" from the server's clock (x-server-time).
      await signIn(p.page, username);
      await p.page.waitForURL(/\/console(?!\/login)/);
      await p.page.getByTestId('current-user').waitFor();
      const me = await (await p.page.request.get(`${baseUrl()}/api/v1/auth/me`)).json();
      Object.assign(p, { signedInAt: offset, csrf: me.csrfToken, name: me.account.displayName, id: me.account.id });
    }
    return p;
  };
  /** An act over the API in the person's session, for the repetitive steps. */
  const api = async (p: Person, path: string, data: unknown, status = 200) => {
    const res = await p.page.request.post(`${baseUrl()}/api/v1${path}`, { data, headers: { 'x-csrf-token': p.csrf } });
    expect(res.status(), await res.text()).toBe(status);
    return res.json();
  };
  const getCase = async (p: Person, id: string) => (await p.page.request.get(`${baseUrl()}/api/v1/cases/${id}`)).json();
  const open = async (p: Person, id: string) => {
    await p.page.goto(`${baseUrl()}/console/cases/${id}`);
    await p.page.getByTestId('case-status').waitFor();
  };
  /**
   * Clicks the form's submit button and waits for the server's answer to the act. A form the browser refused to send
   * fails here with the field errors it shows, not later with a missing element.
   */
  const submit = async (p: Person) => {
    const answered = p.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/v1/cases/'));
    const refused = p.page.locator('.ant-modal .ant-form-item-explain-error').first().waitFor();
    await p.page.getByTestId('act-submit').click();
    const first = await Promise.race([answered, refused.then(() => null)]);
    if (!first) throw new Error(`the form was not sent: ${await p.page.locator('.ant-modal .ant-form-item-explain-error').allInnerTexts()}`);
    return first;
  };
  /** Opens an act's form from its button, lets `fill` fill it, submits and waits for the form to close. */
  const act = async (p: Person, action: string, fill: (page: Page) => Promise<void> = async () => {}) => {
    await p.page.getByTestId(`action-${action}`).click();
    await p.page.getByTestId(`act-form-${action}`).waitFor();
    await fill(p.page);
    const answer = await submit(p);
    expect(answer.ok(), `${action}: ${await answer.text()}`).toBe(true);
    await p.page.getByTestId(`act-form-${action}`).waitFor({ state: 'detached' });
  };
  /** Moves the server's clock to `date` (a Beijing date) in the morning. */
  const travelTo = (date: string) => {
    offset = daysFromRealToday(date);
    setClockOffsetDays(offset);
  };
  const draft = (fineYuan: number) => ({
    outcome: 'penalty',
    facts: '当事人于检查当日在其经营场所销售酸价超标的散装花生油20公斤，货值金额800元。',
    evidenceSummary: '现场检查笔录、抽样检验报告、询问笔录。',
    violatedProvisions: '《中华人民共和国食品安全法》第三十四条第（六）项',
    penaltyBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
    penalties: [{ kind: 'fine', amountFen: fineYuan * 100 }],
    discretion: { level: 'normal', reason: '无从轻、从重情节' },
  });

  beforeAll(async () => {
    browser = await launch();
    // The 90-day decision period ends next year: its holiday schedule is entered first, as the system admin would.
    const sys = await request.newContext({ baseURL: baseUrl() });
    const login = await sys.post('/api/v1/auth/login', { data: { username: 'sysadmin', password: DEMO_PASSWORD } });
    const csrf = (await login.json()).csrfToken as string;
    for (const year of [new Date().getUTCFullYear() + 1]) {
      const known = await sys.get(`/api/v1/calendar/years/${year}`);
      if (!known.ok() || !(await known.json()).defined) {
        const put = await sys.put(`/api/v1/calendar/years/${year}`, { headers: { 'x-csrf-token': csrf }, data: { days: [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }] } });
        expect(put.ok(), await put.text()).toBe(true);
      }
    }
    await sys.dispose();
  });
  afterAll(async () => {
    setClockOffsetDays(0);
    await browser?.close();
  });

  it('registers a clue, files it and investigates with two officers: recusal, inspection, preservation with its item list', async () => {
    const lead = await as('jxsj.officer1');
    const co = await as('jxsj.officer2');
    const page = lead.page;
    await page.goto(`${baseUrl()}/console/cases/new`);
    await page.locator('#clue-title').fill('甲县百佳超市有限公司涉嫌销售不合格食用油案');
    await page.locator('#clue-source').click();
    await pick(page, '监督检查发现');
    await page.locator('#clue-description').fill('抽检结果显示该超市销售的散装花生油酸价超标，已封存样品。');
    await search(page, '#clue-party', ORG);
    await search(page, '#clue-co-handlers', co.name);
    await page.getByRole('heading', { name: '登记案源' }).click();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/);
    caseA = page.url().split('/').pop()!;

    await act(lead, 'request-filing', (p) => p.getByTestId('filing-reason').fill('抽检报告显示产品不合格，涉嫌违反《食品安全法》，依法应予立案调查。'));
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('立案待审批');

    const unitHead = await as('jxsj.unithead');
    await open(unitHead, caseA);
    await act(unitHead, 'decide-filing', (p) => p.getByTestId('filing-opinion').fill('同意立案，由主办人组织调查。'));
    await unitHead.page.getByTestId('case-number').waitFor();

    // 第四十三条: each handler declares no conflict before investigating; the co-handler does so in their own session.
    await open(lead, caseA);
    await act(lead, 'declare-no-conflict');
    await api(co, `/cases/${caseA}/acts/declare-no-conflict`, {});
    await page.reload();
    await act(lead, 'record-inspection', async (p) => {
      await p.locator('#record-inspection_place').fill('甲县城关镇建设路66号百佳超市');
      await p.locator('#record-inspection_findings').fill('货架上陈列散装花生油，标签不全，现场抽取样品两份，当事人在场。');
    });
    await act(lead, 'take-measure', async (p) => {
      await p.locator('#take-measure_place').fill('百佳超市仓库');
      await p.locator('#take-measure_items_0_name').fill('散装花生油');
      await p.locator('#take-measure_items_0_quantity').fill('20公斤');
      await p.getByTestId('items-add').click();
      await p.locator('#take-measure_items_1_name').fill('花生油进货单');
      await p.locator('#take-measure_items_1_quantity').fill('3张');
      await p.locator('#take-measure_items_1_note').fill('复印件');
      await p.locator('#take-measure_reason').fill('证据可能灭失，经批准先行登记保存。');
      await p.locator('#take-measure_approvedBy').fill('王局长');
      await screenshot(p, 'case-lifecycle-measure-form');
    });
    const measures = await page.getByTestId('case-measures').innerText();
    expect(measures).toContain('先行登记保存');
    expect(measures).toContain('散装花生油 20公斤');
    expect(measures).toContain('措施中');
    // 先行登记保存处理决定 within 7 working days (第五十六条).
    await act(lead, 'end-measure', async (p) => {
      await p.locator('#end-measure_measureId').click();
      await pick(p, '散装花生油');
      await p.locator('#end-measure_outcome').click();
      await pick(p, '送检验');
      await p.locator('#end-measure_reason').fill('样品送检验，其余物品解除保存。');
    });
    await expect.poll(() => page.getByTestId('case-measures').innerText()).toContain('送检验');
    const deadline = page.locator('[data-testid="deadline-row"][data-key="preservationDecision"]');
    await expect.poll(() => deadline.getAttribute('data-state')).toBe('met');
    const docs = await page.getByTestId('case-documents').innerText();
    for (const title of ['立案审批表', '回避声明', '现场检查笔录', '先行登记保存通知书', '先行登记保存处理决定书']) expect(docs).toContain(title);
    expect(docs).toMatch(/甲县市监先登〔\d{4}〕\d+号/);
  });

  it('concludes with a draft decision, serves the prior notice, and refuses a decision inside the statement period with its code', async () => {
    const lead = await as('jxsj.officer1');
    await open(lead, caseA);
    await act(lead, 'conclude-investigation', async (p) => {
      await p.locator('#conclude-investigation_report').fill('经调查，当事人销售不符合食品安全标准的食用油，违法事实清楚，证据确凿，建议罚款。');
      await p.locator('#conclude-investigation_draft_facts').fill(draft(0).facts);
      await p.locator('#conclude-investigation_draft_evidenceSummary').fill(draft(0).evidenceSummary);
      await p.locator('#conclude-investigation_draft_violatedProvisions').fill(draft(0).violatedProvisions);
      await p.locator('#conclude-investigation_draft_penaltyBasis').fill(draft(0).penaltyBasis);
      await p.locator('#conclude-investigation_draft_penalties_0_amountYuan').fill('5000');
      await p.locator('#conclude-investigation_draft_discretion_reason').fill('货值金额较小，无从轻、从重情节');
      await screenshot(p, 'case-lifecycle-draft-editor');
    });
    await expect.poll(() => lead.page.getByTestId('progress-draft').innerText()).toContain('罚款 5,000元');
    await act(lead, 'serve-prior-notice', (p) => p.locator('#serve-prior-notice_recipient').fill('孙小梅'));
    const notified = await getCase(lead, caseA);
    expect(notified.status).toBe('notified');
    // 5,000 元 to an organisation: no hearing right, only the statement period.
    expect(notified.state.notice.hearingRequestDueOn).toBeNull();
    await expect.poll(() => lead.page.getByTestId('progress-hearing-due').count()).toBe(0);

    const head = await as('jxsj.head');
    await open(head, caseA);
    await head.page.getByTestId('action-decide').click();
    await head.page.locator('#decide_opinion').fill('同意按拟处理意见作出处罚决定。');
    expect((await submit(head)).status()).toBe(422);
    const error = head.page.getByTestId('act-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('STATEMENT_PERIOD_OPEN');
    expect(await error.innerText()).toContain(`当事人陈述、申辩期限至${notified.state.notice.statementDueOn}届满`);
    expect(await error.innerText()).toContain('STATEMENT_PERIOD_OPEN');
    await screenshot(head.page, 'case-lifecycle-decision-refused');
    await head.page.getByRole('button', { name: /取\s*消/ }).click();
    const after = await getCase(head, caseA);
    expect(after.status).toBe('notified'); // refused: nothing recorded
  });

  it('takes a second case to a hearing: request in time, 7 working days of notice, a chair who did not investigate', async () => {
    const lead = await as('jxsj.officer1');
    const co = await as('jxsj.officer2');
    const unitHead = await as('jxsj.unithead');
    const orgId = (await (await lead.page.request.get(`${baseUrl()}/api/v1/cases/options/parties?q=${encodeURIComponent(ORG)}`)).json()).items[0].id;
    const created = await api(lead, '/cases', { title: '甲县百佳超市有限公司涉嫌经营病死畜禽肉类案', source: 'inspection', description: '群众举报该超市冷库存放来源不明的冻肉，现场检查发现无检疫证明。', partyId: orgId, coHandlerAccountIds: [co.id] }, 201);
    caseB = created.id;
    await api(lead, `/cases/${caseB}/filing-request`, { reason: '涉嫌经营未经检疫的肉类，依法应予立案调查。' });
    await api(unitHead, `/cases/${caseB}/filing-decision`, { approve: true, opinion: '同意立案' });
    await api(lead, `/cases/${caseB}/acts/conclude-investigation`, { report: '经调查，当事人经营未经检疫的冻肉，违法事实清楚，拟处以较大数额罚款。', draft: draft(200_000) });
    await api(lead, `/cases/${caseB}/acts/serve-prior-notice`, { servedOn: serverToday(), method: 'direct', recipient: '孙小梅' });

    await open(lead, caseB);
    await expect.poll(() => lead.page.getByTestId('progress-hearing-due').innerText()).toContain('至');
    await act(lead, 'request-hearing');
    await expect.poll(() => lead.page.getByTestId('case-status').textContent()).toBe('已申请听证');

    // The hearing eight working days after today's notice (第六十四条第二项: seven days ahead at least).
    const hearingOn = (await (await lead.page.request.get(`${baseUrl()}/api/v1/calendar/working-days/add?from=${serverToday()}&days=8`)).json()).date as string;
    await open(unitHead, caseB);
    await unitHead.page.getByTestId('action-schedule-hearing').click();
    await typeDate(unitHead.page, '#schedule-hearing_hearingOn', hearingOn);
    await unitHead.page.locator('#schedule-hearing_place').fill('甲县市场监督管理局听证室');
    await unitHead.page.locator('#schedule-hearing_chairAccountId').click();
    // The investigators are listed but cannot be chosen.
    await expect.poll(() => unitHead.page.locator('.ant-select-dropdown:visible .ant-select-item-option-disabled', { hasText: lead.name }).count()).toBe(1);
    await pick(unitHead.page, unitHead.name);
    await screenshot(unitHead.page, 'case-lifecycle-schedule-hearing');
    expect((await submit(unitHead)).ok()).toBe(true);
    await unitHead.page.getByTestId('act-form-schedule-hearing').waitFor({ state: 'detached' });
    await expect.poll(() => unitHead.page.getByTestId('progress-hearing').innerText()).toContain(`主持人 ${unitHead.name}`);

    travelTo(hearingOn);
    const chair = await as('jxsj.unithead');
    await open(chair, caseB);
    await act(chair, 'record-hearing', async (p) => {
      await p.locator('#record-hearing_minutes').fill('听证会按程序进行，调查人员出示了证据，当事人进行了陈述和申辩，对违法事实无异议，请求从轻处罚。');
      await p.locator('#record-hearing_partySigned').check();
      await p.locator('#record-hearing_chairOpinion').fill('建议维持原处理意见。');
    });
    await expect.poll(() => chair.page.getByTestId('case-status').textContent()).toBe('听证已举行');

    // 200,000 元 to an organisation after a hearing: 法制审核 comes before the decision (第五十八条).
    const head = await as('jxsj.head');
    await open(head, caseB);
    await head.page.getByTestId('action-decide').click();
    await head.page.locator('#decide_opinion').fill('同意。');
    expect((await submit(head)).status()).toBe(422);
    await head.page.getByTestId('act-error').waitFor();
    expect(await head.page.getByTestId('act-error').getAttribute('data-code')).toBe('REVIEW_REQUIRED');
    expect(await head.page.getByTestId('act-error').innerText()).toContain('须经法制审核');
    await screenshot(head.page, 'case-lifecycle-hearing-review-required');
    await head.page.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('decides, serves, takes a late payment with its late fee, closes and archives; the archived file opens with its Chinese text', async () => {
    // The statement period has passed by now (the hearing day of the other case lies after it).
    const head = await as('jxsj.head');
    const before = await getCase(head, caseA);
    expect(serverToday() > before.state.notice.statementDueOn).toBe(true);
    await open(head, caseA);
    await act(head, 'decide', (p) => p.locator('#decide_opinion').fill('同意按拟处理意见作出处罚决定。'));
    await head.page.getByTestId('progress-decision').waitFor();
    const number = await head.page.getByTestId('progress-decision').innerText();
    expect(number).toMatch(/^甲县市监罚〔\d{4}〕\d+号$/);

    const lead = await as('jxsj.officer1');
    await open(lead, caseA);
    await act(lead, 'serve-decision', (p) => p.locator('#serve-decision_recipient').fill('孙小梅'));
    const served = await getCase(lead, caseA);
    const dueOn = served.state.payment.dueOn as string;
    expect(await lead.page.getByTestId('progress-pay-due').innerText()).toContain(`${Number(dueOn.slice(0, 4))}年`);

    // Three days after the payment deadline: 3% of 5,000 元 a day (第七十二条) = 450 元.
    const paidOn = new Date(Date.parse(`${dueOn}T00:00:00Z`) + 3 * DAY).toISOString().slice(0, 10);
    travelTo(paidOn);
    const late = await as('jxsj.officer1');
    await open(late, caseA);
    await expect.poll(() => late.page.locator('[data-testid="deadline-row"][data-key="payment"]').getAttribute('data-state')).toBe('overdue');
    await screenshot(late.page, 'case-lifecycle-payment-overdue');
    await late.page.getByTestId('action-record-payment').click();
    // The form says what is owed today by the late-fee rule: 5,000 元 + 450 元.
    await expect.poll(() => late.page.getByTestId('act-hint').innerText()).toContain('截至今日应缴5,450元：罚款5,000元，加处罚款450元（逾期3日）');
    await late.page.locator('#record-payment_amountFen').fill('5000');
    await late.page.locator('#record-payment_receiptNumber').fill('PJ-E2E-0001');
    expect((await submit(late)).ok()).toBe(true);
    // Only the fine, without the late fee: not settled, the case waits for the rest.
    await late.page.getByTestId('act-form-record-payment').waitFor({ state: 'detached' });
    await expect.poll(() => late.page.getByTestId('progress-late-fee').innerText()).toBe('450元');
    await expect.poll(() => late.page.getByTestId('progress-paid').innerText()).toBe('5,000元');
    await act(late, 'record-payment', async (p) => {
      await p.locator('#record-payment_amountFen').fill('450');
      await p.locator('#record-payment_receiptNumber').fill('PJ-E2E-0002');
    });
    await expect.poll(() => late.page.getByTestId('case-status').textContent()).toBe('已履行');
    const paid = await getCase(late, caseA);
    expect(paid.state.payment).toMatchObject({ paidFen: 545_000, lateFeeFen: 45_000, settledOn: paidOn });
    await expect.poll(() => late.page.locator('[data-testid="deadline-row"][data-key="payment"]').getAttribute('data-state')).toBe('late');

    const unitHead = await as('jxsj.unithead');
    await open(unitHead, caseA);
    await act(unitHead, 'close', (p) => p.locator('#close_summary').fill('罚款及加处罚款已缴清，先行登记保存物品已处理，案件办结。'));
    await expect.poll(() => unitHead.page.getByTestId('case-status').textContent()).toBe('已结案');
    await act(unitHead, 'archive');
    await expect.poll(() => unitHead.page.getByTestId('case-status').textContent()).toBe('已归档');
    expect(await unitHead.page.getByTestId('case-actions').count()).toBe(0);
    await unitHead.page.getByTestId('case-file-pdf').waitFor();
    await unitHead.page.waitForTimeout(400);
    await screenshot(unitHead.page, 'case-lifecycle-archived');

    const timeline = await unitHead.page.getByTestId('case-timeline').innerText();
    expect(timeline).toContain('加处罚款');
    expect(timeline).toContain('450元');
    expect(timeline).toContain(number);

    // The archived file (电子卷宗) as one PDF: its Chinese text must come out intact.
    const pdf = await unitHead.page.request.get(`${baseUrl()}/api/v1/cases/${caseA}/file.pdf`);
    expect(pdf.status(), 'GET /cases/:id/file.pdf').toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'case-file-'));
    const file = path.join(dir, 'file.pdf');
    writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const caseNumber = (await getCase(unitHead, caseA)).caseNumber as string;
    expect(text.replace(/\s+/g, '')).toContain(caseNumber);
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain('甲县百佳超市有限公司');
  });

  it('decides a small fine on the spot through the 当场处罚 page, numbered, with its PDF', async () => {
    const officer = await as('jxsj.officer1');
    // The co-officer's name as the first test learned it: no new sign-in needed just for a name.
    const co = people['jxsj.officer2'];
    const page = officer.page;
    await page.goto(`${baseUrl()}/console/`);
    await page.getByRole('menu').first().getByText('当场处罚').click();
    await page.getByTestId('act-form-on-the-spot').waitFor();
    await search(page, '#on-the-spot_partyId', PERSON);
    await search(page, '#on-the-spot_coOfficerAccountId', co.name);
    await page.locator('#on-the-spot_title').fill('占道经营');
    await page.locator('#on-the-spot_place').fill('甲县城关镇人民路12号门前');
    await page.locator('#on-the-spot_facts').fill('当事人在人民路12号门前占用人行道摆放商品经营，经劝阻仍未改正。');
    await page.locator('#on-the-spot_violatedProvisions').fill('《城市市容和环境卫生管理条例》第十七条');
    await page.locator('#on-the-spot_penaltyBasis').fill('《城市市容和环境卫生管理条例》第三十六条');
    // Over the limit for a citizen: the page says so before anyone submits (第五十一条).
    await page.locator('#on-the-spot_amountYuan').fill('300');
    await expect.poll(() => page.getByTestId('spot-warnings').innerText()).toContain('200元');
    await page.locator('#on-the-spot_amountYuan').fill('50');
    await expect.poll(() => page.getByTestId('spot-warnings').count()).toBe(0);
    await page.locator('#on-the-spot_statementHeard').check();
    await page.locator('#on-the-spot_collectedOnTheSpot').check();
    await page.locator('#on-the-spot_receiptNumber').fill('ZY-E2E-0001');
    await screenshot(page, 'case-lifecycle-on-the-spot-form');
    await page.getByTestId('spot-submit').click();
    await page.getByTestId('spot-decision-number').waitFor();
    expect(await page.getByTestId('spot-decision-number').innerText()).toMatch(/^甲县市监当罚〔\d{4}〕\d+号$/);
    const pdfHref = await page.getByTestId('spot-decision-pdf').getAttribute('href');
    await screenshot(page, 'case-lifecycle-on-the-spot-decided');
    const pdf = await page.request.get(`${baseUrl()}${pdfHref}`);
    expect(pdf.status(), `GET ${pdfHref}`).toBe(200);

    await page.getByTestId('spot-case-link').click();
    await page.getByTestId('case-status').waitFor();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已履行');
    await expect.poll(() => page.locator('[data-testid="deadline-row"][data-key="simpleFiling"]').count()).toBe(1);
  });
});
