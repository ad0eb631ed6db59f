// The admin settles the 2025 notice next to the 2024 plan in the browser: pending count, merge,
// not-a-task and restore, the unit picker with a new unit typed in, a split, the match of a renamed
// bureau, a carried task, the commit; by keyboard where it counts, at 390 px, axe clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { getPlanTask } from '../../src/services/plans/plan-tasks.queries.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { ImportPageModel } from './pages/office-import.ts';
import { signIn } from './pages/office-sign-in.ts';
import { pickOption } from './support/antd-select.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { createReadyAccount } from './support/office-seed.ts';

const NOTICE_2025 = fileURLToPath(new URL('../fixtures/next-year/wuhu-2025-reposted.txt', import.meta.url));
const SYSTEM = { kind: 'system', role: 'admin', label: 'e2e' } as const;

let server: DemoServer;
let browser: Browser;
let password = '';

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  password = await createReadyAccount(server, { login: 'daoru', displayName: '市政府办', role: 'admin' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** axe-core evaluated in the page (the server's CSP forbids injected script tags). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  return page.evaluate(`${AXE_SOURCE};
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((result) => result.violations.map((v) => ({
      id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((node) => node.html.slice(0, 120)),
    })))`);
}

async function assertAxeClean(page: Page): Promise<void> {
  const serious = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  assert.deepEqual(serious, []);
  const width = await page.evaluate('document.documentElement.scrollWidth');
  const viewport = page.viewportSize()?.width ?? 0;
  assert.ok(Number(width) <= viewport + 1, `page ${String(width)} px wide in a ${viewport} px window`);
}

const row = (page: Page, seq: number) =>
  page
    .locator('tr.ant-table-row')
    .filter({ has: page.locator('td').first().getByText(String(seq), { exact: true }) });

describe('the admin settles next year’s notice in the preview', () => {
  it('merges, marks and restores, picks units, splits, confirms the renamed bureau, carries a task and commits', async () => {
    const page = await signIn(browser, server.url, 'daoru', password);
    const importPage = new ImportPageModel(page);
    await importPage.open(server.url);
    await importPage.upload(NOTICE_2025);
    await page.getByText('待决定:0 项任务、1 个单位对应', { exact: false }).waitFor();
    await page
      .getByRole('tab', { name: /全部任务|任务/ })
      .first()
      .waitFor();
    await page.getByText('全部任务(10)').click();

    await page.getByRole('button', { name: '将第2项并入上一项' }).click();
    await page.getByText('已合并').waitFor();

    // Keyboard: focus the button and press Enter.
    await page.getByRole('button', { name: '第4项不是任务' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '将第4项恢复为任务' }).waitFor();
    await page.getByRole('button', { name: '将第4项恢复为任务' }).click();
    await page.getByRole('button', { name: '第4项不是任务' }).waitFor();
    await page.getByRole('button', { name: '第6项不是任务' }).click();
    await page.getByRole('button', { name: '将第6项恢复为任务' }).waitFor();

    await page.getByRole('button', { name: '编辑第5项的单位' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('牵头单位').click();
    await page.keyboard.type('市消费促进专班');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '保存单位' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 5).getByText('市消费促进专班').waitFor();

    await page.getByRole('button', { name: '拆分第3项' }).click();
    await dialog.getByLabel('从第几个字开始为新任务').fill('9');
    await dialog.getByLabel('新任务的序号').fill('30');
    await dialog.getByRole('button', { name: '确认拆分' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('拆分所得').waitFor();
    await snapshot(page, 'office-import-decisions');

    await page.getByRole('tab', { name: /单位/ }).click();
    await page.getByText('通知中的“市工业和信息化局”可能就是名录中的“市经信局”').waitFor();
    await page.getByText('简称与全称').first().waitFor();
    await page.getByRole('button', { name: '确认市工业和信息化局是市经信局的新名称' }).click();
    await page.getByText('已确认,记为改名').waitFor();
    await page.getByText('所有推断已确认,可以导入').waitFor();

    await page.getByRole('tab', { name: /延续上年任务/ }).click();
    await page.getByLabel('延续2024年第1项').click(); // the box follows the server's answer, which the tab's count below waits for
    await page.getByRole('tab', { name: '延续上年任务(1)' }).waitFor();
    await assertAxeClean(page);

    await importPage.commit();
    await page.getByText('2025年度重点工作任务已导入').waitFor();

    const deps = { actor: SYSTEM, store: server.db.store, clock: systemClock };
    const three = await getPlanTask({ ...deps, year: 2025, seq: 3, asOf: '2025-06-30' });
    assert.deepEqual(
      three.task.leadUnits.map((u) => u.name),
      ['市工业和信息化局'],
    );
    const old = await getPlanTask({ ...deps, year: 2024, seq: 2, asOf: '2024-06-30' });
    assert.ok(old.task.leadUnits.some((u) => u.name === '市经信局'));
    const split = await getPlanTask({ ...deps, year: 2025, seq: 30 });
    assert.equal(split.task.text, '9%以上。');
    const carried = await getPlanTask({ ...deps, year: 2025, seq: 31 });
    assert.deepEqual(carried.carriedFrom, { year: 2024, seq: 1 });
    await page.close();
  });

  it('on a phone, the column meanings are picked and the notice read again', async () => {
    const page = await signIn(browser, server.url, 'daoru', password);
    await page.setViewportSize({ width: 390, height: 844 });
    const importPage = new ImportPageModel(page);
    await importPage.open(server.url);
    await importPage.upload(fileURLToPath(new URL('../fixtures/layouts/reordered.html', import.meta.url)));
    await page.getByRole('tab', { name: '表格列' }).click();
    const lead = page.getByLabel('第3列的含义');
    const co = page.getByLabel('第4列的含义');
    await lead.waitFor();
    // The third column is headed 责任单位, the fourth 牵头责任单位: read them the other way round.
    await pickOption(page, lead, '牵头单位');
    await pickOption(page, co, '责任单位');
    await page.getByRole('button', { name: '按所选列重新读取' }).click();
    await page.getByRole('tab', { name: /任务/ }).first().click();
    await page.getByText('全部任务', { exact: false }).first().click();
    const first = page.locator('tr.ant-table-row').first();
    await first.getByText('牵头 · 各县市区政府').waitFor();
    await assertAxeClean(page);
    await page.close();
  });
});
