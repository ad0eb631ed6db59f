// The public progress page at /public (no sign-in), and its accessibility check with axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export class PublicProgressPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/public`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.page.locator('main table, main p[role="status"]').first().waitFor();
  }

  table() {
    return this.page.getByRole('table');
  }

  async choosePeriod(label: string): Promise<void> {
    await this.page.getByLabel('季度').selectOption({ label });
  }

  async search(words: string): Promise<void> {
    await this.page.getByLabel('搜索任务').fill(words);
  }

  /** axe-core's serious and critical violations on the page as it stands. */
  async seriousAccessibilityProblems(): Promise<AxeProblem[]> {
    // Evaluated rather than added as a script tag: the Content-Security-Policy allows no inline script.
    await this.page.evaluate(readFileSync(AXE_PATH, 'utf8'));
    const results = await this.page.evaluate(() =>
      (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
    );
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  }
}
