// The quarterly form at /tasks/:taskId/periods/:key: fill, watch it autosave, submit, sign off.
import type { Page } from 'playwright-core';

export type SelfStatusLabel = '未启动' | '正常推进' | '滞后' | '已完成';

export class FilingPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(taskId: number, period: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/tasks/${taskId}/periods/${period}`);
    await this.page.locator('#filing-progress, .ant-descriptions').first().waitFor();
  }

  get progress() {
    return this.page.locator('#filing-progress');
  }

  async fillProgress(text: string): Promise<void> {
    await this.progress.fill(text);
  }

  async chooseStatus(label: SelfStatusLabel): Promise<void> {
    await this.page.getByRole('radiogroup', { name: '当前状态' }).getByText(label, { exact: true }).click();
  }

  async setPercent(percent: number): Promise<void> {
    await this.page.locator('#filing-percent').fill(String(percent));
  }

  /** Types an indicator's actual value in the scale the form shows (万平方米, %, 家). */
  async setIndicator(metric: string, value: number): Promise<void> {
    await this.page.getByLabel(`${metric}(目标`).fill(String(value));
  }

  async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(file);
    await this.page.getByRole('link', { name: file.name }).waitFor();
  }

  /** Waits until the draft is saved with everything typed so far. */
  async waitSaved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
  }

  saveStatus() {
    return this.page.getByRole('status').filter({ has: this.page.locator('[data-save-status]') });
  }

  async quote(unitName: string): Promise<void> {
    await this.page.getByRole('button', { name: `引用${unitName}的进展` }).click();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交审核' }).click();
    await this.page.getByText('已提交本单位审核人签发').first().waitFor();
  }

  async signOff(): Promise<void> {
    await this.page.getByRole('button', { name: '签发报送' }).click();
    await this.page.getByText('已签发报送督查办').first().waitFor();
  }
}
