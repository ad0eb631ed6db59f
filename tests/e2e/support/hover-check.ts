// Colour contrast with the pointer resting on a control: a button's hover colours are what a mouse
// user reads while deciding to click, and axe on a page at rest never sees them. Each kind of button
// (primary, danger, link, default) and plain links are hovered in turn, a few of each, and axe's
// colour-contrast rule is run on the hovered control alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const KINDS: Record<string, string> = {
  primary: '.ant-btn-primary:not(.ant-btn-dangerous)',
  danger: '.ant-btn-dangerous',
  link: '.ant-btn-link:not(.ant-btn-dangerous)',
  default: '.ant-btn-default:not(.ant-btn-dangerous)',
  'plain link': 'a[href]:not(.ant-btn)',
};

/** How many controls of each kind are hovered on one page. */
const EACH = 3;

/** The problems found, and how many controls of each kind were hovered. */
export const HOVER_KINDS = Object.keys(KINDS);

export async function hoverProblems(page: Page, hovered: Map<string, number> = new Map()): Promise<string[]> {
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const problems: string[] = [];
  for (const [kind, selector] of Object.entries(KINDS)) {
    const controls = page.locator(`${selector}:visible:not([disabled])`);
    const count = Math.min(await controls.count(), EACH);
    for (let at = 0; at < count; at += 1) {
      const control = controls.nth(at);
      if (!(await control.isEnabled())) continue;
      const rested = await control.hover({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (!rested) continue;
      hovered.set(kind, (hovered.get(kind) ?? 0) + 1);
      await control.evaluate((element) => element.setAttribute('data-hover-check', ''));
      // Passed as text: the tests compile without the DOM library the page's axe global needs.
      const found = await page.evaluate<string[]>(`axe
        .run(document.querySelector('[data-hover-check]'), { runOnly: ['color-contrast'] })
        .then((result) => result.violations.flatMap((v) => v.nodes.map((node) =>
          (node.any[0] ? node.any[0].message : v.id) + ' ' + node.html.slice(0, 80))))`);
      await control.evaluate((element) => element.removeAttribute('data-hover-check'));
      const name = ((await control.textContent()) ?? '').trim().slice(0, 16);
      problems.push(...found.map((line) => `hovering ${kind} «${name}»: ${line}`));
    }
  }
  await page.mouse.move(0, 0);
  return problems;
}
