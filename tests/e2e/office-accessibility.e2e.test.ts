import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { signIn } from './pages/office-sign-in.ts';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';
import { axeViolations } from './support/office-axe.ts';
import { fileLeadReports } from './support/office-seed.ts';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  await fileLeadReports(server, { code: 'fgw', period: '2024-Q1', count: 2 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  { login: 'duchaban', path: '/console?period=2024-Q1', ready: '待审核' },
  { login: 'shizhang', path: '/dashboard?period=2024-Q1', ready: '各板块完成情况' },
  { login: 'admin', path: '/admin/import', ready: '点击或将任务分解通知拖到此处' },
  { login: 'admin', path: '/admin/units', ready: '市发改委' },
  { login: 'admin', path: '/admin/accounts', ready: 'duchaban' },
  { login: 'admin', path: '/admin/periods', ready: '2024年第一季度' },
] as const;

describe('the office pages for assistive technology', () => {
  // Colour contrast follows the shared theme (Ant Design's default blue and greys), not a page.
  it('every control has a name and every structure its role (WCAG 2 A/AA, contrast aside)', async () => {
    for (const { login, path, ready } of PAGES) {
      const page = await signIn(browser, server.url, login, server.password);
      await page.goto(`${server.url}${path}`);
      await page.getByText(ready).first().waitFor();
      await page.waitForTimeout(800);
      const violations = (await axeViolations(page)).filter((v) => v.id !== 'color-contrast');
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
      await page.close();
    }
  });
});
