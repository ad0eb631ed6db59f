// The admin's 数据备份 page: the last backup and the schedule, a backup taken now, its file downloaded
// and read back; readable at 1440 and 390 px and usable by keyboard; closed to the office.
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { tempFolder } from '../integration/support/backup-fixture.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { checkPage, contextsFor } from './support/readable-check.ts';

let server: DemoServer;
let browser: Browser;
let folder: string;

before(async () => {
  folder = await tempFolder('e2e-backups');
  server = await startDemoServer({ demo: true, backupDirectory: folder });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

const signInAs = (login: string) => async (page: Page) => {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(login);
  await page.getByLabel('密码').fill(server.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
};

describe("the admin's backups page", () => {
  it('shows none yet, takes one now, lists it and downloads a file that reads as the backup', async () => {
    const page = await signIn(browser, server.url, 'admin', server.password);
    await page.getByRole('menuitem', { name: '数据备份' }).click();
    await page.getByText('尚无备份').waitFor();
    await page.getByText('每1天,保留最近7份').waitFor();

    await page.getByRole('button', { name: /立即备份/ }).click();
    await page.getByText('备份已完成').waitFor();
    await page.getByRole('cell', { name: '手动备份' }).waitFor();
    assert.equal(await page.getByText('尚无备份').count(), 0);
    await page.getByText(/行数据;2024年度;账号\d+/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^下载.*的备份$/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^duban-manual-\d{8}T\d{9}Z\.duban-backup\.jsonl\.gz$/);
    const lines = gunzipSync(await readFile(await download.path()))
      .toString('utf8')
      .trim()
      .split('\n');
    const header = JSON.parse(lines[0]!) as {
      duban: string;
      planYears: number[];
      tables: Record<string, number>;
    };
    assert.equal(header.duban, 'backup');
    assert.deepEqual(header.planYears, [2024]);
    assert.ok((header.tables['accounts'] ?? 0) > 0);
    assert.match(lines.at(-1)!, /^\{"end":\{"sha256":"[0-9a-f]{64}"/);
    await page.close();
  });

  it('is readable at 1440 and 390 px (axe, width, tap targets) and takes a backup by keyboard', async () => {
    const contexts = await contextsFor(browser, signInAs('admin'));
    try {
      const problems: string[] = [];
      for (const width of ['desktop', 'phone'] as const) {
        const page = await contexts[width].newPage();
        await page.goto(`${server.url}/admin/backups`);
        await page.getByText('最近一次备份').waitFor();
        problems.push(...(await checkPage(page, 'admin-backups', width)));
        await page.close();
      }
      assert.deepEqual(problems, []);

      const page = await contexts.desktop.newPage();
      await page.goto(`${server.url}/admin/backups`);
      const ROW = '.ant-table-tbody tr.ant-table-row';
      await page.locator(ROW).first().waitFor();
      const before = await page.locator(ROW).count();
      const button = page.getByRole('button', { name: /立即备份/ });
      for (
        let tabs = 0;
        tabs < 60 && !(await button.evaluate((b) => b === document.activeElement));
        tabs += 1
      )
        await page.keyboard.press('Tab');
      assert.ok(await button.evaluate((b) => b === document.activeElement), 'the button takes focus by Tab');
      await page.keyboard.press('Enter');
      await page.getByText('备份已完成').waitFor();
      await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [
        '.ant-table-tbody tr.ant-table-row',
        before,
      ] as const);
    } finally {
      await contexts.desktop.close();
      await contexts.phone.close();
    }
  });

  it("is closed to the office's supervisor: 无权访问, and the API answers 403", async () => {
    const page = await signIn(browser, server.url, 'duchaban', server.password);
    await page.goto(`${server.url}/admin/backups`);
    await page.getByText('无权访问').waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/backups')).status);
    assert.equal(status, 403);
    await page.close();
  });
});
