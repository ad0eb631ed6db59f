// The quarter as a unit works it, in batches: the clerk fills the Excel template and submits every
// row at once, the approver signs them all off at once, the office accepts a page of filings at
// once. Each flow counts the person's clicks and holds them to #12's budget (under 10 for the clerk
// and for the approver from an uploaded template to all rows signed off, under 5 for the office's
// page). The pages are checked with axe at 1440 and 390 px. The corrections inside a unit (withdraw,
// send back, correct and sign off) are in unit-corrections.e2e.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { FIRST_TASK_ROW, COLUMN } from '../../src/core/feedback/feedback-layout.ts';
import { BatchDialog, clicksSoFar, countClicks } from './pages/batch.page.ts';
import { ConsolePageModel } from './pages/office-console.ts';
import { TaskPage } from './pages/task.page.ts';
import { WorkbenchPage } from './pages/workbench.page.ts';
import { apiAs } from './support/api-as.ts';
import { checkPage, WIDTHS, type Width } from './support/readable-check.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

/** The plain demo's plan 2024: its first quarter is past due, still open for (late) filing. */
const Q1 = '2024-Q1';
const CLERK = 'fgw-reporter';
const APPROVER = 'fgw-approver';

const CO_UNIT_WORDS = '市经信局一季度配合完成企业走访120家。';

let ui: SignedInBrowser | undefined;
const opened = (): SignedInBrowser => ui ?? assert.fail('the browser is not open');
const pageAs = (login: string, width: Width = 'desktop') => opened().pageAs(login, WIDTHS[width]);
const url = () => opened().server.url;
const problems: string[] = [];

/** Opens a page as `login` whose clicks from now on are counted. */
async function countingPageAs(login: string): Promise<Page> {
  const page = await pageAs(login);
  await countClicks(page.context());
  return page;
}

/** Fills every row of the downloaded template with a status, a percent and a narrative. */
async function fillTemplate(path: string): Promise<{ bytes: Buffer; rows: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('反馈表') ?? assert.fail('no 反馈表 sheet');
  let rows = 0;
  for (let row = FIRST_TASK_ROW; sheet.getRow(row).getCell(COLUMN.seq).value !== null; row += 1) {
    const cells = sheet.getRow(row);
    cells.getCell(COLUMN.status).value = '正常推进';
    cells.getCell(COLUMN.percent).value = 25;
    cells.getCell(COLUMN.progress).value =
      `一季度按计划推进,完成年度任务的四分之一(第${cells.getCell(COLUMN.seq).text}项)。`;
    rows += 1;
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), rows };
}

/**
 * 市经信局, a co-unit of a task the clerk's unit (市发改委) leads, files its input and signs it off
 * through the API, so the lead's approver has a co-unit's input to read. Returns the task's number.
 */
async function coUnitFilesForLead(): Promise<{ id: number; seq: number }> {
  const clerk = await apiAs(await pageAs('jxj-reporter'), url());
  const approver = await apiAs(await pageAs('jxj-approver'), url());
  const { items } = await clerk<{ items: { task: { id: number; seq: number }; role: string }[] }>(
    'GET',
    `/api/worklist?period=${Q1}`,
  );
  for (const item of items.filter((one) => one.role === 'responsible')) {
    const path = `/api/tasks/${item.task.id}/periods/${Q1}`;
    const view = await clerk<{ units: { name: string; role: string }[] }>('GET', path);
    if (!view.units.some((unit) => unit.role === 'lead' && unit.name === '市发改委')) continue;
    const { report } = await clerk<{ report: { id: number } }>('PUT', `${path}/unit-input`, {
      baseRev: 0,
      progress: CO_UNIT_WORDS,
      selfStatus: 'on_track',
      percentComplete: 25,
      problems: '无',
      nextSteps: '继续配合牵头单位推进。',
    });
    await clerk('POST', `/api/reports/${report.id}/submit`, {});
    await approver('POST', `/api/reports/${report.id}/sign-off`, {});
    return item.task;
  }
  return assert.fail('市经信局 is no co-unit of a task 市发改委 leads');
}

before(async () => {
  ui = await openSignedInBrowser();
});

after(() => ui?.close());

