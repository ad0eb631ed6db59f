// Signing in as an office account (admin, supervisor, leader) and opening a page of the frame.
import type { Browser, Page } from 'playwright-core';
import { QUIET } from '../support/browser.ts';

export async function signIn(
  browser: Browser,
  baseUrl: string,
  login: string,
  password: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, ...QUIET });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Opens a page from the side menu, as a user would. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}
