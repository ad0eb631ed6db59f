import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { getReport } from '../../src/services/reports/report-read.usecases.ts';
import { ConsolePageModel } from './pages/office-console.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { viewportSnapshot } from './support/office-snapshot.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReports, type FiledReport } from './support/office-seed.ts';

const PERIOD = '2024-Q1';
let server: DemoServer;
let browser: Browser;
let filed: FiledReport[] = [];

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  filed = await fileLeadReports(server, { code: 'fgw', period: PERIOD, count: 3 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function stateOf(reportId: number) {
  const { report } = await getReport({
    actor: await server.actorOf('duchaban'),
    reportId,
    store: server.db.store,
  });
  return { state: report.report.state, reasons: report.returnReasons };
}

describe('the supervision office reviews filings from the console', () => {
  it('returns a report with reasons (required), then accepts another', async () => {
    const [toReturn, toAccept] = filed;
    assert.ok(toReturn && toAccept);
    const page = await signIn(browser, server.url, 'duchaban', server.password);
    const consolePage = new ConsolePageModel(page);
    await consolePage.open(server.url, PERIOD);
    await consolePage.queueRow(toReturn.seq, '市发改委').waitFor();
    assert.equal(await page.locator('.ant-table-row').count(), 3);
    await snapshot(page, 'office-console-queue');

    // The reasons are required: an empty return is refused in the dialog.
    const dialog = await consolePage.openReturnDialog(toReturn.seq, '市发改委');
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await dialog.getByText('请填写退回理由,单位将据此修改').waitFor();
    await snapshot(page, 'office-console-return-dialog');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await consolePage.returnWithReasons(
      toReturn.seq,
      '市发改委',
      '进展情况缺少具体数据,请补充完成的项目数量。',
    );
    await consolePage.queueRow(toReturn.seq, '市发改委').waitFor({ state: 'detached' });
    assert.deepEqual(await stateOf(toReturn.reportId), {
      state: 'returned',
      reasons: '进展情况缺少具体数据,请补充完成的项目数量。',
    });

    await consolePage.accept(toAccept.seq, '市发改委');
    await consolePage.queueRow(toAccept.seq, '市发改委').waitFor({ state: 'detached' });
    assert.equal((await stateOf(toAccept.reportId)).state, 'accepted');
    assert.equal(await page.locator('.ant-table-row').count(), 1);
    await page.close();
  });

  it('shows the matrix and the units behind on their filings', async () => {
    const page = await signIn(browser, server.url, 'duchaban', server.password);
    const consolePage = new ConsolePageModel(page);
    await consolePage.open(server.url, PERIOD);
    await consolePage.showTab('填报矩阵');
    await page.getByText(/显示 220 项任务 × \d+ 个单位/).waitFor();
    // The matrix is virtualised: far fewer rows are drawn than there are tasks.
    const drawn = await page.locator('.ant-table-tbody-virtual .ant-table-row').count();
    assert.ok(drawn > 0 && drawn < 220, `drew ${drawn} rows`);
    await snapshot(page, 'office-console-matrix');

    await page.getByLabel('按单位筛选').click();
    await page.keyboard.type('市发改委');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByText(/显示 \d+ 项任务 × 1 个单位/).waitFor();
    const cell = page.getByRole('button', { name: /市发改委 · 牵头单位 · 已采纳 · 迟报/ });
    await cell.first().click();
    await page.locator('.ant-drawer-body').getByText('采纳').first().waitFor();
    await viewportSnapshot(page, 'office-console-report');
    await page.keyboard.press('Escape');

    await consolePage.showTab('逾期与迟报');
    await page.getByRole('cell', { name: '市发改委' }).waitFor();
    await snapshot(page, 'office-console-lapses');

    await consolePage.showTab('分板块统计');
    await page.getByRole('cell', { name: '合计' }).waitFor();
    await snapshot(page, 'office-console-sections');
    await page.close();
  });
});
