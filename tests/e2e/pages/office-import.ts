// The admin's import page: upload a notice, settle guessed lead/co boundaries, commit.
import type { Page } from 'playwright-core';
import { pickOption } from '../support/antd-select.ts';

export class ImportPageModel {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/admin/import`);
    await this.page.getByText('点击或将任务分解通知拖到此处').waitFor();
  }

  async upload(filePath: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(filePath);
    await this.page.getByText('通知概况').waitFor();
  }

  /** The editor of one guessed row, by the notice's task number. */
  row(seq: number) {
    return this.page.locator(`[data-split-seq="${seq}"]`);
  }

  /** Moves the boundary so the first `count` units of the row lead. */
  async setLeadCount(seq: number, count: number): Promise<void> {
    await pickOption(this.page, this.page.getByLabel(`第${seq}项牵头单位个数`), `${count}个`);
  }

  /** Switches one unit of a row between lead and co-responsible. */
  async toggleUnit(seq: number, unit: string): Promise<void> {
    await this.row(seq)
      .getByRole('button', { name: new RegExp(unit) })
      .click();
  }

  async acceptAllGuesses(): Promise<void> {
    await this.page.getByRole('button', { name: '全部采纳推断' }).click();
  }

  async setYear(year: number): Promise<void> {
    await this.page.getByLabel('计划年度').fill(String(year));
  }

  async commit(): Promise<void> {
    await this.page.getByRole('button', { name: '确认导入' }).click();
  }
}
