// A unit's requests to the office from its filing, in the open quarter of the live demo: 申请延期
// with the new due day typed as a clerk types it (2027-01-20, 2027/01/20, 20270120), by keyboard
// alone on a desktop and by taps on a phone, and 申请办结; in every dialog Tab and Shift+Tab go
// round inside it, never out to the page, and after 提交申请 focus is back on the button that opened it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cityDate } from '../../src/core/period/city-date.ts';
import { periodOfDate } from '../../src/core/period/period.ts';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { settle, WIDTHS } from './support/readable-check.ts';

const REASON = '年底项目集中验收,统计数据须待省局发布后才能填报。';
let server: DemoServer;
let browser: Browser;
const opened: BrowserContext[] = [];
/** Tasks 市发改委 leads, none with a request of the live demo's: one for each test. */
let tasks: number[] = [];
const period = periodOfDate(cityDate(new Date()));

before(async () => {
  server = await startDemoServer({ demo: true, live: true });
  browser = await launchBrowser();
  const year = period.slice(0, 4);
  const answer = await fetch(`${server.url}/api/plans/${year}/tasks?unit=${encodeURIComponent('市发改委')}`);
  const body = (await answer.json()) as { tasks: { id: number; leadUnits: { name: string }[] }[] };
  tasks = body.tasks
    .filter((task) => task.leadUnits.some((unit) => unit.name === '市发改委'))
    .map((task) => task.id)
    .slice(-4);
  assert.equal(tasks.length, 4, '市发改委 leads tasks in the demo');
});

after(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  await server?.close();
});

async function filingAs(login: string, width: keyof typeof WIDTHS, taskId: number): Promise<Page> {
  const context = await browser.newContext(WIDTHS[width]);
  opened.push(context);
  const page = await context.newPage();
  await signIn(page, server.url, login, server.password);
  await page.goto(`${server.url}/tasks/${taskId}/periods/${period}`);
  await settle(page);
  return page;
}

/** What has the keyboard focus: the tag and the accessible name, or BODY when nothing has. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'BODY';
    const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return `${element.tagName}«${label.replace(/\s+/g, '')}»`;
  });
}

async function tabTo(page: Page, name: string, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press(key);
    if ((await focused(page)).includes(`«${name}»`)) return;
  }
  assert.fail(`${name} never took the focus`);
}

/** The day after the due day the dialog shows (现截止日期), plus `days`, as YYYY-MM-DD. */
async function laterThanDue(page: Page, days: number): Promise<string> {
  const text = await page
    .getByRole('dialog')
    .getByText(/现截止日期/)
    .textContent();
  const due = /(\d{4}-\d{2}-\d{2})/.exec(text ?? '')?.[1];
  assert.ok(due, `the dialog shows the due day: ${text}`);
  return new Date(Date.parse(`${due}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function requestedDay(taskId: number): Promise<string | undefined> {
  const office = await browser.newContext(WIDTHS.desktop);
  opened.push(office);
  const page = await office.newPage();
  await signIn(page, server.url, 'duchaban', server.password);
  const answer = await page.request.get(`${server.url}/api/extensions?period=${period}`);
  assert.ok(answer.ok(), `the office lists the requests: ${answer.status()}`);
  const body = (await answer.json()) as { extensions: { taskId: number; requestedDueOn: string }[] };
  return body.extensions.find((extension) => extension.taskId === taskId)?.requestedDueOn;
}

describe('a unit asks the office for more time and for completion', () => {
  it('by keyboard alone: types the new due day, goes round the dialog, and gets the focus back after 提交申请', async () => {
    const taskId = tasks[0] ?? 0;
    const page = await filingAs('fgw-reporter', 'desktop', taskId);
    await tabTo(page, '申请延期');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '申请延期' });
    await dialog.waitFor();
    const day = await laterThanDue(page, 15);
    await tabTo(page, '申请延至');
    await page.keyboard.type(day);
    // Past the picker's 清除 to the reason.
    await tabTo(page, '');
    assert.equal(await focused(page), 'TEXTAREA«»', 'Tab leaves the date for the reason');
    await page.keyboard.type(REASON);
    await tabTo(page, '提交申请');
    // Past the last button focus goes round to the dialog's first control, and back again.
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'BUTTON«关闭»');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(page), 'BUTTON«提交申请»');
    await snapshot(page, 'unit-requests-extension-keyboard');
    await page.keyboard.press('Enter');
    await page.getByText('延期申请已提交,请等待督查室审批').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'BUTTON«申请延期»');
    assert.equal(await requestedDay(taskId), day);
  });

  it('on a phone by taps: the day typed with slashes or as eight digits is the day asked for', async () => {
    for (const [index, write] of [
      [1, (day: string) => day.replaceAll('-', '/')],
      [2, (day: string) => day.replaceAll('-', '')],
    ] as const) {
      const taskId = tasks[index] ?? 0;
      const page = await filingAs('fgw-reporter', 'phone', taskId);
      await page.getByRole('button', { name: '申请延期' }).tap();
      const dialog = page.getByRole('dialog', { name: '申请延期' });
      await dialog.waitFor();
      const day = await laterThanDue(page, 10 + index);
      await dialog.getByLabel('申请延至').tap();
      await page.keyboard.type(write(day));
      // The phone keyboard's Enter closes the calendar over the next field.
      await page.keyboard.press('Enter');
      await dialog.getByLabel('延期理由').tap();
      await page.keyboard.type(REASON);
      await dialog.getByRole('button', { name: '提交申请' }).tap();
      await page.getByText('延期申请已提交,请等待督查室审批').waitFor();
      assert.equal(await requestedDay(taskId), day, `typed as ${write(day)}`);
    }
  });

  it('申请办结 by keyboard: Shift+Tab goes round from the first control to 提交申请, never to the page', async () => {
    const page = await filingAs('fgw-reporter', 'desktop', tasks[3] ?? 0);
    await tabTo(page, '申请办结');
    await page.keyboard.press('Space');
    const dialog = page.getByRole('dialog', { name: '申请办结' });
    await dialog.waitFor();
    const seen: string[] = [];
    for (let presses = 0; presses < 8; presses += 1) {
      await page.keyboard.press(presses < 4 ? 'Tab' : 'Shift+Tab');
      seen.push(await focused(page));
    }
    const outside = await page.evaluate(() => !document.activeElement?.closest('[role="dialog"]'));
    assert.ok(!seen.includes('BODY') && !outside, `focus stays in the dialog: ${seen.join(' → ')}`);
    await dialog.getByLabel('办结依据').focus();
    await page.keyboard.type('全年目标已完成,验收报告已印发。');
    await tabTo(page, '提交申请');
    await page.keyboard.press('Enter');
    await page.getByText('办结申请已提交,请等待督查室核验').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'BUTTON«申请办结»');
  });
});
