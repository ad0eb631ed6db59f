// An address typed or pasted wrong (/tasks/abc, a quarter 2024-Q9) says the address is wrong and
// where to start again, not 填写的内容有误 as if a form had been filled badly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PHONE } from './support/browser.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

let ui: SignedInBrowser | undefined;

before(async () => {
  ui = await openSignedInBrowser();
});

after(() => ui?.close());

describe('a page opened at a wrong address', () => {
  for (const path of ['/tasks/abc', '/tasks/1/periods/2024-Q9']) {
    it(`${path} says the address is wrong`, async () => {
      if (!ui) throw new Error('the browser is not open');
      const page = await ui.pageAs('fgw-reporter', PHONE);
      await page.goto(`${ui.server.url}${path}`);
      const failed = page.getByRole('alert').filter({ hasText: '加载失败' });
      await failed.waitFor();
      const text = await failed.innerText();
      assert.match(text, /页面地址有误/);
      assert.doesNotMatch(text, /填写的内容有误/);
      await page.context().close();
    });
  }
});
