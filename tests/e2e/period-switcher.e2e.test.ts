// The quarter switcher on a phone once three quarters are closed: 一季度(已关闭) … 四季度 are wider
// than the screen together, so they wrap onto a second line; the page stays as wide as the phone
// and every quarter, the open one included, can be seen and tapped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { closePeriod } from '../../src/services/assessment/period-close.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { signIn } from './pages/sign-in.page.ts';
import { launchBrowser, snapshot } from './support/browser.ts';
import { contextsFor, settle } from './support/readable-check.ts';
import { startDemoServer, type DemoServer } from './support/demo-server.ts';

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startDemoServer({ demo: true });
  browser = await launchBrowser();
  const supervisor = await server.actorOf('duchaban');
  for (const key of ['2024-Q1', '2024-Q2', '2024-Q3']) {
    await closePeriod({ actor: supervisor, year: 2024, key, store: server.db.store, clock: systemClock });
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES: Record<string, string[]> = {
  duchaban: ['/console', '/plan', '/dashboard'],
  'fgw-reporter': ['/'],
};

describe('the quarter switcher on a phone', () => {
  for (const [login, paths] of Object.entries(PAGES)) {
    it(`shows all four quarters inside the screen on ${paths.join(' ')} for ${login}`, async () => {
      const { phone, desktop } = await contextsFor(browser, (page) =>
        signIn(page, server.url, login, server.password),
      );
      await desktop.close();
      const page = await phone.newPage();
      for (const path of paths) {
        await page.goto(`${server.url}${path}?period=2024-Q4`);
        await page.locator('.ant-segmented').getByText('四季度', { exact: true }).first().waitFor();
        await settle(page);
        const seen = await page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          screen: window.innerWidth,
          items: Array.from(
            Array.from(document.querySelectorAll('.ant-segmented'))
              .find((switcher) => switcher.textContent?.includes('四季度'))
              ?.querySelectorAll('.ant-segmented-item') ?? [],
          ).map((item) => {
            const box = item.getBoundingClientRect();
            return { text: item.textContent, right: Math.round(box.right), height: Math.round(box.height) };
          }),
        }));
        await snapshot(page, `period-switcher-${login}-${path === '/' ? 'home' : path.slice(1)}`, {
          fullPage: false,
        });
        assert.ok(seen.width <= seen.screen, `${path} is ${seen.width} px wide on a ${seen.screen} px phone`);
        assert.equal(seen.items.length, 4, `${path} offers four quarters`);
        for (const item of seen.items) {
          assert.ok(
            item.right <= seen.screen,
            `${item.text} on ${path} ends at ${item.right} px, off the screen`,
          );
          assert.ok(item.height >= 44, `${item.text} on ${path} is ${item.height} px high`);
        }
      }
      await phone.close();
    });
  }
});
