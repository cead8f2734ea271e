import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './support/browser.ts';
import { signIn, signOut } from './support/console.ts';

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

describe('second factor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('lets a demo officer enrol TOTP, sign out, and sign back in with a code', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'jxsj.officer2');
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${baseUrl()}/console/security`);
    await page.getByRole('button', { name: '绑定动态口令' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(page.locator('img[alt*="二维码"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'totp-enrol');
    await page.locator('#totp-code').fill(await codeAt(secret, new Date()));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByText('已绑定动态口令').waitFor();
    await screenshot(page, 'totp-enrolled');
    await signOut(page);

    await signIn(page, 'jxsj.officer2');
    await page.locator('#totp-code').waitFor();
    await screenshot(page, 'totp-login-step');
    // The enrolment code was spent; the next 30-second step's code is accepted within the tolerance window.
    await page.locator('#totp-code').fill(await codeAt(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: /验\s*证/ }).click();
    await page.getByTestId('current-user').waitFor();
    await expect(page.getByTestId('current-user').innerText()).resolves.toContain('jxsj.officer2');
    await screenshot(page, 'totp-signed-in');
  });
});
