// Batches in the browser: tick rows, open the confirm step (a dry run), confirm, close the result.
// Every click a person makes is counted by the page itself (trusted click events), so a test can
// hold a flow to its click budget.
import type { BrowserContext, Page } from 'playwright-core';

/** Counts trusted clicks in every page of the context, across reloads (sessionStorage). */
export async function countClicks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        sessionStorage.setItem('clicks', String(Number(sessionStorage.getItem('clicks') ?? '0') + 1));
      },
      true,
    );
  });
}

export const clicksSoFar = async (page: Page): Promise<number> =>
  page.evaluate(() => Number(sessionStorage.getItem('clicks') ?? '0'));

export class BatchDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: /^批量/ });
  }

  /** The dry run's headline, e.g. 将签发报送 54 项. */
  async preview(): Promise<string> {
    const head = this.dialog.getByText(/^将.+ \d+ 项/);
    await head.waitFor();
    return (await head.textContent()) ?? '';
  }

  /** Confirms the act and returns the result's headline, e.g. 已签发报送 54 项. */
  async confirm(): Promise<string> {
    await this.dialog.getByRole('button', { name: /^确认/ }).click();
    const head = this.dialog.getByText(/^已.+ \d+ 项/);
    await head.waitFor();
    return (await head.textContent()) ?? '';
  }

  async finish(): Promise<void> {
    await this.dialog.getByRole('button', { name: /完\s*成/ }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
