// Every page the office's roles open (the admin and the supervision office, and the pages before
// sign-in), on an office desktop (1440 px) and on a phone (390 px): axe finds no serious or critical
// violation, no page is wider than the phone (also with the menu open), and a thumb can hit every
// button. A screenshot of each page at both widths lands in test-artifacts/screenshots/readable-*.png.
// The units' and the leader's pages are in readable-units.e2e.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ReadableTour, report, type Step, type Visit } from './support/readable-tour.ts';

let tour: ReadableTour;

before(async () => {
  tour = await ReadableTour.start();
});

after(async () => {
  await tour?.close();
});

describe('every office page is readable, on a desktop and on a phone', () => {
  it('the sign-in page and the public page', async () => {
    const contexts = await tour.contexts(null);
    report([
      ...(await tour.visitBoth(contexts, 'readable-login', tour.goto('/login'))),
      ...(await tour.visitBoth(contexts, 'readable-public', tour.goto('/public'))),
    ]);
  });

  it('the admin: every menu page', async () => {
    report(await tour.menuPages('admin', await tour.contexts('admin')));
  });

  it('the supervision office: every menu page, the console’s tabs, the report drawer, a task and its quarter comparison', async () => {
    const contexts = await tour.contexts('duchaban');
    const tabs = ['填报矩阵', '亮牌', '延期申请', '办结核验', '热线记录', '逾期与迟报', '分板块统计'].map(
      (label): Step => ({
        name: `readable-duchaban-console-${label}`,
        go: (page) => page.getByRole('tab', { name: new RegExp(label) }).click(),
      }),
    );
    // A filing the office has (accepted or waiting), opened from its square in the matrix.
    const drawer: Visit = async (page) => {
      await page.goto(`${tour.server.url}/console`);
      await page.getByRole('tab', { name: '填报矩阵' }).click();
      await page
        .locator('.duban-cell[data-state="accepted"], .duban-cell[data-state="submitted"]')
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
    };
    const task = await tour.firstLink(contexts.desktop, '/plan', /^\/tasks\/\d+/);
    const problems = await tour.menuPages('duchaban', contexts, { '/console': tabs });
    problems.push(...(await tour.visitBoth(contexts, 'readable-duchaban-report-drawer', drawer)));
    problems.push(...(await tour.visitBoth(contexts, 'readable-duchaban-task', tour.goto(task))));
    const compare = `${task.replace(/^(\/tasks\/\d+).*$/, '$1')}/compare`;
    problems.push(...(await tour.visitBoth(contexts, 'readable-duchaban-compare', tour.goto(compare))));
    report(problems);
  });

  it('the matrix writes unit names across, grouped by kind, the full name shown on focus', async () => {
    const { desktop } = await tour.contexts('duchaban');
    const page = await desktop.newPage();
    await page.goto(`${tour.server.url}/console`);
    await page.getByRole('tab', { name: '填报矩阵' }).click();
    const head = page.locator('.ant-table-thead button.duban-unit-head').first();
    await head.waitFor();
    const writing = await head.evaluate((element) => getComputedStyle(element).writingMode);
    assert.equal(writing, 'horizontal-tb');
    await page
      .locator('.ant-table-thead')
      .getByText(/^市直部门\(\d+\)$/)
      .waitFor({ timeout: 5000 });
    const name = (await head.getAttribute('aria-label')) ?? '';
    assert.match(name, /^市\S+局|^市\S+委/);
    await head.focus();
    await page
      .getByRole('tooltip')
      .filter({ hasText: name.split(':')[0] ?? '' })
      .waitFor();
    // The head stays in place while the matrix scrolls down inside its own box.
    await page.locator('.ant-table-tbody-virtual-holder').hover();
    const before = await head.boundingBox();
    const firstRow = await page.locator('.ant-table-row').first().textContent();
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    assert.notEqual(await page.locator('.ant-table-row').first().textContent(), firstRow);
    assert.equal((await head.boundingBox())?.y, before?.y);
    await page.close();
  });
});
