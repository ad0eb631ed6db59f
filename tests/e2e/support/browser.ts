// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['DUBAN_CHROMIUM'] ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/screenshots/', import.meta.url));

/**
 * Pages ask for reduced motion (`QUIET`), which the app honours (web/src/app/DubanTheme.tsx):
 * menus, lists and dialogs appear in place at once, so a click never lands while one still moves.
 */
export const QUIET = { reducedMotion: 'reduce' } as const;

/**
 * How long a click, a wait or a navigation may take before the test fails. Playwright's own 30 s is
 * too short when two browser files run side by side on two busy cores: a renderer starved of CPU
 * acknowledges a click late, though nothing is wrong. A hang still fails, a minute later.
 */
export const ACTION_TIMEOUT_MS = 60_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Every context (and the one behind browser.newPage) gets the longer timeout.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/** Saves a screenshot (the full page unless told) under test-artifacts/screenshots/NAME.png. */
export async function snapshot(page: Page, name: string, options = { fullPage: true }): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path, fullPage: options.fullPage });
  return path;
}

/** A clerk's phone: 375 px wide, touch, the mobile layout. */
export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  ...QUIET,
} as const;

/** An office desktop. */
export const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN', ...QUIET } as const;
