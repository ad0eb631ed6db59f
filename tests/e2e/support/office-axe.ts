// axe-core's WCAG 2 A/AA rules on the page as it stands, as plain data for assertions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | null = null;

export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated rather than added as a script tag: the app's Content-Security-Policy allows no inline
  // script, and a test must not loosen it.
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(axeSource);
  // Passed as text: the tests compile without the DOM library the page's axe global needs.
  return page.evaluate<Violation[]>(`axe
    .run(document, { runOnly: ['wcag2a', 'wcag2aa'] })
    .then((result) => result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((node) => node.html.slice(0, 120)),
    })))`);
}
