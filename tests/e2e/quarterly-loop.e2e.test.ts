// One quarter's full loop on the demo plan, through the pages only: a co-unit files its input, the
// lead unit quotes it into the task report, the office returns it with a reason, the lead unit fixes
// and refiles it, the office accepts it, the leaders' dashboard counts it and the public page shows it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConsolePageModel } from './pages/office-console.ts';
import { DashboardPageModel } from './pages/office-dashboard.ts';
import { FilingPage } from './pages/filing.page.ts';
import { PublicProgressPage } from './pages/public.page.ts';
import { WorkbenchPage } from './pages/workbench.page.ts';
import { DESKTOP, snapshot } from './support/browser.ts';
import { viewportSnapshot } from './support/office-snapshot.ts';
import type { DemoServer } from './support/server.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

const Q1 = '2024-Q1';
/** Task 2, 规上工业增加值增长8%左右: 市经信局 leads, 市发改委 shares it. */
const TASK = 2;
const TASK_TITLE = '规上工业增加值增长8%左右';
const CO_INPUT = '一季度全市规上工业增加值同比增长9.1%,新开工亿元以上工业项目42个。';
const LEAD_ADDITION = '全市工业运行总体平稳。';
const RETURN_REASON = '请补充一季度技改投资完成额。';
const FIX = '一季度工业技改投资完成58.6亿元,同比增长12.4%。';

let ui: SignedInBrowser | undefined;
let server: DemoServer;
const openedUi = (): SignedInBrowser => {
  if (!ui) throw new Error('the browser is not open');
  return ui;
};
const pageAs: SignedInBrowser['pageAs'] = (login, device) => openedUi().pageAs(login, device);

/** Each account in its own browser context, signed in through the login form. */
/** The approver opens the filing from the workbench's 待签发 list and signs it off. */
async function signOffFromWorkbench(login: string, shot: string): Promise<void> {
  const page = await pageAs(login);
  const workbench = new WorkbenchPage(page, server.url);
  await workbench.open(Q1);
  await workbench.showBucket('待签发');
  await workbench.openFiling(TASK, Q1);
  await page.getByText('填报员已提交,请审核内容后签发报送督查办').waitFor();
  await new FilingPage(page, server.url).signOff();
  await snapshot(page, shot);
}

before(async () => {
  ui = await openSignedInBrowser();
  server = ui.server;
});

after(() => ui?.close());

