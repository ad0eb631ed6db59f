// The walk behind the "readable everywhere" files: the live demo in a browser, each page opened at
// both widths at once and checked (readable-check.ts), every menu page of an account, and a page's
// first link of a kind. The walk is split over files by role so that two run side by side.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from '../pages/sign-in.page.ts';
import { launchBrowser } from './browser.ts';
import { startDemoServer, type DemoServer } from './demo-server.ts';
import { checkPage, contextsFor, phoneMenuProblems, settle, type Width } from './readable-check.ts';

const BOTH: Width[] = ['desktop', 'phone'];

export type Visit = (page: Page, width: Width) => Promise<void>;

/** A view reached from a loaded page without reloading it (a tab), checked under its own name. */
export interface Step {
  name: string;
  go: (page: Page) => Promise<void>;
}

export const nameOf = (login: string, path: string) =>
  `readable-${login}-${path === '/' ? 'home' : path.slice(1).replaceAll('/', '-')}`;

export const report = (problems: string[]) => assert.deepEqual(problems, [], problems.join('\n'));

export class ReadableTour {
  private readonly opened: BrowserContext[] = [];

  private constructor(
    readonly server: DemoServer,
    readonly browser: Browser,
  ) {}

  /** The live demo, as `npm start` shows it: this year's plan with a history up to today. */
  static async start(): Promise<ReadableTour> {
    const server = await startDemoServer({ demo: true, live: true });
    return new ReadableTour(server, await launchBrowser());
  }

  async close(): Promise<void> {
    for (const context of this.opened) await context.close();
    await this.browser.close();
    await this.server.close();
  }

  /** A desktop and a phone context, signed in as LOGIN (or not signed in when null). */
  async contexts(login: string | null): Promise<Record<Width, BrowserContext>> {
    const contexts = await contextsFor(
      this.browser,
      login === null ? null : (page) => signIn(page, this.server.url, login, this.server.password),
    );
    this.opened.push(contexts.desktop, contexts.phone);
    return contexts;
  }

  goto(path: string): Visit {
    return async (page) => {
      await page.goto(`${this.server.url}${path}`);
    };
  }

  /**
   * Opens a page at both widths at once (each in its own context), checks it, then walks the steps
   * (tabs) on the same page and checks each; on a phone's home page it also opens the menu.
   */
  async visitBoth(
    contexts: Record<Width, BrowserContext>,
    name: string,
    visit: Visit,
    steps: Step[] = [],
  ): Promise<string[]> {
    const atWidth = async (width: Width) => {
      const page = await contexts[width].newPage();
      await visit(page, width);
      const problems = await checkPage(page, name, width);
      if (width === 'phone' && name.endsWith('-home')) {
        problems.push(...(await phoneMenuProblems(page)).map((line) => `${name} @phone: ${line}`));
      }
      for (const step of steps) {
        await step.go(page);
        problems.push(...(await checkPage(page, step.name, width)));
      }
      await page.close();
      return problems;
    };
    return (await Promise.all(BOTH.map(atWidth))).flat();
  }

  /** Every menu page of the account at both widths, with the steps (tabs) some pages have. */
  async menuPages(
    login: string,
    contexts: Record<Width, BrowserContext>,
    stepsOf: Record<string, Step[]> = {},
  ): Promise<string[]> {
    const paths = await this.menuPaths(contexts.desktop);
    assert.ok(paths.length >= 2, `${login} sees a menu: ${paths.join(', ')}`);
    const problems: string[] = [];
    for (const path of paths) {
      problems.push(...(await this.visitBoth(contexts, nameOf(login, path), this.goto(path), stepsOf[path])));
    }
    return problems;
  }

  /** The first link on a page whose address matches, as a path. */
  async firstLink(context: BrowserContext, from: string, pattern: RegExp): Promise<string> {
    const page = await context.newPage();
    await page.goto(`${this.server.url}${from}`);
    await settle(page);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
    await page.close();
    const found = hrefs.find((href) => pattern.test(href));
    assert.ok(found, `a link like ${pattern} on ${from}`);
    return found;
  }

  /** The pages of the side menu, as the desktop shows it to the account. */
  private async menuPaths(context: BrowserContext): Promise<string[]> {
    const page = await context.newPage();
    await page.goto(`${this.server.url}/`);
    await settle(page);
    const paths = await page
      .locator('.ant-menu a[href]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    await page.close();
    return [...new Set(paths)];
  }
}
