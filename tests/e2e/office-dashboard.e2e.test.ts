import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { acceptReport } from '../../src/services/reports/transitions.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { DashboardPageModel } from './pages/office-dashboard.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { viewportSnapshot } from './support/office-snapshot.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReports, type FiledReport } from './support/office-seed.ts';

const PERIOD = '2024-Q1';
const CHARTS = ['各板块完成情况', '填报状态分布', '季度趋势', '迟报与逾期未报单位', '各单位完成情况'];
let server: DemoServer;
let browser: Browser;
let filed: FiledReport[] = [];

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  filed = await fileLeadReports(server, { code: 'fgw', period: PERIOD, count: 3 });
  const [first] = filed;
  if (!first) throw new Error('nothing filed');
  const supervisor = await server.actorOf('duchaban');
  await acceptReport({
    actor: supervisor,
    reportId: first.reportId,
    store: server.db.store,
    clock: systemClock,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("the leaders' dashboard", () => {
  it('loads the chart engine only on the dashboard, draws every chart, and drills down to tasks', async () => {
    const page = await signIn(browser, server.url, 'shizhang', server.password);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.goto(`${server.url}/`);
    await page.waitForLoadState('networkidle');
    assert.ok(!scripts.some((url) => url.includes('chart-engine')), 'the home page loaded the chart engine');

    const dashboard = new DashboardPageModel(page);
    await dashboard.open(server.url, PERIOD);
    for (const title of CHARTS)
      await dashboard.chart(title).locator('[data-chart-ready="true"] svg').waitFor();
    assert.ok(scripts.some((url) => url.includes('chart-engine')));
    await page.waitForTimeout(1000);
    await snapshot(page, 'office-dashboard');

    // The accepted slice of the state distribution opens the one accepted task.
    await dashboard.clickShape('填报状态分布', '#52c41a');
    const drawer = dashboard.drillDown();
    await page.getByText('全部任务 · 已采纳').waitFor();
    assert.equal(await drawer.locator('.ant-table-row').count(), 1);
    await drawer.getByText('市发改委 · 已采纳 · 迟报').waitFor();
    await viewportSnapshot(page, 'office-dashboard-drill-accepted');
    await page.keyboard.press('Escape');
    await page.getByText('全部任务 · 已采纳').waitFor({ state: 'hidden' });

    // The late bar of 市发改委 opens the three tasks it filed after the due day.
    await dashboard.clickShape('迟报与逾期未报单位', '#fa8c16');
    await page.getByText('市发改委 · 迟报').waitFor();
    assert.equal(await drawer.locator('.ant-table-row').count(), filed.length);
    await viewportSnapshot(page, 'office-dashboard-drill-late');

    // Each task links to its page for the quarter.
    const first = filed[0];
    assert.ok(first);
    await drawer.locator(`a[href="/tasks/${first.taskId}?period=${PERIOD}"]`).click();
    await page.waitForURL(new RegExp(`/tasks/${first.taskId}\\?period=${PERIOD}$`));
    await page.close();
  });

  it('a screen reader hears each chart by its title and its figures, never the engine’s raw reading', async () => {
    const page = await signIn(browser, server.url, 'shizhang', server.password);
    const dashboard = new DashboardPageModel(page);
    await dashboard.open(server.url, PERIOD);
    const heard: Record<string, string> = {};
    for (const title of CHARTS) {
      const chart = dashboard.chart(title).locator('[data-chart-ready="true"]');
      await chart.locator('svg').waitFor();
      heard[title] = (await chart.getAttribute('aria-label')) ?? '';
      assert.ok(heard[title].startsWith(`${title}(点击图形查看对应任务)。`), heard[title].slice(0, 200));
      assert.doesNotMatch(heard[title], /NaN|undefined|系列|的数据是/, heard[title].slice(0, 300));
    }
    assert.match(heard['填报状态分布'] ?? '', /。已采纳1;已报送2;逾期未报\d+$/);
    assert.match(
      heard['迟报与逾期未报单位'] ?? '',
      new RegExp(`。市发改委:迟报${filed.length},逾期未报\\d+;`),
    );
    assert.match(
      heard['各板块完成情况'] ?? '',
      /。一 主要预期目标:已采纳1,已报送2,已退回0,填报中0,逾期未报\d+;/,
    );
    await page.close();
  });
});
