// The office keeps the plan's quality settings in the console: adds and removes stock phrases as
// tags and changes a threshold, by keyboard; a bad phrase is refused in place with nothing lost;
// the saved settings are what the server holds. Checked at 1440 px and on a 390 px phone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getQualitySettings } from '../../src/services/quality/quality-settings.usecases.ts';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { checkPage, contextsFor } from './support/readable-check.ts';

let server: DemoServer;
let browser: Browser;
const opened: BrowserContext[] = [];

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  for (const context of opened) await context.close();
  await browser?.close();
  await server?.close();
});

const report = (problems: string[]) => assert.deepEqual(problems, [], problems.join('\n'));

async function openSettings(page: Page): Promise<void> {
  await page.goto(`${server.url}/console?period=2024-Q2`);
  const tab = page.getByRole('tab', { name: '质量提示设置' });
  await tab.waitFor();
  await tab.click();
  await page.getByRole('list', { name: '套话清单' }).waitFor();
}

const stored = async () =>
  (
    await getQualitySettings({
      actor: await server.actorOf('duchaban'),
      year: 2024,
      store: server.db.store,
    })
  ).quality;

describe('the office edits the quality settings in the console', () => {
  it('adds and removes stock phrases and changes a threshold by keyboard, then saves', async () => {
    const contexts = await contextsFor(browser, (page) =>
      signIn(page, server.url, 'duchaban', server.password),
    );
    opened.push(contexts.desktop, contexts.phone);
    const page = await contexts.desktop.newPage();
    await openSettings(page);
    const list = page.getByRole('list', { name: '套话清单' });
    assert.ok((await list.getByRole('listitem').allTextContents()).includes('稳步推进'));
    report(await checkPage(page, 'quality-settings', 'desktop'));

    const input = page.getByRole('textbox', { name: '新增套话' });
    await input.focus();
    await page.keyboard.type('稳步推进');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('清单中已有该套话').waitFor();
    assert.equal(await input.inputValue(), '稳步推进', 'the typed phrase stays to be corrected');
    await input.fill('守正创新');
    await page.keyboard.press('Enter');
    await list.getByRole('listitem').filter({ hasText: '守正创新' }).waitFor();
    assert.equal(await input.inputValue(), '');

    const remove = page.getByRole('button', { name: '删除套话“稳步推进”' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await remove.waitFor({ state: 'detached' });

    assert.ok((await stored()).stockPhrases.includes('稳步推进'), 'nothing is saved before 保存设置');

    const vague = page.getByLabel('套话空话:套话所占比例达到');
    await vague.fill('60');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.locator('.ant-message').getByText('质量提示设置已保存').waitFor();

    const saved = await stored();
    assert.ok(saved.stockPhrases.includes('守正创新'));
    assert.ok(!saved.stockPhrases.includes('稳步推进'));
    assert.equal(saved.vagueShareThreshold, 0.6);

    const phone = await contexts.phone.newPage();
    await openSettings(phone);
    await phone.getByRole('list', { name: '套话清单' }).getByText('守正创新').waitFor();
    report(await checkPage(phone, 'quality-settings', 'phone'));
  });
});
