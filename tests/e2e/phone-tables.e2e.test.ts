// The office's and the admin's tables on a 390 px phone: a table wider than the screen scrolls
// sideways inside its own box, a named region a keyboard scrolls, instead of squeezing its columns
// to 30 px (a unit name one character under another); the page stays as wide as the phone, and axe
// finds nothing serious at 390 or 1440 px. Also on a phone: a plan task's title and each unit's
// 查看明细 are thumb-sized links, and an alias is stopped (停用别名) by keyboard and by a 44 px tap.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { claimCompletion } from '../../src/services/supervision/completions.usecases.ts';
import { requestExtension } from '../../src/services/supervision/extensions.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReports, leadTasks } from './support/office-seed.ts';
import { checkPage, contextsFor, settle, type Width } from './support/readable-check.ts';

const PERIOD = '2024-Q1';
/** Four Chinese characters of 14 px: a column narrower than that breaks a unit's name. */
const NARROWEST = 56;
let server: DemoServer;
let browser: Browser;
const opened: BrowserContext[] = [];

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  await fileLeadReports(server, { code: 'fgw', period: PERIOD, count: 2 });
  const [claimed] = await leadTasks(server, { code: 'fgw', count: 1 });
  const [late] = await leadTasks(server, { code: 'jxj', count: 1 });
  assert.ok(claimed && late, 'the demo units lead tasks');
  const store = server.db.store;
  await claimCompletion({
    actor: await server.actorOf('fgw-reporter'),
    taskId: claimed.id,
    evidence: '年度目标已全部完成,验收报告已印发。',
    attachmentIds: [],
    store,
    clock: systemClock,
  });
  await requestExtension({
    actor: await server.actorOf('jxj-reporter'),
    taskId: late.id,
    period: PERIOD,
    requestedDueOn: '2024-04-30',
    reason: '统计数据须待省局发布后才能填报。',
    store,
    // Before the quarter's (past) due date, when a unit may still ask.
    clock: () => new Date('2024-03-20T02:00:00Z'),
  });
});

after(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  await server?.close();
});

async function pagesOf(login: string): Promise<Record<Width, Page>> {
  const contexts = await contextsFor(browser, (page) => signIn(page, server.url, login, server.password));
  opened.push(contexts.desktop, contexts.phone);
  return { desktop: await contexts.desktop.newPage(), phone: await contexts.phone.newPage() };
}

/**
 * Shown table cells too narrow for the first four Chinese characters of their text (all of it when
 * shorter) on one line: a unit name broken one or two characters a line.
 */
function squeezedCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.ant-table-cell'))
      .filter((cell) => !cell.closest('[aria-hidden="true"]') && cell.getBoundingClientRect().width > 0)
      .map((cell) => {
        const style = getComputedStyle(cell);
        const room =
          cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const han = (cell.innerText.match(/\p{Script=Han}/gu) ?? []).length;
        return { text: cell.innerText.trim(), room, needs: Math.min(han, 4) * parseFloat(style.fontSize) };
      })
      .filter((cell) => cell.room + 0.5 < cell.needs)
      .map((cell) => `«${cell.text.replace(/\s+/g, '').slice(0, 8)}» ${Math.round(cell.room)} px`),
  );
}

/** The shown table's sideways box: a focusable region named in Chinese that the arrow keys scroll. */
async function scrollsByKeyboard(page: Page, within: Locator): Promise<string[]> {
  const region = within.locator('.ant-table-content[role="region"]:visible').first();
  if ((await region.count()) === 0) return ['the table is no region a keyboard can scroll'];
  const label = (await region.getAttribute('aria-label')) ?? '';
  await region.focus();
  for (let press = 0; press < 4; press += 1) await page.keyboard.press('ArrowRight');
  // The browser scrolls smoothly: wait for it to move.
  const scrolled = await region
    .evaluate((box) => new Promise<number>((done) => setTimeout(() => done(box.scrollLeft), 500)))
    .catch(() => 0);
  await region.evaluate((box) => box.scrollTo({ left: 0 }));
  return [
    ...(/[\u4e00-\u9fff]/.test(label) ? [] : [`the region is named «${label}»`]),
    ...(scrolled > 0 ? [] : ['ArrowRight does not scroll the table']),
  ];
}

/** Every check of the shown table at both widths; on the phone its columns and its keyboard too. */
async function tableProblems(
  pages: Record<Width, Page>,
  name: string,
  within: (page: Page) => Locator = (page) => page.locator('body'),
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of ['desktop', 'phone'] as const) {
    const page = pages[width];
    await page.locator('.ant-table-row:visible').first().waitFor();
    await settle(page);
    problems.push(...(await checkPage(page, `phone-tables-${name}`, width)));
    if (width !== 'phone') continue;
    const squeezed = await squeezedCells(page);
    if (squeezed.length > 0) problems.push(`${name}: columns squeezed: ${squeezed.slice(0, 6).join(', ')}`);
    problems.push(...(await scrollsByKeyboard(page, within(page))).map((line) => `${name}: ${line}`));
  }
  return problems;
}

const bothWidths = async (pages: Record<Width, Page>, act: (page: Page) => Promise<void>) => {
  await act(pages.desktop);
  await act(pages.phone);
};

