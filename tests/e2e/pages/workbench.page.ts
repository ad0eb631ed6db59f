// The unit's workbench (工作台) at /: the quarter's tasks, filtered by what needs doing.
import type { Page } from 'playwright-core';

export type Bucket = '全部' | '待办' | '待签发' | '已报送' | '已采纳';

export class WorkbenchPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(period: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/?period=${period}`);
    await this.page.getByRole('heading', { name: '工作台' }).waitFor();
  }

  async showBucket(bucket: Bucket): Promise<void> {
    await this.page.getByText(new RegExp(`^${bucket} \\d+$`)).click();
  }

  /** The link to a task's form in this quarter (a card on a phone, a button in the table). */
  filingLink(taskId: number, period: string) {
    return this.page.locator(`a[href="/tasks/${taskId}/periods/${period}"]`).first();
  }

  async openFiling(taskId: number, period: string): Promise<void> {
    await this.filingLink(taskId, period).click();
    await this.page.waitForURL(`**/tasks/${taskId}/periods/${period}`);
  }
}
