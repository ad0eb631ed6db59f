import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { findPlanTasks } from '../../src/services/plans/plan-tasks.queries.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { ImportPageModel } from './pages/office-import.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { createReadyAccount } from './support/office-seed.ts';

const NOTICE = fileURLToPath(new URL('../fixtures/layouts/small.utf8.txt', import.meta.url));

let server: DemoServer;
let browser: Browser;
let password = '';

before(async () => {
  server = await startDemoServer({ demo: false });
  browser = await launchBrowser();
  password = await createReadyAccount(server, {
    login: 'zhengfuban',
    displayName: '市政府办',
    role: 'admin',
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function leadUnitsOf(seq: number): Promise<string[]> {
  const { tasks } = await findPlanTasks({
    actor: { kind: 'system', role: 'admin', label: 'e2e' },
    store: server.db.store,
    clock: systemClock,
    year: 2024,
  });
  return tasks.find((task) => task.seq === seq)?.leadUnits.map((unit) => unit.name) ?? [];
}

describe('the admin imports a notice through the import page', () => {
  it('previews the notice, refuses a commit while guesses are open, then commits with one row fixed', async () => {
    const page = await signIn(browser, server.url, 'zhengfuban', password);
    const importPage = new ImportPageModel(page);
    await importPage.open(server.url);
    await snapshot(page, 'office-import-upload');

    await importPage.upload(NOTICE);
    await page.getByText('芜湖市人民政府关于分解下达2024年度重点工作任务的通知').waitFor();
    await page.getByText('需确认(9)').waitFor();
    await snapshot(page, 'office-import-preview');

    // Task 2 names 市经信局, 市发改委, then the groups; the guess made only 市经信局 lead.
    await importPage.setLeadCount(2, 2);
    await importPage.row(2).getByText('已修改').waitFor();
    assert.equal(
      await importPage
        .row(2)
        .getByRole('button', { name: /牵头 · 市发改委/ })
        .count(),
      1,
    );

    await importPage.commit();
    await page.getByText('还有未处理的问题', { exact: false }).first().waitFor();
    await page.getByText('第1项的牵头/责任单位分界为推断,尚未确认').first().waitFor();
    await snapshot(page, 'office-import-unresolved');

    await importPage.acceptAllGuesses();
    await page.getByText('所有推断已确认,可以导入').waitFor();
    await importPage.commit();
    await page.getByText('2024年度重点工作任务已导入').waitFor();
    await snapshot(page, 'office-import-done');

    assert.deepEqual(await leadUnitsOf(2), ['市经信局', '市发改委']);
    assert.deepEqual(await leadUnitsOf(3), ['市发改委']);
    await page.close();
  });

  it('a file that is not a notice is answered with the reader’s reasons, in Chinese', async () => {
    const page = await signIn(browser, server.url, 'zhengfuban', password);
    const importPage = new ImportPageModel(page);
    await importPage.open(server.url);
    await importPage.upload(fileURLToPath(new URL('../fixtures/layouts/not-a-notice.txt', import.meta.url)));
    await page.getByText('没有读到任何任务').waitFor();
    await page
      .getByText(/这不像一份重点工作任务分解通知/)
      .first()
      .waitFor();
    await snapshot(page, 'office-import-not-a-notice');
    await page.close();
  });

  it('for a person who asks for reduced motion, lists open in place, without moving', async () => {
    const page = await signIn(browser, server.url, 'zhengfuban', password);
    const importPage = new ImportPageModel(page);
    await importPage.open(server.url);
    await importPage.upload(NOTICE);
    await page.getByLabel('第2项牵头单位个数').click();
    const list = page.locator('.ant-select-dropdown:visible');
    await list.waitFor();
    const motion = await list.evaluate((element: Element) => ({
      classes: element.className,
      running: element.getAnimations({ subtree: true }).length,
    }));
    assert.doesNotMatch(motion.classes, /-(appear|enter)/);
    assert.equal(motion.running, 0);
    await page.close();
  });
});
