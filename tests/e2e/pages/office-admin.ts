// The admin's directory, account and period pages.
import type { Locator, Page } from 'playwright-core';
import { pickOption } from '../support/antd-select.ts';

export class AdminPagesModel {
  constructor(readonly page: Page) {}

  /** The open dialog with the given title. */
  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  async confirmDialog(title: string | RegExp, button: RegExp): Promise<void> {
    const dialog = this.dialog(title);
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  tableRow(text: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: text });
  }

  /** Chooses an entry of a row's 操作 menu on the units page. */
  async unitAction(unit: string, action: string): Promise<void> {
    await this.tableRow(unit).first().getByRole('button', { name: /操作/ }).hover();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Picks an option of the antd select with the given accessible label. */
  async choose(select: Locator, option: string): Promise<void> {
    await pickOption(this.page, select, option, true);
    // A multiple select keeps its list open; a click on the dialog's title closes it.
    await this.page.locator('.ant-modal-title:visible').last().click();
  }
}
