// Every page a unit's reporter and approver and the city's leader open, on an office desktop
// (1440 px) and on a phone (390 px): axe finds no serious or critical violation, no page is wider
// than the phone (also with the menu open), and a thumb can hit every button. A screenshot of each
// page at both widths lands in test-artifacts/screenshots/readable-*.png. The office's pages are in
// readable-office.e2e.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ReadableTour, report } from './support/readable-tour.ts';

let tour: ReadableTour;

before(async () => {
  tour = await ReadableTour.start();
});

after(async () => {
  await tour?.close();
});

describe('every page of the units and the leader is readable, on a desktop and on a phone', () => {
  it('the leader: every menu page', async () => {
    report(await tour.menuPages('shizhang', await tour.contexts('shizhang')));
  });

  it('a unit’s reporter: every menu page, the filing form and a task', async () => {
    const contexts = await tour.contexts('fgw-reporter');
    const filing = await tour.firstLink(contexts.desktop, '/', /^\/tasks\/\d+\/periods\//);
    const task = filing.replace(/\/periods\/([^/?]+)$/, '?period=$1');
    report([
      ...(await tour.menuPages('fgw-reporter', contexts)),
      ...(await tour.visitBoth(contexts, 'readable-fgw-reporter-filing', tour.goto(filing))),
      ...(await tour.visitBoth(contexts, 'readable-fgw-reporter-task', tour.goto(task))),
    ]);
  });

  it('a unit’s approver: every menu page', async () => {
    report(await tour.menuPages('fgw-approver', await tour.contexts('fgw-approver')));
  });

  it('a page the account may not open says so in Chinese, with a way back', async () => {
    const { desktop } = await tour.contexts('fgw-reporter');
    const page = await desktop.newPage();
    await page.goto(`${tour.server.url}/admin/accounts`);
    await page.getByRole('heading', { name: '无权访问' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/admin/accounts');
    await page.getByRole('link', { name: '返回首页' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.close();
  });
});
