// The unit side of the quarter in a browser, on the demo plan: a co-unit clerk files from a phone,
// the lead unit quotes the input into its task report, approvers sign off, the office accepts, and
// the public page shows the result and passes axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acceptReport } from '../../src/services/reports/transitions.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { actorFor } from './support/actors.ts';
import { DESKTOP, PHONE, snapshot } from './support/browser.ts';
import type { DemoServer } from './support/server.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';
import { FilingPage } from './pages/filing.page.ts';
import { PublicProgressPage } from './pages/public.page.ts';
import { PlanPage, TaskPage } from './pages/task.page.ts';
import { WorkbenchPage } from './pages/workbench.page.ts';

const Q1 = '2024-Q1';
/** Task 2, 规上工业增加值增长8%左右: 市经信局 leads, 市发改委 shares it. */
const TASK = 2;
const CO_UNIT_TEXT = '一季度全市规上工业增加值同比增长9.1%,新开工亿元以上工业项目42个。';
/** A 1×1 PNG: evidence files are checked by their content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let ui: SignedInBrowser | undefined;
let server: DemoServer;
const openedUi = (): SignedInBrowser => {
  if (!ui) throw new Error('the browser is not open');
  return ui;
};
const pageAs: SignedInBrowser['pageAs'] = (login, device) => openedUi().pageAs(login, device);

async function reportIdOf(taskId: number, unitLogin: string, kind: 'unit_input' | 'task_report') {
  const actor = await actorFor(server.db.store, unitLogin);
  const period = await server.db.store.repos.reports.findPeriod(Q1);
  assert.ok(period && actor.kind === 'account' && actor.unitId !== null);
  const report = await server.db.store.repos.reports.findReportInSlot({
    periodId: period.id,
    taskId,
    unitId: actor.unitId,
    kind,
  });
  assert.ok(report, `no ${kind} of ${unitLogin} on task ${taskId}`);
  return report;
}

before(async () => {
  ui = await openSignedInBrowser();
  server = ui.server;
});

after(() => ui?.close());

describe('a quarter on the unit side, through the browser', () => {
  it('a co-unit clerk files from a 375px phone: the draft autosaves, evidence uploads, and it goes to the approver', async () => {
    const page = await pageAs('fgw-reporter', PHONE);
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await page.getByRole('list', { name: '本单位任务' }).waitFor();
    await snapshot(page, 'workbench-phone');
    await workbench.openFiling(TASK, Q1);

    const form = new FilingPage(page, server.url);
    await form.fillProgress(CO_UNIT_TEXT);
    await form.chooseStatus('正常推进');
    await form.setPercent(30);
    await form.setIndicator('规上工业增加值增长', 9.1);
    await form.waitSaved();
    const saved = await reportIdOf(TASK, 'fgw-reporter', 'unit_input');
    assert.equal(saved.state, 'draft');

    await form.upload({ name: '一季度工业运行简报.png', mimeType: 'image/png', buffer: PNG });
    await form.waitSaved();
    await page.reload();
    await form.progress.waitFor();
    assert.equal(await form.progress.inputValue(), CO_UNIT_TEXT, 'the autosaved text survives a reload');
    assert.equal(await page.getByLabel('规上工业增加值增长(目标').inputValue(), '9.1');
    await page.getByRole('link', { name: '一季度工业运行简报.png' }).waitFor();
    await snapshot(page, 'filing-phone');

    await form.submit();
    await page
      .getByText(/已提交本单位审核人/)
      .first()
      .waitFor();
    assert.equal(await page.locator('#filing-progress').count(), 0, 'a submitted filing is read-only');
    await snapshot(page, 'filing-phone-submitted');
  });

  it("the unit's approver finds it waiting for signature and signs it off to the office", async () => {
    const page = await pageAs('fgw-approver', PHONE);
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await page.getByText(/^待签发 1$/).waitFor();
    await workbench.openFiling(TASK, Q1);
    await page.getByText('填报员已提交,请审核内容后签发报送督查办').waitFor();
    await page.getByText(CO_UNIT_TEXT).waitFor();
    await new FilingPage(page, server.url).signOff();
    const report = await reportIdOf(TASK, 'fgw-reporter', 'unit_input');
    assert.equal(report.state, 'signed_off');
  });

  it("the lead unit sees the co-unit's input, who is missing, and quotes the input into its report", async () => {
    const page = await pageAs('jxj-reporter', DESKTOP);
    const form = new FilingPage(page, server.url);
    await form.open(TASK, Q1);
    const panel = page.locator('.ant-card', { hasText: '责任单位反馈(已报送 1 /' });
    await panel.getByText(CO_UNIT_TEXT).waitFor();
    await panel.getByText('尚未报送').waitFor();
    await form.quote('市发改委');
    assert.match(await form.progress.inputValue(), /【市发改委】一季度全市规上工业增加值同比增长9\.1%/);
    await form.progress.press('End');
    await form.progress.pressSequentially('\n全市工业运行总体平稳。');
    await form.chooseStatus('正常推进');
    await form.setIndicator('规上工业增加值增长', 9.1);
    await form.waitSaved();
    await snapshot(page, 'filing-lead');
    await form.submit();
  });

  it("the lead unit's approver signs the task report off to the office", async () => {
    const page = await pageAs('jxj-approver', DESKTOP);
    const workbench = new WorkbenchPage(page, server.url);
    await workbench.open(Q1);
    await workbench.showBucket('待签发');
    await snapshot(page, 'workbench-approver');
    await workbench.openFiling(TASK, Q1);
    await new FilingPage(page, server.url).signOff();
    assert.equal((await reportIdOf(TASK, 'jxj-reporter', 'task_report')).state, 'signed_off');
  });

  it('once the office accepts, the form is read-only and the task page shows the report with its history', async () => {
    const report = await reportIdOf(TASK, 'jxj-reporter', 'task_report');
    const actor = await actorFor(server.db.store, 'duchaban');
    await acceptReport({ actor, reportId: report.id, store: server.db.store, clock: systemClock });

    const page = await pageAs('jxj-reporter', DESKTOP);
    const form = new FilingPage(page, server.url);
    await form.open(TASK, Q1);
    await page.getByText(/督查办已采纳/).waitFor();
    assert.equal(await page.getByRole('button', { name: '提交审核' }).count(), 0);

    const task = new TaskPage(page, server.url);
    await task.open(TASK, Q1);
    await task.showHistory('牵头单位进展报告', '市经信局');
    await page.getByText('督查办采纳').first().waitFor();
    await snapshot(page, 'task-page');
  });

  it('the plan lists the notice with headings, this quarter’s state and a working search', async () => {
    const page = await pageAs('jxj-reporter', DESKTOP);
    const plan = new PlanPage(page, server.url);
    await plan.open(Q1);
    assert.equal(await plan.count(), 220);
    await page.getByText('一、主要预期目标').waitFor();
    await snapshot(page, 'plan');
    await plan.search('规上工业增加值');
    await page.getByText('共 1 项任务').waitFor();
    await page.getByRole('row').filter({ hasText: '规上工业增加值增长8%左右' }).getByText('已采纳').waitFor();
  });

  it('the public page shows the accepted report under the notice number and passes axe-core', async () => {
    const page = await openedUi().anonymousPage(DESKTOP);
    const published = new PublicProgressPage(page, server.url);
    await published.open();
    const row = published.table().getByRole('row').filter({ hasText: '规上工业增加值增长8%左右' });
    await row.getByRole('rowheader', { name: '2' }).waitFor();
    await row.getByText(/【市发改委】一季度全市规上工业增加值同比增长9\.1%/).waitFor();
    await row.getByText('规上工业增加值增长:9.1%(目标:增长8%左右)').waitFor();
    assert.deepEqual(await published.seriousAccessibilityProblems(), []);
    await snapshot(page, 'public');

    const phone = await openedUi().anonymousPage(PHONE);
    const onPhone = new PublicProgressPage(phone, server.url);
    await onPhone.open();
    assert.deepEqual(await onPhone.seriousAccessibilityProblems(), []);
    await snapshot(phone, 'public-phone');
  });
});
