import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createAccount } from '../../src/services/accounts/accounts.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { testHasher } from '../integration/support/deterministic.ts';
import { launchBrowser, QUIET, snapshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let initialPassword = '';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const created = await createAccount({
    actor: { kind: 'system', role: 'admin', label: 'e2e' },
    login: 'zhangsan',
    displayName: '张三',
    role: 'supervisor',
    unitId: null,
    store: server.db.store,
    clock: systemClock,
    hasher: testHasher,
    secrets: { token: () => crypto.randomUUID(), initialPassword: () => 'Initial-pass-0001' },
  });
  initialPassword = created.initialPassword;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('signing in through the browser', () => {
  it('a wrong password shows a readable Chinese message', async () => {
    const page = await browser.newPage(QUIET);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill('zhangsan');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码不正确').waitFor();
    await snapshot(page, 'login-error');
    await page.close();
  });

  it('a first sign-in must change the password before anything else, then reaches the home page', async () => {
    const page = await browser.newPage(QUIET);
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);
    await snapshot(page, 'login');
    await page.getByLabel('用户名').fill('zhangsan');
    await page.getByLabel('密码').fill(initialPassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/password$/);
    await snapshot(page, 'password-change');
    await page.getByLabel('当前密码').fill(initialPassword);
    await page.getByLabel('新密码(至少10位)').fill('a-new-password-2024');
    await page.getByLabel('再次输入新密码').fill('a-new-password-2024');
    await page.getByRole('button', { name: /确认修改/ }).click();
    await page.getByText('欢迎,张三').waitFor();
    assert.match(page.url(), /\/$/);
    await snapshot(page, 'home');
    await page.close();
  });

  it('the app and the API docs page run under the Content-Security-Policy without a violation', async () => {
    const page = await browser.newPage(QUIET);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill('zhangsan');
    await page.getByLabel('密码').fill('a-new-password-2024');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('欢迎,张三').waitFor();
    await page.goto(`${server.url}/api/docs/`);
    await page.locator('.swagger-ui .info .title').getByText('Duban API').waitFor();
    await snapshot(page, 'api-docs');
    assert.deepEqual(refused, []);
    await page.close();
  });

  it('a signed-out browser does not ask who is signed in: its sign-in page logs no 401, a signed-in one reloads signed in', async () => {
    const page = await browser.newPage(QUIET);
    const errors: string[] = [];
    const logged = () => [...errors];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);
    await page.reload();
    await page.getByLabel('用户名').fill('zhangsan');
    await page.getByLabel('密码').fill('a-new-password-2024');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('欢迎,张三').waitFor();
    await page.reload();
    await page.getByText('欢迎,张三').waitFor();
    await page.getByRole('button', { name: /张三/ }).hover();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(/\/login$/);
    await page.reload();
    await page.getByLabel('用户名').waitFor();
    assert.deepEqual(logged(), []);

    // A session ended elsewhere (expired, or ended by an admin) is asked about once, then no more.
    const url = new URL(server.url);
    await page
      .context()
      .addCookies([{ name: 'duban_signed_in', value: '1', domain: url.hostname, path: '/' }]);
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').waitFor();
    // The 401 and Chromium's line for it.
    assert.ok(logged().includes('401 /api/auth/me') && logged().length === 2, errors.join('\n'));
    assert.equal(await page.evaluate(() => document.cookie.includes('duban_signed_in')), false);
    await page.reload();
    await page.getByLabel('用户名').waitFor();
    assert.equal(logged().length, 2, errors.join('\n'));
    await page.close();
  });
});
