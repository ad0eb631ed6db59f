// What "readable everywhere" checks on a page as it stands: axe's serious and critical violations
// (WCAG 2 A/AA, colour contrast included), and on a phone no page wider than the screen, the menu
// overlaying the page, and tap targets of at least 44 px. Each check returns the problems it finds
// as lines, so one run lists every failure at once.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { QUIET, snapshot } from './browser.ts';
import { axeViolations } from './office-axe.ts';

export const WIDTHS = {
  desktop: { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', ...QUIET },
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    ...QUIET,
  },
} as const;

export type Width = keyof typeof WIDTHS;

/** A desktop and a phone context sharing one sign-in (the phone reuses the desktop's cookies). */
export async function contextsFor(
  browser: Browser,
  signIn: ((page: Page) => Promise<void>) | null,
): Promise<Record<Width, BrowserContext>> {
  const desktop = await browser.newContext(WIDTHS.desktop);
  if (signIn) await signIn(await desktop.newPage());
  const phone = await browser.newContext({ ...WIDTHS.phone, storageState: await desktop.storageState() });
  return { desktop, phone };
}

/** Waits until the page's requests are done and no spinner or skeleton is left. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(150);
}

/** axe's serious and critical violations, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `axe ${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).join(' | ')}`);
}

/** The page's width against the screen's. */
export async function overflowProblems(page: Page): Promise<string[]> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  return scrollWidth <= innerWidth ? [] : [`page is ${scrollWidth} px wide on a ${innerWidth} px screen`];
}

const TAP_TARGETS = [
  'button',
  'a.ant-btn',
  '.ant-tabs-tab',
  '.ant-menu-item',
  '.ant-pagination-item',
  '.ant-segmented-item',
].join(', ');

/** Buttons, tabs, menu and pagination items a thumb must hit: at least 44 × 44 px on screen. */
export async function tapTargetProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[], string>((selector) => {
    const small: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      // A switch or a box inside its label is tapped anywhere on the label.
      const box = (element.closest('label') ?? element).getBoundingClientRect();
      const shown = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      // Only what a person can tap now: a hidden dropdown's items or a closed drawer do not count.
      if (!shown || element.closest('[aria-hidden="true"], .ant-select-dropdown-hidden')) continue;
      if (box.height >= 43.5 && box.width >= 43.5) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 20);
      small.push(`«${name}» ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small.length === 0 ? [] : [`tap targets under 44 px: ${small.slice(0, 8).join(', ')}`];
  }, TAP_TARGETS);
}

/**
 * Every action is on the screen or in a box that scrolls to it: a button or link cut off by a card
 * (the page itself no wider than the screen) cannot be reached on a phone.
 */
export async function offScreenProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= window.innerWidth + 1 && box.left >= -1) continue;
      // A virtual table's rows move sideways under its own scrollbar, not through an overflow.
      if (element.closest('.ant-table-tbody-virtual')) continue;
      // (No helper function here: the test's compiler would wrap it in a name the page lacks.)
      let parent = element.parentElement;
      while (parent) {
        const overflow = getComputedStyle(parent).overflowX;
        if (/auto|scroll/.test(overflow) && parent.scrollWidth > parent.clientWidth) break;
        // A table's fixed head and a virtual table's body scroll sideways by their own scrollbar.
        const own = parent.matches(
          '.ant-table-header, .ant-table-tbody-virtual-holder, .ant-table-tbody-virtual',
        );
        if (own && parent.scrollWidth > parent.clientWidth) break;
        parent = parent.parentElement;
      }
      if (parent) continue;
      cut.push(`«${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 20)}»`);
    }
    return cut.length === 0 ? [] : [`off the screen: ${cut.slice(0, 8).join(', ')}`];
  });
}

/** Opens the phone's menu, checks it overlays the page, and closes it again. */
export async function phoneMenuProblems(page: Page): Promise<string[]> {
  const opener = page.getByRole('button', { name: '打开菜单' });
  if ((await opener.count()) === 0) return ['no 打开菜单 button on the phone'];
  await opener.click();
  const menu = page.getByRole('dialog', { name: '菜单' });
  await menu.waitFor();
  const problems = [...(await overflowProblems(page)), ...(await tapTargetProblems(page))].map(
    (line) => `menu open: ${line}`,
  );
  problems.push(...(await axeProblems(page)).map((line) => `menu open: ${line}`));
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  return problems;
}

/**
 * The UI speaks Chinese: no control named in English (Ant Design's "Increase Value", "close") and
 * no programmer's identifier (attachmentIds, selfStatus) in the text a person reads.
 */
export async function languageProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    // Ant Design's icons are renamed in Chinese (or hidden as decoration) when the web is built.
    const english = Array.from(document.querySelectorAll('[aria-label]'))
      .map((element) => element.getAttribute('aria-label') ?? '')
      .filter((label) => /^[A-Za-z][A-Za-z .-]*$/.test(label.trim()));
    const identifiers = document.body.innerText.match(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g) ?? [];
    return { english, identifiers };
  });
  const problems: string[] = [];
  if (found.english.length > 0) problems.push(`English labels: ${[...new Set(found.english)].join(', ')}`);
  if (found.identifiers.length > 0)
    problems.push(`identifiers in the text: ${[...new Set(found.identifiers)].join(', ')}`);
  return problems;
}

/** Every check for one page at one width; saves the screenshot test-artifacts/screenshots/NAME-WIDTH.png. */
export async function checkPage(page: Page, name: string, width: Width): Promise<string[]> {
  const started = Date.now();
  await settle(page);
  const settled = Date.now();
  const problems = [...(await axeProblems(page)), ...(await languageProblems(page))];
  if (width === 'phone') {
    problems.push(
      ...(await overflowProblems(page)),
      ...(await offScreenProblems(page)),
      ...(await tapTargetProblems(page)),
    );
  }
  await snapshot(page, `${name}-${width}`, { fullPage: false });
  if (process.env['READABLE_TIMING'])
    console.log(`${name} @${width}: settled ${settled - started} ms, checked ${Date.now() - settled} ms`);
  return problems.map((line) => `${name} @${width}: ${line}`);
}
