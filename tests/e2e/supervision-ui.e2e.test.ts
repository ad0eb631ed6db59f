// The supervision loop in the browser: the office issues a yellow card from the console, the unit
// finds it in the notification centre and reports its rectification, the office closes the card,
// and the unit reads its assessment statement.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { findCards } from '../../src/services/supervision/cards.queries.ts';
import { ConsolePageModel } from './pages/office-console.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReports, type FiledReport } from './support/office-seed.ts';

const PERIOD = '2024-Q1';
const REASON = '进展情况缺少量化数据,未说明项目开工数量。';
const RECTIFICATION = '已补充开工项目清单和投资完成数据,并建立周调度机制。';
let server: DemoServer;
let browser: Browser;
let filed: FiledReport;

/** A date a month from today, as the rectification deadline. */
const inAMonth = (): string => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  const [first] = await fileLeadReports(server, { code: 'fgw', period: PERIOD, count: 1 });
  assert.ok(first);
  filed = first;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function cardStates() {
  const { cards } = await findCards({
    actor: await server.actorOf('duchaban'),
    period: PERIOD,
    store: server.db.store,
  });
  return cards.map((card) => ({ color: card.color, state: card.state, taskId: card.taskId }));
}

async function openCardsTab(page: Page): Promise<void> {
  const consolePage = new ConsolePageModel(page);
  await consolePage.open(server.url, PERIOD);
  await page.getByRole('tab', { name: /^亮牌$/ }).click();
}

describe('cards from the console to the unit and back', () => {
  it('issues, answers and closes a yellow card; the unit reads its statement', async () => {
    // The supervisor issues a yellow card on the filing in the review queue.
    const office = await signIn(browser, server.url, 'duchaban', server.password);
    const consolePage = new ConsolePageModel(office);
    await consolePage.open(server.url, PERIOD);
    const row = consolePage.queueRow(filed.seq, '市发改委');
    await row.waitFor();
    await row.locator('[data-light]').first().waitFor();
    await row.getByRole('button', { name: /^亮\s*牌$/ }).click();
    const dialog = office.getByRole('dialog', { name: /亮牌/ });
    await dialog.getByLabel('亮牌理由').waitFor();
    await office.waitForTimeout(400);
    await dialog.getByLabel('黄牌').check();
    await dialog.getByLabel('亮牌理由').fill(REASON);
    await dialog.getByLabel('整改期限').fill(inAMonth());
    // Enter takes the typed day and closes the calendar, as a person does before the next control.
    await dialog.getByLabel('整改期限').press('Enter');
    await snapshot(office, 'supervision-issue-card');
    await dialog.getByRole('button', { name: /^亮\s*牌$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await cardStates(), [{ color: 'yellow', state: 'issued', taskId: filed.taskId }]);

    // The unit sees the card in its notification centre and reports the rectification.
    const unit = await signIn(browser, server.url, 'fgw-reporter', server.password);
    await unit.getByRole('button', { name: /通知中心,\d+条未读/ }).click();
    const notice = unit.getByTestId('notice').filter({ hasText: /牌/ }).first();
    await notice.waitFor();
    await snapshot(unit, 'supervision-notification-centre');
    await notice.getByRole('button', { name: '标为已读' }).click();
    await notice.getByRole('button', { name: '标为已读' }).waitFor({ state: 'detached' });
    await unit.goBack();

    const cardRow = unit.locator('.ant-table-row').filter({ hasText: REASON });
    await cardRow.getByRole('button', { name: '报送整改情况' }).click();
    const answer = unit.getByRole('dialog', { name: '报送整改情况' });
    await answer.getByLabel('整改情况').waitFor();
    await unit.waitForTimeout(400);
    await answer.getByLabel('整改情况').fill(RECTIFICATION);
    await answer.getByRole('button', { name: /提\s*交/ }).click();
    await answer.waitFor({ state: 'hidden' });
    await cardRow.getByText('已报送整改').waitFor();
    await snapshot(unit, 'supervision-unit-answered');
    assert.equal((await cardStates())[0]?.state, 'answered');

    // The supervisor closes the card from the console's cards tab.
    await openCardsTab(office);
    const officeRow = office.locator('.ant-table-row').filter({ hasText: REASON });
    await officeRow.getByText('已报送整改').waitFor();
    await officeRow.getByRole('button', { name: /销\s*号/ }).click();
    await office
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /销\s*号/ })
      .click();
    await officeRow.getByText('已销号').waitFor();
    await snapshot(office, 'supervision-card-closed');
    assert.equal((await cardStates())[0]?.state, 'closed');

    // The unit opens its assessment statement.
    await unit.getByRole('menuitem', { name: '考核得分' }).click();
    await unit.getByTestId('statement-total').waitFor();
    await unit.getByText('市发改委 · 2024年度考核得分').waitFor();
    await unit.getByText('考核规则').waitFor();
    await snapshot(unit, 'supervision-statement');

    // The office reads the ranking, with the CSV export and a link to each unit's statement.
    await office.getByRole('menuitem', { name: '年度考核' }).click();
    await office.getByText('2024年度考核').waitFor();
    const csv = office.getByRole('link', { name: /导出CSV/ });
    assert.equal(await csv.getAttribute('href'), '/api/assessment/2024/export.csv');
    const ranked = office.locator('.ant-table-row').filter({ hasText: '市发改委' }).first();
    await ranked.waitFor();
    await snapshot(office, 'supervision-assessment');
    await ranked.getByRole('link', { name: '查看明细' }).click();
    await office.getByText('市发改委 · 2024年度考核得分').waitFor();
    await office.close();
    await unit.close();
  });
});