describe('a quarter from filing to publication, through the browser', () => {
  it("the co-unit's reporter files its input on task 2 and submits it", async () => {
    const page = await pageAs('fgw-reporter');
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await workbench.filingLink(TASK, Q1).waitFor();
    await snapshot(page, 'loop-01-co-reporter-workbench');
    await workbench.openFiling(TASK, Q1);
    const form = new FilingPage(page, server.url);
    await form.fillProgress(CO_INPUT);
    await form.chooseStatus('正常推进');
    await form.setPercent(30);
    await form.setIndicator('规上工业增加值增长', 9.1);
    await form.waitSaved();
    await snapshot(page, 'loop-02-co-input-filled');
    await form.submit();
    await snapshot(page, 'loop-03-co-input-submitted');
  });

  it("the co-unit's approver signs the input off", async () => {
    await signOffFromWorkbench('fgw-approver', 'loop-04-co-input-signed-off');
  });

  it('the lead reporter sees the input, quotes it into the task report and submits', async () => {
    const page = await pageAs('jxj-reporter');
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await workbench.openFiling(TASK, Q1);
    const form = new FilingPage(page, server.url);
    const panel = page.locator('.ant-card', { hasText: '责任单位反馈' });
    await panel.getByText(CO_INPUT).waitFor();
    await snapshot(page, 'loop-05-lead-sees-co-input');
    await form.quote('市发改委');
    assert.match(await form.progress.inputValue(), /【市发改委】一季度全市规上工业增加值同比增长9\.1%/);
    await form.progress.press('End');
    await form.progress.pressSequentially(`\n${LEAD_ADDITION}`);
    await form.chooseStatus('正常推进');
    await form.setIndicator('规上工业增加值增长', 9.1);
    await form.waitSaved();
    await snapshot(page, 'loop-06-lead-report-filled');
    await form.submit();
    await snapshot(page, 'loop-07-lead-report-submitted');
  });

  it("the lead unit's approver signs the task report off", async () => {
    await signOffFromWorkbench('jxj-approver', 'loop-08-lead-report-signed-off');
  });

  it('the supervisor returns the report from the review queue with a reason', async () => {
    const page = await pageAs('duchaban');
    const consolePage = new ConsolePageModel(page);
    await consolePage.open(server.url, Q1);
    await consolePage.queueRow(TASK, '市经信局').waitFor();
    await snapshot(page, 'loop-09-review-queue');
    await consolePage.returnWithReasons(TASK, '市经信局', RETURN_REASON);
    await consolePage.queueRow(TASK, '市经信局').waitFor({ state: 'detached' });
    await snapshot(page, 'loop-10-report-returned');
  });

  it('the lead reporter reads the reason, fixes the report and resubmits; the approver signs again', async () => {
    const page = await pageAs('jxj-reporter');
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await workbench.openFiling(TASK, Q1);
    await page.getByText(/督查办已退回/).waitFor();
    await page.getByText(RETURN_REASON).waitFor();
    await snapshot(page, 'loop-11-lead-sees-reason');
    const form = new FilingPage(page, server.url);
    await form.progress.press('End');
    await form.progress.pressSequentially(`\n${FIX}`);
    await form.waitSaved();
    await snapshot(page, 'loop-12-lead-report-fixed');
    await form.submit();
    await snapshot(page, 'loop-13-lead-report-resubmitted');

    await signOffFromWorkbench('jxj-approver', 'loop-14-lead-report-signed-off-again');
  });

  it('the supervisor accepts the refiled report', async () => {
    const page = await pageAs('duchaban');
    const consolePage = new ConsolePageModel(page);
    await consolePage.open(server.url, Q1);
    const row = consolePage.queueRow(TASK, '市经信局');
    await row.waitFor();
    await snapshot(page, 'loop-15-review-queue-again');
    await consolePage.accept(TASK, '市经信局');
    await row.waitFor({ state: 'detached' });
    await snapshot(page, 'loop-16-report-accepted');
  });

  it("the leaders' dashboard counts the accepted filing and drills down to task 2", async () => {
    const page = await pageAs('shizhang');
    const dashboard = new DashboardPageModel(page);
    await dashboard.open(server.url, Q1);
    await dashboard.chart('填报状态分布').locator('[data-chart-ready="true"] svg').waitFor();
    await snapshot(page, 'loop-17-dashboard');
    await dashboard.clickShape('填报状态分布', '#52c41a');
    const drawer = dashboard.drillDown();
    await page.getByText('全部任务 · 已采纳').waitFor();
    assert.equal(await drawer.locator('.ant-table-row').count(), 1);
    await drawer.locator(`a[href="/tasks/${TASK}?period=${Q1}"]`).waitFor();
    await drawer.getByText('市经信局 · 已采纳').first().waitFor();
    await viewportSnapshot(page, 'loop-18-dashboard-drill-accepted');
  });

  it('the public page, without sign-in, shows the accepted report under 序号 2 and passes axe-core', async () => {
    const page = await openedUi().anonymousPage(DESKTOP);
    const published = new PublicProgressPage(page, server.url);
    await published.open();
    const row = published.table().getByRole('row').filter({ hasText: TASK_TITLE });
    await row.getByRole('rowheader', { name: String(TASK) }).waitFor();
    await row.getByText(/【市发改委】一季度全市规上工业增加值同比增长9\.1%/).waitFor();
    await row.getByText(FIX).waitFor();
    assert.deepEqual(await published.seriousAccessibilityProblems(), []);
    await snapshot(page, 'loop-19-public');
  });
});
