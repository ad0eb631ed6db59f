// The supervision hotline end to end: the supervisor logs a call on task 2 in the console's 热线记录
// tab; the lead unit's reporter (jxj) answers it on the task page; the answer shows there.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { findPlanTasks } from '../../src/services/plans/plan-tasks.queries.ts';
import { DEMO_YEAR } from '../../src/services/demo/demo-accounts.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { ConsolePageModel } from './pages/office-console.ts';
import { signIn } from './pages/office-sign-in.ts';
import { actorFor } from './support/actors.ts';
import { settledDropdown } from './support/antd-select.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';

const PERIOD = '2024-Q1';
const CONTENT = '市民来电反映园区道路施工进度缓慢,希望了解完工时间。';
const ANSWER = '该路段预计六月底完工,已督促施工单位加快进度。';
let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hotline', () => {
  it('the supervisor logs a call on task 2 and its lead unit answers on the task page', async () => {
    const actor = await actorFor(server.db.store, 'duchaban');
    const { tasks } = await findPlanTasks({
      actor,
      store: server.db.store,
      clock: systemClock,
      year: DEMO_YEAR,
    });
    const task = tasks.find((t) => t.seq === 2);
    assert.ok(task, 'the demo plan has a task 2');
    assert.ok(
      task.leadUnits.some((lead) => lead.name === '市经信局'),
      'jxj leads task 2',
    );

    const office = await signIn(browser, server.url, 'duchaban', server.password);
    await new ConsolePageModel(office).open(server.url, PERIOD);
    await office.getByRole('tab', { name: '热线记录' }).click();
    await office.getByRole('button', { name: '登记热线' }).click();
    const dialog = office.getByRole('dialog', { name: '登记热线' });
    await dialog.getByLabel('任务').click();
    await office.keyboard.type('第2项');
    await settledDropdown(office)
      .locator('.ant-select-item-option')
      .filter({ hasText: /^第2项/ })
      .first()
      .click();
    await dialog.getByLabel('来电人').fill('王先生');
    await dialog.getByLabel('内容').fill(CONTENT);
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await office.getByText(CONTENT).waitFor();
    await office.close();

    const unit = await signIn(browser, server.url, 'jxj-reporter', server.password);
    await unit.goto(`${server.url}/tasks/${task.id}?period=${PERIOD}`);
    const section = unit.getByRole('region', { name: '热线与公众反馈' });
    await section.getByText(CONTENT).waitFor();
    await section.getByRole('button', { name: /答\s*复/ }).click();
    const answer = unit.getByRole('dialog', { name: '答复热线' });
    await answer.getByLabel('答复内容').fill(ANSWER);
    await answer.getByRole('button', { name: /提交答复/ }).click();
    await answer.waitFor({ state: 'hidden' });
    await section.getByText(ANSWER).waitFor();
    assert.equal(await section.getByText('王先生').count(), 0, 'callers are hidden from units');
    await snapshot(unit, 'hotline');
    await unit.close();
  });
});
