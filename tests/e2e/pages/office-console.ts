// The supervision console: review queue (accept, return with reasons), matrix, lapses.
import type { Locator, Page } from 'playwright-core';

export class ConsolePageModel {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, period: string): Promise<void> {
    await this.page.goto(`${baseUrl}/console?period=${period}`);
    await this.page.getByRole('tab', { name: /待审核/ }).waitFor();
  }

  /** The queue row of a task (by its number) filed by a unit. */
  queueRow(seq: number, unit: string): Locator {
    return (
      this.page
        .locator('.ant-table-row')
        // The first cell after the tick box holds the task's number.
        .filter({
          has: this.page
            .locator('td:not(.ant-table-selection-column)')
            .first()
            .getByText(String(seq), { exact: true }),
        })
        .filter({ hasText: unit })
    );
  }

  /** Opens the return dialog of a queue row, ready for typing. */
  async openReturnDialog(seq: number, unit: string): Promise<Locator> {
    await this.queueRow(seq, unit)
      .getByRole('button', { name: /退\s*回/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: '退回报告' });
    await dialog.getByLabel('退回理由').waitFor();
    // The dialog animates in; a click before it settles can miss its buttons.
    await this.page.waitForTimeout(400);
    return dialog;
  }

  async returnWithReasons(seq: number, unit: string, reasons: string): Promise<void> {
    const dialog = await this.openReturnDialog(seq, unit);
    await dialog.getByLabel('退回理由').fill(reasons);
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async accept(seq: number, unit: string): Promise<void> {
    await this.queueRow(seq, unit)
      .getByRole('button', { name: /采\s*纳/ })
      .click();
    await this.page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /采\s*纳/ })
      .click();
  }

  async showTab(name: '待审核' | '填报矩阵' | '逾期与迟报' | '分板块统计'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(name) }).click();
  }
}
