// The task page at /tasks/:taskId and the plan at /plan.
import type { Page } from 'playwright-core';

export class TaskPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(taskId: number, period: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/tasks/${taskId}?period=${period}`);
    await this.page.getByRole('heading', { name: '牵头单位进展报告' }).waitFor();
  }

  /** Opens the version history of a filing: the lead's report or a co-unit's input. */
  async showHistory(of: '牵头单位进展报告' | '责任单位反馈', unitName: string): Promise<void> {
    const section = this.page.getByRole('region', { name: of });
    const card = section.locator('.ant-card').filter({ hasText: unitName }).first();
    await card.getByRole('button', { name: /修改历史/ }).click();
  }
}

export class PlanPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(period: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/plan?period=${period}`);
    await this.page.getByText(/^共 \d+ 项任务$/).waitFor();
  }

  async search(words: string): Promise<void> {
    await this.page.getByPlaceholder('搜索任务内容、序号或牵头单位').fill(words);
  }

  async count(): Promise<number> {
    const text = (await this.page.getByText(/^共 \d+ 项任务$/).textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }
}
