import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { AdminPagesModel } from './pages/office-admin.ts';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { axeViolations } from './support/office-axe.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the admin keeps the directory, the accounts and the periods', () => {
  it('fills in a group, adds an alias and creates a unit', async () => {
    const page = await signIn(browser, server.url, 'admin', server.password);
    const admin = new AdminPagesModel(page);
    await page.goto(`${server.url}/admin/units`);
    await admin.tableRow('市发改委').first().waitFor();
    await snapshot(page, 'office-units');

    await page.getByLabel('搜索单位').fill('推进组');
    await page.getByLabel('搜索单位').press('Enter');
    await admin.tableRow('市十大新兴产业推进组成员单位').getByText('尚未设置成员').waitFor();
    await admin.unitAction('市十大新兴产业推进组成员单位', '设置成员');
    const members = admin.dialog(/设置成员/);
    await admin.choose(members.getByLabel('成员单位'), '市发改委');
    await admin.choose(members.getByLabel('成员单位'), '市经信局');
    await admin.confirmDialog(/设置成员/, /保\s*存/);
    const group = admin.tableRow('市十大新兴产业推进组成员单位');
    await group.getByText(/2个成员/).waitFor();
    assert.match((await group.textContent()) ?? '', /市发改委/);
    assert.match((await group.textContent()) ?? '', /市经信局/);

    await page.getByLabel('搜索单位').fill('市发改委');
    await page.getByLabel('搜索单位').press('Enter');
    await admin.unitAction('市发改委', '添加别名');
    await admin
      .dialog(/添加别名/)
      .getByLabel('别名')
      .fill('芜湖市发改委');
    await admin.confirmDialog(/添加别名/, /添\s*加/);
    await admin.tableRow('市发改委').getByText('芜湖市发改委').waitFor();

    await page.getByRole('button', { name: /新建单位/ }).click();
    await admin.dialog('新建单位').getByLabel('简称').fill('市低空经济专班');
    await admin.choose(admin.dialog('新建单位').getByLabel('类别'), '工作专班');
    await admin.confirmDialog('新建单位', /创\s*建/);
    await page.getByLabel('搜索单位').fill('低空');
    await page.getByLabel('搜索单位').press('Enter');
    await admin.tableRow('市低空经济专班').getByText('工作专班').waitFor();

    // A name already in the directory is refused in Chinese, in the dialog.
    await page.getByRole('button', { name: /新建单位/ }).click();
    await admin.dialog('新建单位').getByLabel('简称').fill('市发改委');
    await admin
      .dialog('新建单位')
      .getByRole('button', { name: /创\s*建/ })
      .click();
    await admin.dialog('新建单位').getByText('已有同名单位(或该名称是其他单位的别名)').waitFor();
    await snapshot(page, 'office-units-refused');
    await page.close();
  });

  it('creates an account whose initial password is shown once, resets it and disables the account', async () => {
    const page = await signIn(browser, server.url, 'admin', server.password);
    const admin = new AdminPagesModel(page);
    await page.goto(`${server.url}/admin/accounts`);
    await admin.tableRow('duchaban').waitFor();

    await page.getByRole('button', { name: /新建账号/ }).click();
    const form = admin.dialog('新建账号');
    await form.getByLabel('用户名').fill('jyj-reporter');
    await form.getByLabel('姓名').fill('市教育局 填报员');
    await admin.choose(form.getByLabel('所属单位'), '市教育局');
    await form.getByRole('button', { name: /创\s*建/ }).click();
    const shown = admin.dialog('初始密码');
    const first = await shown.locator('[data-initial-password]').textContent();
    assert.ok(first && first.length >= 10);
    await snapshot(page, 'office-accounts-password-once');
    await admin.confirmDialog('初始密码', /我已记下/);
    await admin.tableRow('jyj-reporter').getByText('待改初始密码').waitFor();

    await admin.tableRow('jyj-reporter').getByRole('button', { name: '重置密码' }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /重\s*置/ })
      .click();
    const second = await admin.dialog('初始密码').locator('[data-initial-password]').textContent();
    assert.notEqual(second, first);
    await admin.confirmDialog('初始密码', /我已记下/);

    await admin
      .tableRow('jyj-reporter')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await admin.tableRow('jyj-reporter').getByText('已停用').waitFor();
    await snapshot(page, 'office-accounts');
    await page.close();
  });

  it('sees an account held back by wrong passwords and lifts the delay, on a desktop and a phone', async () => {
    const tryLogin = (password: string) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'czj-reporter', password }),
      });
    for (let n = 0; n < 5; n++) assert.equal((await tryLogin(`wrong-${n}`)).status, 401);
    assert.equal((await tryLogin(server.password)).status, 429, 'held back after five wrong passwords');

    const page = await signIn(browser, server.url, 'admin', server.password);
    const admin = new AdminPagesModel(page);
    await page.goto(`${server.url}/admin/accounts`);
    const row = admin.tableRow('czj-reporter').filter({ hasText: '限制登录至' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /5/);
    await page.setViewportSize({ width: 390, height: 844 });
    await row.scrollIntoViewIfNeeded();
    const serious = (await axeViolations(page)).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(serious, [], 'no serious or critical axe violation at 390 px');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    assert.ok(Number(width) <= 390, `the page is no wider than the phone (${String(width)} px)`);
    await snapshot(page, 'office-accounts-throttles-phone');

    await row.getByRole('button', { name: '解除限制' }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /解\s*除/ })
      .click();
    await page.getByText('已解除 czj-reporter 的登录限制').waitFor();
    await row.waitFor({ state: 'detached' });
    assert.equal((await tryLogin(server.password)).status, 200, 'the owner gets in at once');
    await page.close();
  });

  it('moves a period’s due date', async () => {
    const page = await signIn(browser, server.url, 'admin', server.password);
    const admin = new AdminPagesModel(page);
    await page.goto(`${server.url}/admin/periods`);
    await admin.tableRow('2024年第二季度').waitFor();
    await page.getByRole('button', { name: '修改2024年第二季度的日期' }).click();
    const dialog = admin.dialog(/修改2024年第二季度的日期/);
    await dialog.getByLabel('截止日期').fill('2024-07-12');
    await dialog.getByLabel('截止日期').press('Enter');
    await admin.confirmDialog(/修改2024年第二季度的日期/, /保\s*存/);
    await admin.tableRow('2024年第二季度').getByText('2024-07-12').waitFor();
    await snapshot(page, 'office-periods');
    await page.close();
  });
});
