import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD } from './browser.ts';

/** Signs in through the console's login form as a person would. */
export const signIn = async (page: Page, username: string, password = DEMO_PASSWORD) => {
  await page.goto(`${baseUrl()}/console/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
};

export const signOut = async (page: Page) => {
  await page.getByTestId('logout').click();
  await page.locator('#username').waitFor();
};
