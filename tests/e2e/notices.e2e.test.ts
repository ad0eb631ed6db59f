// The notification centre in the browser, as a unit's clerk uses it: the bell shows the server's
// unread count; the centre filters by kind, opens a day's digest, follows an item to its filing,
// and marks all read. Readable at 1440 and 390 px (axe, Chinese only, 44 px targets), by keyboard
// and by touch. The notices come from the scheduler's passes on days of the demo plan's first
// quarter and a hotline message logged by the office.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { logHotline } from '../../src/services/supervision/hotline.usecases.ts';
import { recordDueNotices } from '../../src/services/supervision/escalation-tick.ts';
import { findPlanTasks } from '../../src/services/plans/plan-tasks.queries.ts';
import { DEMO_YEAR } from '../../src/services/demo/demo-accounts.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { actorFor } from './support/actors.ts';
import { checkPage, settle, WIDTHS } from './support/readable-check.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

const LOGIN = 'jxj-reporter';
let session: SignedInBrowser;

/** The unread count the server gives the unit. */
async function serverUnread(): Promise<number> {
  const actor = await actorFor(session.server.db.store, LOGIN);
  if (actor.kind !== 'account' || actor.unitId === null) throw new Error('a unit account');
  return session.server.db.store.repos.notifications.countUnread({ audience: 'unit', unitId: actor.unitId });
}

before(async () => {
  session = await openSignedInBrowser();
  const { store } = session.server.db;
  await recordDueNotices({ store, now: new Date(`${DEMO_YEAR}-04-02T01:00:00Z`) });
  await recordDueNotices({ store, now: new Date(`${DEMO_YEAR}-04-07T01:00:00Z`) });
  const actor = await actorFor(session.server.db.store, 'duchaban');
  const { tasks } = await findPlanTasks({ actor, store, clock: systemClock, year: DEMO_YEAR });
  const task = tasks.find((candidate) => candidate.leadUnits.some((lead) => lead.name === '市经信局'));
  assert.ok(task, 'jxj leads a task');
  const content = '市民反映园区道路施工进度缓慢';
  await logHotline({
    actor,
    taskId: task.id,
    channel: 'phone',
    caller: null,
    content,
    store,
    clock: systemClock,
  });
});

after(async () => {
  await session?.close();
});

const notices = (page: Page) => page.getByTestId('notice');

describe('the notification centre', () => {
  it('shows the unread count, filters by kind, opens a digest and follows an item to its filing', async () => {
    const unread = await serverUnread();
    assert.ok(unread >= 3 && unread <= 20, `${unread} unread`);
    const page = await session.pageAs(LOGIN, WIDTHS.desktop);
    const bell = page.getByRole('button', { name: `通知中心,${unread}条未读` });
    await bell.waitFor();
    await bell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/notices$/);
    await page.getByTestId('notice-unread').getByText(`未读 ${unread} 条`).waitFor();
    assert.deepEqual(await checkPage(page, 'notices', 'desktop'), []);

    await page.getByRole('combobox', { name: '按类型筛选' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '监督电话' }).click();
    await settle(page);
    const kinds = await notices(page).evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('data-kind')),
    );
    assert.deepEqual(kinds, ['hotline']);
    await page.getByRole('combobox', { name: '按类型筛选' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '待办汇总' }).click();
    await settle(page);
    const digests = notices(page);
    assert.equal(await digests.count(), 2, 'one digest for each day the scheduler found something');
    await digests
      .first()
      .getByText(/项已逾期/)
      .waitFor();

    const open = digests.first().getByRole('button', { name: /查看明细/ });
    await open.focus();
    await page.keyboard.press('Enter');
    const items = page.getByTestId('digest-items').getByRole('link');
    await items.first().waitFor();
    assert.ok((await items.count()) >= 1);
    const href = await items.first().getAttribute('href');
    assert.match(href ?? '', new RegExp(`^/tasks/\\d+/periods/${DEMO_YEAR}-Q1$`));
    await items.first().click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('button', { name: /通知中心,\d+条未读/ }).waitFor();
    assert.equal(await serverUnread(), unread - 1, 'opening the digest marked it read');
    await page.close();
  });

  it('on a phone the centre is readable and "mark all read" is a tap that empties the count', async () => {
    const page = await session.pageAs(LOGIN, WIDTHS.phone);
    await page.goto(`${session.server.url}/notices`);
    await page
      .getByTestId('notice-unread')
      .getByText(/未读 \d+ 条/)
      .waitFor();
    assert.deepEqual(await checkPage(page, 'notices', 'phone'), []);
    await page.getByRole('button', { name: '全部标为已读' }).tap();
    await page.getByTestId('notice-unread').getByText('未读 0 条').waitFor();
    await page.getByRole('button', { name: '通知中心', exact: true }).waitFor();
    assert.equal(await serverUnread(), 0);
    assert.equal(await page.getByText('未读', { exact: true }).count(), 0, 'no notice is marked unread');
    await page.close();
  });
});
