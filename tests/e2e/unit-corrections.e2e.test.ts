// The corrections inside a unit, before the office sees the filing: the clerk withdraws a submitted
// filing, the approver sends one back with a reason the clerk reads, and corrects the words and
// signs off in one step (recorded as 审核人修改); 保存并填下一项 moves on to the next task to file.
// The pages are checked with axe at 1440 and 390 px.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { FilingPage } from './pages/filing.page.ts';
import { TaskPage } from './pages/task.page.ts';
import { WorkbenchPage } from './pages/workbench.page.ts';
import { checkPage, WIDTHS, type Width } from './support/readable-check.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

/** The plain demo's plan 2024: its first quarter is past due, still open for (late) filing. */
const Q1 = '2024-Q1';
/** Task 2: 市经信局 leads it; its clerk and approver walk the corrections. */
const TASK = 2;
const SEND_BACK_REASON = '请补充一季度技改投资完成额。';
const APPROVER_WORDS = '(审核人补充)全市规上工业企业数量达1800家。';

let ui: SignedInBrowser | undefined;
const opened = (): SignedInBrowser => ui ?? assert.fail('the browser is not open');
const pageAs = (login: string, width: Width = 'desktop') => opened().pageAs(login, WIDTHS[width]);
const url = () => opened().server.url;
const problems: string[] = [];

before(async () => {
  ui = await openSignedInBrowser();
});

after(() => ui?.close());

describe('corrections inside the unit, before the office sees the filing', () => {
  const fillAndSubmit = async (page: Page, words: string) => {
    const form = new FilingPage(page, url());
    await form.open(TASK, Q1);
    await form.fillProgress(words);
    await form.chooseStatus('正常推进');
    await form.waitSaved();
    await form.submit();
  };

  it('the clerk withdraws a submitted filing and it is a draft again', async () => {
    const page = await pageAs('jxj-reporter');
    await fillAndSubmit(page, '一季度全市工业运行平稳。');
    await page.getByRole('button', { name: '撤回修改' }).click();
    await page.getByText('已撤回,可修改后重新提交').waitFor();
    await new FilingPage(page, url()).progress.waitFor();
    await new FilingPage(page, url()).submit();
  });

  it('the approver sends it back with a reason, which the clerk reads', async () => {
    const approver = await pageAs('jxj-approver');
    await new FilingPage(approver, url()).open(TASK, Q1);
    await approver.getByRole('button', { name: /退回填报员/ }).click();
    const dialog = approver.getByRole('dialog', { name: '退回填报员修改' });
    await dialog.getByLabel('退回理由').fill(SEND_BACK_REASON);
    await dialog.getByRole('button', { name: /确认退回/ }).click();
    await approver.getByText('已退回填报员修改').waitFor();

    const clerk = await pageAs('jxj-reporter');
    const form = new FilingPage(clerk, url());
    await form.open(TASK, Q1);
    await clerk.getByText('本单位审核人已退回,请按意见修改后重新提交').waitFor();
    await clerk.getByText(SEND_BACK_REASON).waitFor();
    await form.progress.press('End');
    await form.progress.pressSequentially('一季度工业技改投资完成58.6亿元。');
    await form.waitSaved();
    await form.submit();
  });

  it('the approver corrects the words and signs off in one step; history says 审核人修改', async () => {
    for (const width of ['phone', 'desktop'] as const) {
      const page = await pageAs('jxj-approver', width);
      await new FilingPage(page, url()).open(TASK, Q1);
      await page.getByRole('button', { name: '修改后签发' }).click();
      await page.locator('#filing-progress').waitFor();
      // The tap left the pointer over 取消修改, which took the button's place: read it at rest.
      await page.mouse.move(0, 0);
      problems.push(...(await checkPage(page, 'batch-approver-revise', width)));
      if (width === 'phone') continue;
      await page.locator('#filing-progress').press('End');
      await page.locator('#filing-progress').pressSequentially(APPROVER_WORDS);
      await page.getByRole('button', { name: '确认修改并签发' }).click();
      await page.getByText('已修改并签发报送督查办').first().waitFor();
      const task = new TaskPage(page, url());
      await task.open(TASK, Q1);
      await task.showHistory('牵头单位进展报告', '市经信局');
      await page.getByText('审核人修改').first().waitFor();
    }
  });

  it('保存并填下一项 saves the draft and opens the unit’s next task still to file', async () => {
    const page = await pageAs('jxj-reporter');
    await new WorkbenchPage(page, url()).open(Q1);
    const first = page.locator(`a.worklist-action[href$="/periods/${Q1}"]`).first();
    const href = (await first.getAttribute('href')) ?? assert.fail('no task to file');
    await first.click();
    const form = new FilingPage(page, url());
    await form.fillProgress('一季度已完成年度计划的四分之一。');
    await page.getByRole('button', { name: '保存并填下一项' }).click();
    await page.waitForURL(
      (address) => address.pathname.endsWith(`/periods/${Q1}`) && address.pathname !== href,
    );
    await page.getByText(/草稿已保存,下一项:第\d+项/).waitFor();
    await form.progress.waitFor();
    await page.goto(`${url()}${href}`);
    assert.equal(await form.progress.inputValue(), '一季度已完成年度计划的四分之一。');
  });

  it('every page checked is axe-clean at 1440 and 390 px and no wider than the phone', () => {
    assert.deepEqual(problems, []);
  });
});