describe('a unit files, signs off and the office accepts in batches, within the click budget', () => {
  let rows = 0;
  /** A task the clerk's unit leads, with a co-unit's input signed off. */
  let coInput = { id: 0, seq: 0 };
  /** Each batch's row is in the filing's history, as the unit and the office see it. */
  const historyShows = async (login: string, events: readonly string[]) => {
    const page = await pageAs(login);
    const task = new TaskPage(page, url());
    await task.open(coInput.id, Q1);
    await task.showHistory('牵头单位进展报告', '市发改委');
    for (const event of events) await page.getByText(event, { exact: true }).first().waitFor();
    problems.push(...(await checkPage(page, `batch-history-${login}`, 'desktop')));
  };

  it('the clerk goes from the Excel template to every row submitted in under 10 clicks', async () => {
    const page = await countingPageAs(CLERK);
    const workbench = new WorkbenchPage(page, url());
    await workbench.open(Q1);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /下载本季度填报模板/ }).click();
    const file = await (await download).path();
    const filled = await fillTemplate(file);
    rows = filled.rows;
    assert.ok(rows >= 20, `the unit owes ${rows} filings`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /上传填好的模板/ }).click();
    await (
      await chooser
    ).setFiles({
      name: '反馈表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled.bytes,
    });
    const outcome = page.locator('.ant-card', { hasText: '用Excel模板填报' }).locator('.ant-alert');
    await outcome.waitFor();
    assert.match((await outcome.textContent()) ?? '', new RegExp(`模板已导入:保存 ${rows} 项`));
    const all = page.getByText(`全选可提交审核的 ${rows} 项`);
    await all.waitFor();
    // The pointer still rests on the upload button it clicked: its hover colours pass too.
    problems.push(...(await checkPage(page, 'batch-clerk-list', 'desktop')));
    await all.click();
    await page.getByRole('button', { name: `批量提交审核 ${rows} 项` }).click();
    const dialog = new BatchDialog(page);
    assert.equal(await dialog.preview(), `将提交审核 ${rows} 项`);
    problems.push(...(await checkPage(page, 'batch-clerk-preview', 'desktop')));
    assert.equal(await dialog.confirm(), `已提交审核 ${rows} 项`);
    await dialog.finish();
    const clicks = await clicksSoFar(page);
    console.log(`clerk: ${rows} rows from the Excel template to submitted in ${clicks} clicks`);
    assert.ok(clicks < 10, `the clerk needed ${clicks} clicks`);
  });

  it('the approver opens a submitted report in place, by keyboard: its content and its co-units’ inputs', async () => {
    coInput = await coUnitFilesForLead();
    const page = await pageAs(APPROVER);
    await new WorkbenchPage(page, url()).open(Q1);
    const toggle = page.getByRole('button', { name: `展开第${coInput.seq}项填报内容` });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const own = page.getByRole('region', { name: `第${coInput.seq}项本单位填报内容` });
    await own.getByText(`完成年度任务的四分之一(第${coInput.seq}项)`).waitFor();
    const inputs = page.getByRole('region', { name: `第${coInput.seq}项责任单位反馈` });
    await inputs.getByText(CO_UNIT_WORDS).waitFor();
    await inputs.getByText('市经信局', { exact: true }).waitFor();
    assert.match((await inputs.textContent()) ?? '', /责任单位反馈\(已报送 1 \/ \d+\)/);
    const collapse = page.getByRole('button', { name: `收起第${coInput.seq}项填报内容` });
    assert.equal(await collapse.getAttribute('aria-expanded'), 'true');
    problems.push(...(await checkPage(page, 'batch-approver-expanded', 'desktop')));
    await page.keyboard.press('Space');
    await own.waitFor({ state: 'detached' });

    const phone = await pageAs(APPROVER, 'phone');
    await new WorkbenchPage(phone, url()).open(Q1);
    await phone.getByRole('button', { name: `展开第${coInput.seq}项填报内容` }).tap();
    await phone
      .getByRole('region', { name: `第${coInput.seq}项责任单位反馈` })
      .getByText(CO_UNIT_WORDS)
      .waitFor();
    problems.push(...(await checkPage(phone, 'batch-approver-expanded', 'phone')));
  });

  it('on a phone the approver’s list has 44 px tick boxes and the preview fits the screen', async () => {
    const page = await pageAs(APPROVER, 'phone');
    await new WorkbenchPage(page, url()).open(Q1);
    await page.getByText(`全选可签发报送的 ${rows} 项`).waitFor();
    const box = await page
      .getByRole('checkbox', { name: /^选择第\d+项$/ })
      .first()
      .boundingBox();
    assert.ok(box, 'a row has a tick box');
    const label = page.locator('.batch-tick').first();
    const target = (await label.boundingBox()) ?? assert.fail('no tick target');
    assert.ok(target.width >= 44 && target.height >= 44, `tick target ${target.width}×${target.height}`);
    problems.push(...(await checkPage(page, 'batch-approver-list', 'phone')));
    // Ticking by keyboard: Tab to the first box and Space.
    await page
      .getByRole('checkbox', { name: /^选择第\d+项$/ })
      .first()
      .focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: '批量签发报送 1 项' }).click();
    await new BatchDialog(page).preview();
    problems.push(...(await checkPage(page, 'batch-approver-preview', 'phone')));
  });

  it('the approver signs every submitted row off in under 10 clicks', async () => {
    const page = await countingPageAs(APPROVER);
    await new WorkbenchPage(page, url()).open(Q1);
    await page.getByText(`全选可签发报送的 ${rows} 项`).click();
    await page.getByRole('button', { name: `批量签发报送 ${rows} 项` }).click();
    const dialog = new BatchDialog(page);
    assert.equal(await dialog.preview(), `将签发报送 ${rows} 项`);
    assert.equal(await dialog.confirm(), `已签发报送 ${rows} 项`);
    await dialog.finish();
    const clicks = await clicksSoFar(page);
    console.log(`approver: ${rows} rows signed off in ${clicks} clicks`);
    assert.ok(clicks < 10, `the approver needed ${clicks} clicks`);
    await page.getByText(/^待签发 0$/).waitFor();
    await historyShows(APPROVER, ['提交审核人签发', '签发报送督查办']);
  });

  it('the office accepts a page of the review queue in under 5 clicks', async () => {
    const page = await countingPageAs('duchaban');
    const consolePage = new ConsolePageModel(page);
    await consolePage.open(url(), Q1);
    const queue = page.locator('.ant-card').filter({ has: page.getByRole('tab', { name: /待审核/ }) });
    await queue.locator('.ant-table-row').first().waitFor();
    await queue.locator('.ant-table-thead .ant-checkbox-input').click();
    const accept = queue.getByRole('button', { name: /^批量采纳 \d+ 项$/ });
    const label = (await accept.textContent()) ?? '';
    const count = Number(/(\d+)/.exec(label)?.[1]);
    assert.equal(count, Math.min(rows, 20), 'one page of filings is ticked');
    problems.push(...(await checkPage(page, 'batch-office-queue', 'desktop')));
    await accept.click();
    const dialog = new BatchDialog(page);
    assert.equal(await dialog.preview(), `将采纳 ${count} 项`);
    assert.equal(await dialog.confirm(), `已采纳 ${count} 项`);
    await dialog.finish();
    const clicks = await clicksSoFar(page);
    console.log(`office: a page of ${count} filings accepted in ${clicks} clicks`);
    assert.ok(clicks < 5, `the office needed ${clicks} clicks`);
    await historyShows('duchaban', ['签发报送督查办']);
  });

  it('on a phone the office’s queue with its tick boxes fits the screen', async () => {
    const page = await pageAs('duchaban', 'phone');
    await new ConsolePageModel(page).open(url(), Q1);
    await page.locator('.ant-table-row').first().waitFor();
    problems.push(...(await checkPage(page, 'batch-office-queue', 'phone')));
  });

  it('the office returns ticked filings with a shared reason and one row’s own', async () => {
    const page = await pageAs('duchaban');
    await new ConsolePageModel(page).open(url(), Q1);
    const queue = page.locator('.ant-card').filter({ has: page.getByRole('tab', { name: /待审核/ }) });
    await queue.locator('.ant-table-row').first().waitFor();
    const boxes = queue.locator('.ant-table-tbody .ant-checkbox-input');
    await boxes.nth(0).click();
    await boxes.nth(1).click();
    await queue.getByRole('button', { name: '批量退回 2 项' }).click();
    const dialog = new BatchDialog(page);
    await dialog.dialog.getByLabel(/统一退回理由/).fill('请补充具体数据。');
    await dialog.dialog.getByRole('button', { name: /逐项填写退回理由/ }).click();
    await dialog.dialog.getByPlaceholder('留空则使用统一退回理由').first().fill('请补充项目开工数。');
    problems.push(...(await checkPage(page, 'batch-office-return', 'desktop')));
    await dialog.dialog.getByRole('button', { name: '预览退回结果' }).click();
    assert.equal(await dialog.preview(), '将退回 2 项');
    assert.equal(await dialog.confirm(), '已退回 2 项');
    await dialog.finish();
  });

  it('every page checked is axe-clean at 1440 and 390 px and no wider than the phone', () => {
    assert.deepEqual(problems, []);
  });
});
