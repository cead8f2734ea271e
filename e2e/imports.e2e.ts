import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx, writeXlsx } from '../apps/server/src/modules/imports/xlsx.ts';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn } from './support/console.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['所属执法主体', '内设机构', '姓名*', '性别*', '职务', '执法证号*', '发证机关*', '有效期起*', '有效期止*', '执法领域*', '法律职业资格', '法制审核人员'];
const officerRow = (n: number, over: Partial<Record<'agency' | 'gender' | 'from' | 'to', string>> = {}) => [
  over.agency ?? '甲县市场监督管理局',
  over.agency ? '' : '执法稽查大队',
  `导入队员${n}`,
  over.gender ?? (n % 2 ? '男' : '女'),
  '执法队员',
  `E2E-IMP-${String(n).padStart(4, '0')}`,
  '某省人民政府（演示）',
  over.from ?? '2026-01-01',
  over.to ?? '2028-12-31',
  '市场监管',
  '否',
  '否',
];

/** Chooses the file in the page's upload (a hidden file input) and starts the import. */
const importFile = async (page: Page, name: string, rows: string[][]) => {
  await page.locator('[data-testid=import-upload] input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(writeXlsx('执法人员', rows)) });
  await page.getByText(name).waitFor();
  await page.getByRole('button', { name: '开始导入' }).click();
};

describe('批量导入导出: the system admin imports officers from a spreadsheet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Sign in once for the whole file: logins are rate-limited per address for the whole run.
    await signIn(page, 'sysadmin');
    await page.getByTestId('current-user').waitFor();
  });
  afterAll(() => browser.close());

  it('finds the page in the menu and downloads the officers template in the documented layout', async () => {
    await expect(page.getByRole('menu').first().innerText()).resolves.toContain('批量导入导出');
    await page.getByRole('menu').first().getByText('批量导入导出').click();
    await page.locator('#import-type').waitFor();
    await page.locator('#import-type').click();
    await page.locator('.ant-select-item-option', { hasText: '执法人员' }).click();
    await page.getByText('导入执法人员', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载模板：Excel/ }).click()]);
    expect(download.suggestedFilename()).toBe('执法人员导入模板.xlsx');
    const template = readXlsx(readFileSync(await download.path()));
    expect(template[0]).toEqual(HEADER);
  });

  it('refuses a file with three bad rows and names each row, column and reason', async () => {
    const rows = [
      HEADER,
      officerRow(1),
      officerRow(2, { gender: '未知' }),
      officerRow(3),
      officerRow(4, { from: '2029-01-01' }),
      officerRow(5, { agency: '不存在的局' }),
    ];
    await importFile(page, '执法人员-有误.xlsx', rows);
    await page.getByTestId('import-failed').waitFor();
    await expect(page.getByTestId('import-failed').innerText()).resolves.toContain('3 行数据有误，全部未导入');
    const table = page.getByTestId('import-errors');
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(cells.map((c) => c[0])).toEqual(['第 3 行', '第 5 行', '第 6 行']);
    expect(cells[0]).toEqual(['第 3 行', '性别', expect.stringContaining('男')]);
    expect(cells[1]).toEqual(['第 5 行', '有效期止', expect.stringContaining('不能晚于截止日')]);
    expect(cells[2]).toEqual(['第 6 行', '所属执法主体', expect.stringContaining('不存在的局')]);
    await expect(page.getByTestId('import-progress').getAttribute('data-status')).resolves.toBe('failed');
    await screenshot(page, 'import-refused');
  });

  it('imports a good file and shows the progress bar at 100% and the count imported', async () => {
    const rows = [HEADER, ...Array.from({ length: 25 }, (_, i) => officerRow(100 + i))];
    await importFile(page, '执法人员.xlsx', rows);
    await page.getByTestId('import-succeeded').waitFor();
    await expect(page.getByTestId('import-succeeded').innerText()).resolves.toContain('已导入 25 行');
    await expect(page.getByTestId('import-progress').getAttribute('data-percent')).resolves.toBe('100');
    await expect(page.locator('[data-testid=import-progress] .ant-progress-status-success').count()).resolves.toBe(1);
    await expect(page.getByTestId('import-errors').count()).resolves.toBe(0);
    await screenshot(page, 'import-succeeded');
    // The officers are in the register.
    const res = await page.request.get(`${baseUrl()}/api/v1/officers?pageSize=200&q=${encodeURIComponent('导入队员')}`);
    expect((await res.json()).total).toBe(25);
  });
});
