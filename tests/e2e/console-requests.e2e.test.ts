// The office's side of the units' requests on the console: an extension request approved, a
// completion claim verified, and the quarter closed with its snapshot diff on show. The requests
// are seeded through the use cases as the units' reporters; the extension with a clock before the
// (past) demo due date, so the unit may still ask.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { getPeriod } from '../../src/services/plans/plan-lookups.ts';
import { claimCompletion } from '../../src/services/supervision/completions.usecases.ts';
import { requestExtension } from '../../src/services/supervision/extensions.usecases.ts';
import { findCompletions, findExtensions } from '../../src/services/supervision/requests.queries.ts';
import { findPlanTasks } from '../../src/services/plans/plan-tasks.queries.ts';
import { DEMO_UNIT_CODES, DEMO_YEAR } from '../../src/services/demo/demo-accounts.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { ConsolePageModel } from './pages/office-console.ts';
import { signIn } from './pages/office-sign-in.ts';
import { actorFor } from './support/actors.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';

const PERIOD = '2024-Q1';
const EVIDENCE = '年度目标已全部完成,验收报告已印发。';
const EXTENSION_REASON = '统计数据须待省局发布后才能填报。';
let server: DemoServer;
let browser: Browser;

async function leadTasks(code: string) {
  const unit = Object.entries(DEMO_UNIT_CODES).find(([, c]) => c === code)?.[0];
  if (!unit) throw new Error(`no demo unit ${code}`);
  const actor = await actorFor(server.db.store, `${code}-reporter`);
  const { tasks } = await findPlanTasks({
    actor,
    store: server.db.store,
    clock: systemClock,
    year: DEMO_YEAR,
    unit,
  });
  return { actor, tasks: tasks.filter((task) => task.leadUnits.some((lead) => lead.name === unit)) };
}

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  const fgw = await leadTasks('fgw');
  const [claimed] = fgw.tasks;
  assert.ok(claimed);
  await claimCompletion({
    actor: fgw.actor,
    taskId: claimed.id,
    evidence: EVIDENCE,
    attachmentIds: [],
    store: server.db.store,
    clock: systemClock,
  });
  const jxj = await leadTasks('jxj');
  const [late] = jxj.tasks;
  assert.ok(late);
  await requestExtension({
    actor: jxj.actor,
    taskId: late.id,
    period: PERIOD,
    requestedDueOn: '2024-04-30',
    reason: EXTENSION_REASON,
    store: server.db.store,
    clock: () => new Date('2024-03-20T02:00:00Z'),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

describe('the console decides the units’ requests and closes the quarter', () => {
  it('approves an extension, verifies a completion claim and closes the quarter', async () => {
    const office = await signIn(browser, server.url, 'duchaban', server.password);
    const supervisor = await actorFor(server.db.store, 'duchaban');
    const store = server.db.store;
    await new ConsolePageModel(office).open(server.url, PERIOD);

    // The extension request: approve with the date asked for.
    await openTab(office, '延期申请');
    const extRow = office.locator('.ant-table-row').filter({ hasText: EXTENSION_REASON });
    await extRow.getByRole('button', { name: /批\s*准/ }).click();
    const approve = office.getByRole('dialog', { name: '批准延期申请' });
    await approve.getByLabel('另定截止日期').waitFor();
    await office.waitForTimeout(400);
    await approve.getByRole('button', { name: /批\s*准/ }).click();
    await approve.waitFor({ state: 'hidden' });
    await extRow.getByText('批准至 2024-04-30').waitFor();
    const { extensions } = await findExtensions({ actor: supervisor, period: PERIOD, store });
    assert.deepEqual(
      extensions.map((e) => e.status),
      ['approved'],
    );

    // The completion claim: verify it.
    await openTab(office, '办结核验');
    const claimRow = office.locator('.ant-table-row').filter({ hasText: EVIDENCE });
    await claimRow.getByText('市发改委').waitFor();
    await claimRow.getByRole('button', { name: /核验通过/ }).click();
    await office
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /核验通过/ })
      .click();
    await claimRow.getByText(/已核验|已办结/).waitFor();
    const { completions } = await findCompletions({ actor: supervisor, year: DEMO_YEAR, store });
    assert.deepEqual(
      completions.map((c) => c.state),
      ['verified'],
    );

    // Close the quarter; the diff drawer opens on its snapshot.
    await office.getByRole('button', { name: /关闭本季度/ }).click();
    const confirm = office.locator('.ant-popconfirm:visible');
    await confirm.getByText(/填报记录将冻结/).waitFor();
    await confirm.getByRole('button', { name: /确认关闭/ }).click();
    const drawer = office.getByRole('dialog', { name: /季度快照对比/ });
    await drawer.getByText(/亮灯变化/).waitFor();
    await office.getByText('本季度已关闭').waitFor();
    await snapshot(office, 'console-requests');
    const period = await getPeriod(store.repos, PERIOD);
    assert.equal(period.state, 'closed');
    await office.close();
  });
});
