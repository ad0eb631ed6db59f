// Quality flags in the browser: the clerk sees them on the form before submitting and they follow
// the text; the office finds flagged filings in the review queue (a column and a filter), reads each
// flag's evidence in the report drawer, dismisses one with a reason (audited, nothing lost on a bad
// reason), and opens the task's quarter-over-quarter page. Every view is checked at 1440 px and on a
// 390 px phone (axe, width, tap targets), by keyboard and by touch.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FilingPage } from './pages/filing.page.ts';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReport, leadTasks } from './support/office-seed.ts';
import { checkPage, contextsFor, type Width } from './support/readable-check.ts';

const Q1 = '2024-Q1';
const Q2 = '2024-Q2';
/** Filed in Q1 and pasted again in Q2, marked 已完成 at 100% without a file: 照抄往期 and 完成无佐证. */
const PASTED =
  '召开专题推进会2次,印发《2024年重点项目推进方案》,新开工项目12个,完成投资35.6亿元,鸠江区新能源汽车零部件产业园项目主体结构封顶。';
const CLEAN =
  '二季度新增小微企业首贷户860家,累计2150家;6月18日举办政银企对接会,促成签约项目23个、金额41.2亿元。';
const VAGUE = '高度重视,精心组织,稳步推进,有序开展,狠抓落实,各项工作取得积极成效。';
const FACTUAL = '5月印发《数字经济三年行动方案》,新增规上软件企业14家,完成投资6.8亿元。';
const REASON = '已电话核实,验收材料将随年度总结报送';

let server: DemoServer;
let browser: Browser;
const opened: BrowserContext[] = [];
let pasted: { id: number; seq: number; reportId: number };
let clean: { id: number; seq: number; reportId: number };
let drafted: { id: number; seq: number };

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  const [first, second, third] = await leadTasks(server, { code: 'fgw', count: 3 });
  assert.ok(first && second && third, 'the demo unit leads three tasks');
  const content = { progress: PASTED, selfStatus: 'on_track' as const, percentComplete: 30 };
  await fileLeadReport(server, { code: 'fgw', taskId: first.id, period: Q1, content });
  const completed = { progress: PASTED, selfStatus: 'completed' as const, percentComplete: 100 };
  pasted = {
    ...first,
    reportId: await fileLeadReport(server, { code: 'fgw', taskId: first.id, period: Q2, content: completed }),
  };
  const fine = { progress: CLEAN, selfStatus: 'on_track' as const, percentComplete: 55 };
  clean = {
    ...second,
    reportId: await fileLeadReport(server, { code: 'fgw', taskId: second.id, period: Q2, content: fine }),
  };
  drafted = third;
});

after(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  await server?.close();
});

async function signedIn(login: string): Promise<Record<Width, BrowserContext>> {
  const contexts = await contextsFor(browser, (page) => signIn(page, server.url, login, server.password));
  opened.push(contexts.desktop, contexts.phone);
  return contexts;
}

const report = (problems: string[]) => assert.deepEqual(problems, [], problems.join('\n'));

/** The queue row of a task by its number. */
const queueRow = (page: Page, seq: number) =>
  page.locator('.ant-table-row').filter({
    has: page.locator('td:not(.ant-table-selection-column)').first().getByText(String(seq), { exact: true }),
  });

async function openConsole(page: Page): Promise<void> {
  await page.goto(`${server.url}/console?period=${Q2}`);
  await queueRow(page, pasted.seq)
    .getByRole('button', { name: /^照抄往期/ })
    .waitFor();
}

async function openDrawer(page: Page, seq: number, touch: boolean): Promise<ReturnType<Page['getByRole']>> {
  const view = queueRow(page, seq).getByRole('button', { name: /^查\s*看$/ });
  await (touch ? view.tap() : view.click());
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('drawer-quality') });
  await drawer.getByTestId('drawer-quality').locator('[data-flag], .ant-alert').first().waitFor();
  return drawer;
}

