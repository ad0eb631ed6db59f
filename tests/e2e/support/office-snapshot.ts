// A picture of the window as the user sees it: a drawer or dialog is fixed to the window, so a
// full-page picture would draw it in the middle of the page.
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './browser.ts';

export async function viewportSnapshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600); // let a drawer finish sliding in
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}
