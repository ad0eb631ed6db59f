// A notice that plans its tasks by quarter (进度安排 over 第一季度…第四季度): the admin sees each task's
// quarter plans in the import preview, and once the plan is committed the lead unit's clerk sees the
// quarter's plan (本季度计划) on the task's quarter page and the office under each task of the plan's
// list; read at 390 px (the list at 1440 px too), axe clean.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemClock } from '../../src/services/support/clock.ts';
import { importPlan } from '../integration/support/plans.ts';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { checkPage, WIDTHS } from './support/readable-check.ts';

const NOTICE = [
  '2025年重点工作任务分解表',
  '| 序号 | 重点任务 | 进度安排 | | | | 牵头单位 |',
  '| | | 第一季度 | 第二季度 | 第三季度 | 第四季度 | |',
  '| 1 | 新建智能制造产业园1个。 | | 完成规划设计招标。 | 主体封顶。 | 竣工投用。 | 市经信局 |',
  '| 2 | 培育专精特新企业20家。 | 完成摸底。 | 认定8家。 | 认定15家。 | 认定20家。 | 市经信局 |',
].join('\n');

let server: DemoServer;
let browser: Browser;

before(async () => {
  // The demo server with the notice importer: plan 2024 and the demo accounts.
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The notice committed as the 2025 plan, once for the tests that read it. */
let committing: ReturnType<typeof importPlan> | undefined;
const commitNotice = (): ReturnType<typeof importPlan> =>
  (committing ??= importPlan(server.db.store, {
    bytes: new TextEncoder().encode(NOTICE),
    year: 2025,
    clock: systemClock,
    fileName: 'quarters.txt',
  }));

/** A 390 px phone signed in as a demo account. */
async function phoneAs(login: string): Promise<Page> {
  const page = await (await browser.newContext(WIDTHS.phone)).newPage();
  await signIn(page, server.url, login, server.password);
  return page;
}

describe("a task's quarter plans in the browser", () => {
  it('the import preview shows each task’s quarter plans under its text', async () => {
    const page = await phoneAs('admin');
    await page.goto(`${server.url}/admin/import`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'quarters.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(NOTICE),
    });
    await page.getByText('通知概况').waitFor();
    const allTasks = page.getByText('全部任务(2)');
    if (await allTasks.isVisible()) await allTasks.click();
    const plans = page.getByRole('group', { name: '第1项季度计划' });
    await plans.waitFor();
    assert.deepEqual(await plans.locator('li').allInnerTexts(), [
      '二季度:完成规划设计招标。',
      '三季度:主体封顶。',
      '四季度:竣工投用。',
    ]);
    assert.equal(
      await page.getByRole('group', { name: '第2项季度计划' }).locator('li').first().innerText(),
      '一季度:完成摸底。',
    );
    assert.deepEqual(await checkPage(page, 'import-quarter-plans', 'phone'), []);
  });

  it('the lead unit’s quarter page shows 本季度计划, and nothing for a quarter the notice leaves blank', async () => {
    const committed = await commitNotice();
    const tasks = await server.db.store.repos.tasks.findByPlan(committed.plan.id, { asOf: '2025-01-01' });
    const first = tasks.find((task) => task.seq === 1);
    assert.ok(first);
    const page = await phoneAs('jxj-reporter');
    await page.goto(`${server.url}/tasks/${first.id}/periods/2025-Q2`);
    await page.getByText('本季度计划:完成规划设计招标。').waitFor();
    assert.deepEqual(await checkPage(page, 'filing-quarter-plan', 'phone'), []);

    await page.goto(`${server.url}/tasks/${first.id}/periods/2025-Q1`);
    await page.getByText('新建智能制造产业园1个。').waitFor();
    assert.equal(await page.getByText('本季度计划').count(), 0);
  });

  it('the plan’s task list shows 本季度计划 under each task that has one, at 1440 and 390 px', async () => {
    await commitNotice();
    for (const width of ['desktop', 'phone'] as const) {
      const context = await browser.newContext(WIDTHS[width]);
      const page = await context.newPage();
      await signIn(page, server.url, 'admin', server.password);
      await page.goto(`${server.url}/plan?period=2025-Q2`);
      await page.getByText('本季度计划:完成规划设计招标。').waitFor();
      await page.getByText('本季度计划:认定8家。').waitFor();
      assert.deepEqual(await checkPage(page, 'plan-quarter-plans', width), []);

      // The first quarter: task 1 plans nothing for it, so only task 2 shows a plan.
      await page.goto(`${server.url}/plan?period=2025-Q1`);
      await page.getByText('本季度计划:完成摸底。').waitFor();
      assert.equal(await page.getByText('本季度计划').count(), 1);
      await context.close();
    }
  });
});
