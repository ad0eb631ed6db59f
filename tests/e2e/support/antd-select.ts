// Picking an option of an antd select the way a person does: open it, wait until the list has
// stopped moving, click the option. The list opens with a slide-up motion; a click aimed while it
// still moves can land on the neighbouring option when the machine is busy.
import type { Locator, Page } from 'playwright-core';

/** The open option list, once its opening motion has finished. */
export function settledDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"])');
}

export async function pickOption(
  page: Page,
  select: Locator,
  title: string,
  typeFirst = false,
): Promise<void> {
  await select.click();
  if (typeFirst) await page.keyboard.type(title);
  await settledDropdown(page).getByTitle(title, { exact: true }).click();
}
