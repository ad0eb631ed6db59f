// An admin stops a unit's alias from the directory by keyboard alone, and taps it on a phone: the
// alias tag is a button (Tab reaches it, Enter opens 停用别名) and 44 px high on a phone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DESKTOP, PHONE } from './support/browser.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

let ui: SignedInBrowser | undefined;
const open = () => {
  if (!ui) throw new Error('the browser is not open');
  return ui;
};

before(async () => {
  ui = await openSignedInBrowser();
});

after(() => ui?.close());

describe("a unit's aliases in the directory", () => {
  it('are stopped by keyboard: the tag takes focus and Enter asks to confirm', async () => {
    const page = await open().pageAs('admin', DESKTOP);
    await page.goto(`${open().server.url}/admin/units`);
    const alias = page.getByRole('button', { name: /^停用别名/ }).first();
    await alias.waitFor();
    const name = (await alias.getAttribute('aria-label'))?.replace('停用别名', '') ?? '';
    await alias.focus();
    assert.equal(
      await alias.evaluate((tag) => tag === document.activeElement),
      true,
      'the alias takes focus',
    );
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('tooltip').filter({ hasText: `停用别名“${name}”` });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: /停\s*用/ }).click();
    await page.getByRole('button', { name: `停用别名${name}` }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('are 44 px high on a phone', async () => {
    const page = await open().pageAs('admin', PHONE);
    await page.goto(`${open().server.url}/admin/units`);
    const alias = page.getByRole('button', { name: /^停用别名/ }).first();
    await alias.waitFor();
    const box = await alias.boundingBox();
    assert.ok(box && box.height >= 44, `an alias is ${box?.height} px high on a phone`);
    await page.context().close();
  });
});
