import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Debian's chromium, headless, with no background traffic (the machine has no outside network). */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

export const baseUrl = () => inject('baseUrl');

/** The whole page, or only what the window shows (`fullPage: false`) where the page is too long to look at whole. */
export const screenshot = async (page: Page, name: string, { fullPage = true } = {}) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
};

export const DEMO_PASSWORD = 'Demo@2026';

/**
 * Moves the server's clock `days` ahead of real time (0 puts it back). Sessions idle longer than 30 minutes end,
 * so sign in again after moving it. A test that moves the clock puts it back in its afterAll.
 */
export const setClockOffsetDays = (days: number) => writeFileSync(inject('clockFile'), String(Math.round(days * 86_400_000)));