const report = (problems: string[]) => assert.deepEqual(problems, [], problems.join('\n'));

describe('tables on a phone scroll sideways inside their box instead of squeezing their columns', () => {
  it("the office's review queue, section counts, extension and completion requests", async () => {
    const pages = await pagesOf('duchaban');
    await bothWidths(pages, async (page) => {
      await page.goto(`${server.url}/console?period=${PERIOD}`);
      await page.getByRole('cell', { name: '市发改委' }).first().waitFor();
    });
    const problems = await tableProblems(pages, 'review-queue');
    for (const [tab, name, text] of [
      ['分板块统计', 'section-counts', '合计'],
      ['延期申请', 'extensions', '市经信局'],
      ['办结核验', 'completions', '市发改委'],
    ] as const) {
      await bothWidths(pages, async (page) => {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel').getByRole('cell', { name: text }).first().waitFor();
      });
      problems.push(...(await tableProblems(pages, name)));
    }
    report(problems);
  });

  it("the assessment's filing burden", async () => {
    const pages = await pagesOf('shizhang');
    await bothWidths(pages, async (page) => {
      await page.goto(`${server.url}/assessment`);
      await page.getByRole('columnheader', { name: '应报表单' }).waitFor();
    });
    const burden = (page: Page) => page.locator('.ant-card').filter({ hasText: '减负统计' });
    await bothWidths(pages, (page) => burden(page).scrollIntoViewIfNeeded());
    const problems = await tableProblems(pages, 'assessment', burden);
    const squeezed = await burden(pages.phone).evaluate(
      (card, min) =>
        Array.from(card.querySelectorAll<HTMLElement>('td.ant-table-cell'))
          .filter((cell) => cell.getBoundingClientRect().width < min)
          .map((cell) => cell.innerText),
      NARROWEST,
    );
    assert.deepEqual(squeezed, [], 'the burden table squeezes its cells on a phone');
    // Each unit's 查看明细 in the ranking is a link a thumb can hit.
    const details = pages.phone.getByRole('link', { name: '查看明细' }).first();
    const box = await details.boundingBox();
    assert.ok(box && box.height >= 44 && box.width >= 44, `查看明细 is ${box?.width}×${box?.height} px`);
    report(problems);
  });

  it("the admin's units and accounts", async () => {
    const pages = await pagesOf('admin');
    const problems: string[] = [];
    for (const path of ['/admin/units', '/admin/accounts']) {
      await bothWidths(pages, (page) => page.goto(`${server.url}${path}`).then(() => undefined));
      problems.push(...(await tableProblems(pages, path.slice(1).replace('/', '-'))));
    }
    report(problems);
  });
});

describe('links and small actions in tables on a phone', () => {
  it("a plan task's title is a 44 px tap target on a phone and a plain line of text on a desk", async () => {
    const pages = await pagesOf('duchaban');
    await bothWidths(pages, (page) => page.goto(`${server.url}/plan?period=${PERIOD}`).then(() => undefined));
    const titles = (page: Page) => page.locator('.ant-table-row a[href^="/tasks/"]');
    await titles(pages.phone).first().waitFor();
    const low = await titles(pages.phone).evaluateAll((links) =>
      links
        .map((link) => link.getBoundingClientRect())
        .filter((box) => box.height < 44 || box.width < 44)
        .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    assert.deepEqual(low, [], 'task titles under 44 px on a phone');
    await titles(pages.desktop).first().waitFor();
    const desk = await titles(pages.desktop)
      .first()
      .evaluate((link) => getComputedStyle(link).display);
    assert.equal(desk, 'inline', 'a task title on a desk is a line of text in its cell');
  });

  it('an alias is stopped by keyboard, with a confirmation, and tapped on a phone', async () => {
    const pages = await pagesOf('admin');
    await bothWidths(pages, (page) => page.goto(`${server.url}/admin/units`).then(() => undefined));
    const stop = (page: Page) => page.getByRole('button', { name: /^停用别名/ }).first();
    await stop(pages.phone).waitFor();
    const box = await stop(pages.phone).boundingBox();
    assert.ok(box && box.width >= 44 && box.height >= 44, `停用别名 is ${box?.width}×${box?.height} px`);

    const page = pages.desktop;
    await stop(page).waitFor();
    const alias = ((await stop(page).getAttribute('aria-label')) ?? '').replace(/^停用别名/, '');
    assert.ok(alias.length > 0, 'the button names its alias');
    const row = page
      .locator('.ant-table-row')
      .filter({ has: stop(page) })
      .first();
    await row.getByText(alias, { exact: true }).waitFor();
    // From the search box, Tab reaches the button: it is in the page's tab order.
    await page.locator('input[aria-label="搜索单位"]').focus();
    let reached = false;
    for (let press = 0; press < 60 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (name) => document.activeElement?.getAttribute('aria-label') === name,
        `停用别名${alias}`,
      );
    }
    assert.ok(reached, `Tab reaches 停用别名${alias}`);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('tooltip').filter({ hasText: `停用别名“${alias}”` });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: /停\s*用/ }).click();
    await page.getByRole('button', { name: `停用别名${alias}` }).waitFor({ state: 'detached' });
    await row.getByText(alias, { exact: true }).waitFor({ state: 'detached' });
  });
});