describe('quality flags in the queue, the drawer, the clerk’s form and the quarter comparison', () => {
  it('the clerk sees the flags of the saved text before submitting, and they follow the text', async () => {
    const contexts = await signedIn('fgw-reporter');
    const page = await contexts.desktop.newPage();
    const form = new FilingPage(page, server.url);
    await form.open(drafted.id, Q2);
    const panel = page.getByTestId('filing-quality');
    await panel.getByText('填写内容自动保存后').waitFor();
    await form.fillProgress(VAGUE);
    await form.waitSaved();
    const vague = panel.locator('[data-flag="vague"]');
    await vague.waitFor();
    // Worded for the clerk: what to change, with the stock phrases marked in the saved text.
    await vague.getByText('请用具体的事实和数据代替这些表述').waitFor();
    assert.ok((await vague.locator('mark').allTextContents()).includes('稳步推进'));
    await panel.locator('[data-flag="noFacts"]').getByText('请补充做了什么').waitFor();
    // Next to the submit button a hint leads to them.
    const hint = page.getByRole('button', { name: /^有2项质量提示/ });
    await hint.click();
    await page.waitForFunction(() => {
      const top = document.getElementById('filing-quality')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    });
    report(await checkPage(page, 'quality-clerk-flags', 'desktop'));

    await form.fillProgress(FACTUAL);
    await form.waitSaved();
    await panel.getByText('未发现需要完善的地方').waitFor();
    assert.equal(await panel.locator('[data-flag]').count(), 0);
    await hint.waitFor({ state: 'detached' });
    await page.close();

    const phone = await contexts.phone.newPage();
    await new FilingPage(phone, server.url).open(drafted.id, Q2);
    await phone.getByTestId('filing-quality').getByText('未发现需要完善的地方').waitFor();
    report(await checkPage(phone, 'quality-clerk-flags', 'phone'));
    await phone.close();
  });

  it('the office finds flagged filings by a column and a filter, reads the evidence and dismisses a flag', async () => {
    const contexts = await signedIn('duchaban');
    const page = await contexts.desktop.newPage();
    await openConsole(page);
    const row = queueRow(page, pasted.seq);
    await row.getByRole('button', { name: /^完成无佐证/ }).waitFor();
    assert.equal(await queueRow(page, clean.seq).getByTestId('queue-flags').count(), 0);
    await queueRow(page, clean.seq).getByText('无', { exact: true }).waitFor();
    report(await checkPage(page, 'quality-queue', 'desktop'));

    // The filter, by keyboard: only the pasted filing is left under 照抄往期.
    const filter = page.getByRole('combobox', { name: '质量提示' });
    await filter.focus();
    await page.keyboard.press('Enter');
    await page.locator('.ant-select-item-option').filter({ hasText: '照抄往期(1)' }).waitFor();
    // 全部, 有质量提示, 无质量提示, then the kinds in their order: 照抄往期 first.
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await queueRow(page, clean.seq).waitFor({ state: 'detached' });
    assert.equal(await page.locator('.ant-table-row').count(), 1);

    // The drawer: each flag with what triggered it, the shared words marked on both sides.
    const drawer = await openDrawer(page, pasted.seq, false);
    const repeated = drawer.locator('[data-flag="repeated"]');
    await repeated.getByText('一季度', { exact: false }).first().waitFor();
    const marks = await repeated.locator('mark').allTextContents();
    assert.ok(marks.join('').includes('新开工项目12个'), `marked: ${marks.join('|')}`);
    await drawer.locator('[data-flag="unsupportedCompletion"]').getByText('缺少:未上传佐证材料').waitFor();
    report(await checkPage(page, 'quality-drawer', 'desktop'));

    // A dismissal needs a reason: an empty one is refused in place, nothing is sent.
    await drawer.getByRole('button', { name: '忽略提示:完成无佐证' }).click();
    const dialog = page.getByRole('dialog', { name: '忽略提示:完成无佐证' });
    const reason = dialog.getByLabel('忽略理由');
    await reason.waitFor();
    await dialog.getByRole('button', { name: '确认忽略' }).click();
    await dialog.getByText('请写明忽略该提示的理由').waitFor();
    assert.equal(await dismissals(pasted.reportId), 0);
    await reason.fill(REASON);
    await dialog.getByRole('button', { name: '确认忽略' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const dismissed = drawer.locator('[data-flag="unsupportedCompletion"]');
    await dismissed.getByText(`督查办已忽略此提示:${REASON}`).waitFor();
    assert.equal(await dismissed.getAttribute('data-dismissed'), 'true');
    assert.equal(await drawer.getByRole('button', { name: '忽略提示:完成无佐证' }).count(), 0);
    assert.equal(await dismissals(pasted.reportId), 1);

    // Back in the queue the dismissed flag is counted apart.
    await page.keyboard.press('Escape');
    await row.getByText('已忽略1项').waitFor();
    assert.equal(await row.getByRole('button', { name: /^完成无佐证/ }).count(), 0);
    await page.close();
  });

  it('on a phone the queue, the drawer and a flag’s message work by touch', async () => {
    const { phone } = await signedIn('duchaban');
    const page = await phone.newPage();
    await openConsole(page);
    report(await checkPage(page, 'quality-queue', 'phone'));
    const tag = queueRow(page, pasted.seq).getByRole('button', { name: /^照抄往期/ });
    await tag.tap();
    await page.getByRole('tooltip').filter({ hasText: '进展情况与本单位' }).waitFor();
    const drawer = await openDrawer(page, pasted.seq, true);
    await drawer.locator('[data-flag="repeated"] mark').first().waitFor();
    report(await checkPage(page, 'quality-drawer', 'phone'));
    await page.close();
  });

  it('the office compares a task’s quarters side by side, repeated words marked', async () => {
    const contexts = await signedIn('duchaban');
    const page = await contexts.desktop.newPage();
    await openConsole(page);
    const drawer = await openDrawer(page, pasted.seq, false);
    await drawer.getByRole('link', { name: '季度对比' }).click();
    await page.waitForURL((url) => url.pathname === `/tasks/${pasted.id}/compare`);
    const card = page.getByTestId('compare-unit').filter({ hasText: '市发改委' });
    await card.getByText('进展情况与上季度相同 100%').waitFor();
    const progress = card.getByLabel('二季度进展情况');
    assert.equal((await progress.locator('mark').allTextContents()).join(''), PASTED);
    await card.getByText('已完成').first().waitFor();
    report(await checkPage(page, 'quality-compare', 'desktop'));

    // The second task: new this quarter, nothing repeated; the quarter switcher keeps the address.
    await page.goto(`${server.url}/tasks/${clean.id}/compare?period=${Q2}`);
    const fresh = page.getByTestId('compare-unit').filter({ hasText: '市发改委' });
    await fresh.getByLabel('二季度进展情况').locator('ins').first().waitFor();
    assert.equal(await fresh.getByLabel('二季度进展情况').locator('mark').count(), 0);
    await page.locator('.ant-segmented').getByText('一季度', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === Q1);
    await page.getByText('是年度第一个季度,没有上季度可对比').waitFor();
    await page.close();

    const phone = await contexts.phone.newPage();
    await phone.goto(`${server.url}/tasks/${pasted.id}/compare?period=${Q2}`);
    await phone.getByTestId('compare-unit').first().waitFor();
    report(await checkPage(phone, 'quality-compare', 'phone'));
    await phone.close();
  });
});

async function dismissals(reportId: number): Promise<number> {
  const audit = await server.db.store.repos.auditLog.find(
    { entityType: 'report', entityId: String(reportId) },
    { offset: 0, limit: 50 },
  );
  return audit.events.filter((event) => event.action === 'quality_flag.dismiss').length;
}
