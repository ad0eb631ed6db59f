// Tables on a phone scroll sideways inside their own box instead of squeezing their columns: a unit
// name such as 市发改委 reads on one line, not one character under another in a 30 px column, and a
// link alone in a cell is a 44 px target.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { contextsFor, settle } from './support/readable-check.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { fileLeadReports } from './support/office-seed.ts';

const PERIOD = '2024-Q1';
let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  await fileLeadReports(server, { code: 'fgw', period: PERIOD, count: 2 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Cells holding a word or more of text that the table squeezed under 48 px. */
function squeezedCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.ant-table-cell'))
      .map((cell) => ({ text: cell.innerText.trim(), width: cell.getBoundingClientRect().width }))
      .filter(
        (cell) => cell.width > 0 && cell.width < 48 && cell.text.length >= 3 && !/^\d+$/.test(cell.text),
      )
      .map((cell) => `«${cell.text.slice(0, 12)}» ${Math.round(cell.width)} px`),
  );
}

async function phoneOf(login: string): Promise<Page> {
  const { phone, desktop } = await contextsFor(browser, (page) =>
    signIn(page, server.url, login, server.password),
  );
  await desktop.close();
  return phone.newPage();
}

async function expectReadable(page: Page, view: string): Promise<void> {
  await page.locator('.ant-table-row:visible').first().waitFor();
  await settle(page);
  await snapshot(page, `phone-tables-${view}`, { fullPage: false });
  assert.deepEqual(await squeezedCells(page), [], `${view}: columns squeezed on a phone`);
}

describe('tables on a phone', () => {
  it("the office's review queue and section counts keep their columns readable", async () => {
    const page = await phoneOf('duchaban');
    await page.goto(`${server.url}/console?period=${PERIOD}`);
    await page.getByRole('cell', { name: '市发改委' }).first().waitFor();
    await expectReadable(page, 'review-queue');
    await page.getByRole('tab', { name: '分板块统计' }).click();
    await page.getByRole('cell', { name: '合计' }).waitFor();
    await expectReadable(page, 'section-counts');
    await page.context().close();
  });

  it("the assessment lists each unit on one line, its 查看明细 link a thumb's size", async () => {
    const page = await phoneOf('shizhang');
    await page.goto(`${server.url}/assessment`);
    await page.getByText('应报表单').first().waitFor();
    await expectReadable(page, 'assessment');
    const details = page.getByRole('link', { name: '查看明细' }).first();
    const box = await details.boundingBox();
    assert.ok(
      box && box.height >= 44 && box.width >= 44,
      `查看明细 is ${box?.width}×${box?.height} px on a phone`,
    );
    await page.context().close();
  });

  it("the admin's units and accounts keep their columns readable", async () => {
    const page = await phoneOf('admin');
    for (const path of ['/admin/units', '/admin/accounts']) {
      await page.goto(`${server.url}${path}`);
      await expectReadable(page, path.slice(1).replace('/', '-'));
    }
    await page.context().close();
  });
});
