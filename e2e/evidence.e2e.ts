import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

// A 6-second VP8/Vorbis test pattern (ffmpeg lavfi testsrc + sine), 90 KB.
const VIDEO = readFileSync(path.resolve(import.meta.dirname, 'fixtures/bodycam-sample.webm'));
const VIDEO_NAME = '执法记录仪_20261118_1015.webm';
const TITLE = '执法记录仪现场检查视频';
const PURPOSE = '办理关联案件需比对现场视频';

/** The case 甲县百佳超市: jxsj.officer1 leads it, jxsj.officer2 does not handle it (demo data). */
const caseOf = async (page: Page) => {
  const cases = (await (await page.request.get(`${baseUrl()}/api/v1/cases?mine=true&pageSize=50`)).json()) as { items: Array<{ id: string; title: string }> };
  // Exactly the demo case: the lifecycle test opens another 百佳超市 case with jxsj.officer2 as a handler.
  return cases.items.find((c) => c.title === '甲县百佳超市有限公司涉嫌销售标签不符合规定的预包装食品案')!;
};

describe('evidence and audio-video records', () => {
  let browser: Browser;
  let caseId = '';
  let caseTitle = '';
  let evidenceId = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('uploads a video with a progress bar, plays it and shows its custody timeline', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer1');
    await page.getByTestId('current-user').waitFor();
    const c = await caseOf(page);
    caseId = c.id;
    caseTitle = c.title;
    await page.goto(`${baseUrl()}/console/cases/${caseId}`);
    const panel = page.getByTestId('case-evidence');
    await panel.waitFor();
    await panel.getByTestId('evidence-upload-open').click();
    await page.getByTestId('evidence-title').fill(TITLE);
    await page.getByTestId('evidence-device').fill('DSJ-3702-0815');
    await page.getByTestId('evidence-file').setInputFiles({ name: VIDEO_NAME, mimeType: 'video/webm', buffer: VIDEO });
    // A slow uplink, as in the field: the bar has time to show speed and time left.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 24 * 1024 });
    await page.getByTestId('evidence-upload-start').click();
    await expect.poll(async () => page.getByTestId('evidence-progress-text').innerText().catch(() => ''), { timeout: 20_000 }).toMatch(/KB\/s · 剩余 \d+ 秒/);
    await screenshot(page, 'evidence-upload-progress');
    await expect.poll(async () => page.getByTestId('evidence-progress-text').innerText(), { timeout: 60_000 }).toContain('上传完成');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await screenshot(page, 'evidence-upload-done');
    await page.getByTestId('evidence-upload-close').click();

    const row = panel.locator('[data-testid="evidence-row"]', { hasText: TITLE });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('WebM 视频');
    const list = (await (await page.request.get(`${baseUrl()}/api/v1/evidence/by-case/${caseId}`)).json()) as { items: Array<{ id: string; title: string; sm3: string; fileName: string }> };
    const item = list.items.find((i) => i.title === TITLE)!;
    evidenceId = item.id;
    expect(item.fileName).toBe(VIDEO_NAME);

    await row.getByTestId('evidence-view').click();
    const video = page.getByTestId('evidence-video');
    await video.waitFor();
    // The browser fetches the video with Range requests (206) and can play it.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.5);
    await expect(video.evaluate((v: HTMLVideoElement) => Math.round(v.duration))).resolves.toBe(6);
    await screenshot(page, 'evidence-playing');
    await page.keyboard.press('Escape');

    await row.getByTestId('evidence-custody').click();
    const timeline = page.getByTestId('custody-timeline');
    await timeline.waitFor();
    await expect.poll(async () => timeline.locator('[data-testid="custody-event"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual(['ingest', 'play']);
    await expect(page.locator('.ant-drawer').innerText()).resolves.toContain(item.sm3);
    await screenshot(page, 'evidence-custody');
    await page.close();
  });

  it('asks a second officer who does not handle the case for a purpose before viewing', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer2');
    await page.getByTestId('current-user').waitFor();
    // The case is not among theirs: the case page does not open for them.
    await page.goto(`${baseUrl()}/console/cases/${caseId}`);
    await page.getByTestId('case-not-found').waitFor();
    await page.getByRole('menu').first().getByText('证据调阅').click();
    await page.getByTestId('retrieval-search').locator('input').fill('百佳');
    await page.getByTestId('retrieval-search').locator('input').press('Enter');
    await page.locator('[data-testid="retrievable-case"]', { hasText: caseTitle }).click();
    const panel = page.getByTestId('case-evidence');
    await panel.waitFor();
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('查看前须说明调阅事由');
    await panel.locator('[data-testid="evidence-row"]', { hasText: TITLE }).getByTestId('evidence-view').click();
    await page.getByTestId('purpose-prompt').waitFor();
    await expect(page.getByTestId('purpose-prompt').innerText()).resolves.toContain('您不是本案承办人');
    await expect(page.getByTestId('evidence-video').count()).resolves.toBe(0);
    await page.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
    await screenshot(page, 'evidence-purpose-prompt');
    await page.getByTestId('purpose-input').fill(PURPOSE);
    await page.getByTestId('purpose-submit').click();
    const video = page.getByTestId('evidence-video');
    await video.waitFor();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await page.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
    await screenshot(page, 'evidence-viewed-with-purpose');
    await page.close();

    // The supervisor (甲县司法局) sees the retrieval with its purpose.
    const sup = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(sup, 'jxsf.supervisor');
    await sup.getByTestId('current-user').waitFor();
    await sup.getByRole('menu').first().getByText('调阅监督').click();
    const table = sup.getByTestId('supervised-retrievals');
    await expect.poll(() => table.innerText(), { timeout: 10_000 }).toContain(PURPOSE);
    await expect(table.innerText()).resolves.toContain('说明调阅事由');
    // One purpose, one play: the poster frame shown with the player is not a read of its own.
    await expect(table.locator('tbody tr.ant-table-row').count()).resolves.toBe(2);
    await screenshot(sup, 'evidence-supervision');
    await sup.close();
  });

  it('registers a party’s request, has it approved by the agency head and gives the copy', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer1');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/cases/${caseId}`);
    const panel = page.getByTestId('case-evidence');
    await panel.getByRole('button', { name: '登记当事人调阅申请' }).click();
    const modal = page.locator('.ant-modal', { hasText: '登记当事人调阅申请' });
    await modal.getByLabel('申请人').fill('甲县百佳超市有限公司（委托代理人张某）');
    await modal.getByLabel('申请事由').fill('对现场检查过程有异议，申请查阅现场视频');
    await modal.getByText(TITLE).click();
    await modal.getByRole('button', { name: /登\s*记/ }).click();
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('待审批');
    await page.close();

    const head = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(head, 'jxsj.head');
    await head.getByTestId('current-user').waitFor();
    await head.goto(`${baseUrl()}/console/evidence-retrieval`);
    await head.getByRole('tab', { name: '调阅审批' }).click();
    const row = head.getByTestId('retrieval-requests').locator('tr', { hasText: '委托代理人张某' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('当事人申请');
    await screenshot(head, 'evidence-party-request-approval');
    await row.getByRole('button', { name: /批\s*准/ }).first().click();
    await expect.poll(() => head.getByTestId('retrieval-requests').innerText(), { timeout: 10_000 }).not.toContain('委托代理人张某');
    // The agency head puts the recording on legal hold (诉讼保全): a custody event, shown at once.
    await head.goto(`${baseUrl()}/console/cases/${caseId}`);
    await head.getByTestId('case-evidence').locator('[data-testid="evidence-row"]', { hasText: TITLE }).getByTestId('evidence-custody').click();
    await head.getByRole('button', { name: '诉讼保全' }).click();
    const hold = head.locator('.ant-modal', { hasText: '理由' });
    await hold.getByLabel('理由').fill('当事人已提起行政复议');
    await hold.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => head.getByTestId('custody-timeline').innerText(), { timeout: 10_000 }).toContain('诉讼保全');
    await expect(head.locator('.ant-drawer .ant-tag', { hasText: '诉讼保全' }).count()).resolves.toBe(1);
    await screenshot(head, 'evidence-legal-hold');
    await head.close();

    const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(again, 'jxsj.officer1');
    await again.getByTestId('current-user').waitFor();
    await again.goto(`${baseUrl()}/console/cases/${caseId}`);
    const link = again.getByRole('link', { name: `提供副本：${TITLE}` });
    await link.waitFor();
    const [download] = await Promise.all([again.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(VIDEO_NAME);
    const chain = (await (await again.request.get(`${baseUrl()}/api/v1/evidence/${evidenceId}/custody`)).json()) as { items: Array<{ type: string }> };
    expect(chain.items.map((e) => e.type)).toContain('share');
    await again.getByTestId('case-evidence').scrollIntoViewIfNeeded();
    await screenshot(again, 'evidence-party-share');
    await again.close();
  });

  it('refuses a corrupted file with an integrity alarm the supervisor sees', async () => {
    const dataDir = path.dirname(inject('clockFile'));
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer1');
    await page.getByTestId('current-user').waitFor();
    const item = ((await (await page.request.get(`${baseUrl()}/api/v1/evidence/${evidenceId}`)).json()) as { sm3: string });
    const dir = path.join(dataDir, 'evidence', 'objects', item.sm3.slice(0, 2));
    expect(readdirSync(dir)).toContain(item.sm3);
    const file = path.join(dir, item.sm3);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] ^= 0xff;
    writeFileSync(file, bytes);
    const res = await page.request.get(`${baseUrl()}/api/v1/evidence/${evidenceId}/content`, { headers: { range: 'bytes=0-' } });
    expect(res.status()).toBe(409);
    expect((await res.json()).code).toBe('EVIDENCE_INTEGRITY_ALARM');
    await page.close();

    const sup = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(sup, 'jxsf.supervisor');
    await sup.getByTestId('current-user').waitFor();
    await sup.goto(`${baseUrl()}/console/evidence-supervision`);
    await sup.getByRole('tab', { name: '完整性告警' }).click();
    const alarms = sup.getByTestId('integrity-alarms');
    await expect.poll(() => alarms.innerText(), { timeout: 10_000 }).toContain(TITLE);
    await expect(alarms.innerText()).resolves.toContain('哈希不符');
    await screenshot(sup, 'evidence-integrity-alarm');
    await sup.close();
  });
});
