// Every demo role on every page of its menu and the main pages behind them, on an office desktop
// (1440 px) and on a phone (390 px): axe finds no serious or critical violation, no page is wider
// than the phone (also with the menu open), and a thumb can hit every button. A screenshot of each
// page at both widths lands in test-artifacts/screenshots/readable-*.png.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { checkPage, contextsFor, phoneMenuProblems, settle, type Width } from './support/readable-check.ts';

const BOTH: Width[] = ['desktop', 'phone'];

let server: DemoServer;
let browser: Browser;
const opened: BrowserContext[] = [];

before(async () => {
  // The live demo, as `npm start` shows it: this year's plan with a history up to today.
  server = await startDemoServer({ demo: true, live: true });
  browser = await launchBrowser();
});

after(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  await server?.close();
});

async function signedIn(login: string): Promise<Record<Width, BrowserContext>> {
  const contexts = await contextsFor(browser, (page) => signIn(page, server.url, login, server.password));
  opened.push(contexts.desktop, contexts.phone);
  return contexts;
}

/** The pages of the side menu, as the desktop shows it to the account. */
async function menuPaths(context: BrowserContext): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await settle(page);
  const paths = await page
    .locator('.ant-menu a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  await page.close();
  return [...new Set(paths)];
}

const nameOf = (login: string, path: string) =>
  `readable-${login}-${path === '/' ? 'home' : path.slice(1).replaceAll('/', '-')}`;

type Visit = (page: Page, width: Width) => Promise<void>;

/** A view reached from a loaded page without reloading it (a tab), checked under its own name. */
interface Step {
  name: string;
  go: (page: Page) => Promise<void>;
}

/**
 * Opens a page at both widths at once (each in its own context), checks it, then walks the steps
 * (tabs) on the same page and checks each; on a phone's home page it also opens the menu.
 */
async function visitBoth(
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

const goto =
  (path: string): Visit =>
  async (page) => {
    await page.goto(`${server.url}${path}`);
  };

/** Every menu page of the account at both widths, with the steps (tabs) some pages have. */
async function menuPages(
  login: string,
  contexts: Record<Width, BrowserContext>,
  stepsOf: Record<string, Step[]> = {},
): Promise<string[]> {
  const paths = await menuPaths(contexts.desktop);
  assert.ok(paths.length >= 2, `${login} sees a menu: ${paths.join(', ')}`);
  const problems: string[] = [];
  for (const path of paths) {
    problems.push(...(await visitBoth(contexts, nameOf(login, path), goto(path), stepsOf[path])));
  }
  return problems;
}

/** The first link on a page whose address matches, as a path. */
async function firstLink(context: BrowserContext, from: string, pattern: RegExp): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${server.url}${from}`);
  await settle(page);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
  await page.close();
  const found = hrefs.find((href) => pattern.test(href));
  assert.ok(found, `a link like ${pattern} on ${from}`);
  return found;
}

const report = (problems: string[]) => assert.deepEqual(problems, [], problems.join('\n'));

describe('every page is readable for every demo role, on a desktop and on a phone', () => {
  it('the sign-in page and the public page', async () => {
    const contexts = await contextsFor(browser, null);
    opened.push(contexts.desktop, contexts.phone);
    report([
      ...(await visitBoth(contexts, 'readable-login', goto('/login'))),
      ...(await visitBoth(contexts, 'readable-public', goto('/public'))),
    ]);
  });

  it('the admin: every menu page', async () => {
    const contexts = await signedIn('admin');
    report(await menuPages('admin', contexts));
  });

  it('the supervision office: every menu page, the console’s tabs, the report drawer, a task and its quarter comparison', async () => {
    const contexts = await signedIn('duchaban');
    const tabs = ['填报矩阵', '亮牌', '延期申请', '办结核验', '热线记录', '逾期与迟报', '分板块统计'].map(
      (label): Step => ({
        name: `readable-duchaban-console-${label}`,
        go: (page) => page.getByRole('tab', { name: new RegExp(label) }).click(),
      }),
    );
    // A filing the office has (accepted or waiting), opened from its square in the matrix.
    const drawer: Visit = async (page) => {
      await page.goto(`${server.url}/console`);
      await page.getByRole('tab', { name: '填报矩阵' }).click();
      await page
        .locator('.duban-cell[data-state="accepted"], .duban-cell[data-state="submitted"]')
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
    };
    const task = await firstLink(contexts.desktop, '/plan', /^\/tasks\/\d+/);
    const problems = await menuPages('duchaban', contexts, { '/console': tabs });
    problems.push(...(await visitBoth(contexts, 'readable-duchaban-report-drawer', drawer)));
    problems.push(...(await visitBoth(contexts, 'readable-duchaban-task', goto(task))));
    const compare = `${task.replace(/^(\/tasks\/\d+).*$/, '$1')}/compare`;
    problems.push(...(await visitBoth(contexts, 'readable-duchaban-compare', goto(compare))));
    report(problems);
  });

  it('the leader: every menu page', async () => {
    report(await menuPages('shizhang', await signedIn('shizhang')));
  });

  it('a unit’s reporter: every menu page, the filing form and a task', async () => {
    const contexts = await signedIn('fgw-reporter');
    const filing = await firstLink(contexts.desktop, '/', /^\/tasks\/\d+\/periods\//);
    const task = filing.replace(/\/periods\/([^/?]+)$/, '?period=$1');
    report([
      ...(await menuPages('fgw-reporter', contexts)),
      ...(await visitBoth(contexts, 'readable-fgw-reporter-filing', goto(filing))),
      ...(await visitBoth(contexts, 'readable-fgw-reporter-task', goto(task))),
    ]);
  });

  it('a unit’s approver: every menu page', async () => {
    report(await menuPages('fgw-approver', await signedIn('fgw-approver')));
  });

  it('the matrix writes unit names across, grouped by kind, the full name shown on focus', async () => {
    const { desktop } = await signedIn('duchaban');
    const page = await desktop.newPage();
    await page.goto(`${server.url}/console`);
    await page.getByRole('tab', { name: '填报矩阵' }).click();
    const head = page.locator('.ant-table-thead button.duban-unit-head').first();
    await head.waitFor();
    const writing = await head.evaluate((element) => getComputedStyle(element).writingMode);
    assert.equal(writing, 'horizontal-tb');
    await page
      .locator('.ant-table-thead')
      .getByText(/^市直部门\(\d+\)$/)
      .waitFor({ timeout: 5000 });
    const name = (await head.getAttribute('aria-label')) ?? '';
    assert.match(name, /^市\S+局|^市\S+委/);
    await head.focus();
    await page
      .getByRole('tooltip')
      .filter({ hasText: name.split(':')[0] ?? '' })
      .waitFor();
    // The head stays in place while the matrix scrolls down inside its own box.
    await page.locator('.ant-table-tbody-virtual-holder').hover();
    const before = await head.boundingBox();
    const firstRow = await page.locator('.ant-table-row').first().textContent();
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    assert.notEqual(await page.locator('.ant-table-row').first().textContent(), firstRow);
    assert.equal((await head.boundingBox())?.y, before?.y);
    await page.close();
  });

  it('a page the account may not open says so in Chinese, with a way back', async () => {
    const { desktop } = await signedIn('fgw-reporter');
    const page = await desktop.newPage();
    await page.goto(`${server.url}/admin/accounts`);
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/admin/accounts');
    await page.getByRole('link', { name: '返回首页' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.close();
  });
});
