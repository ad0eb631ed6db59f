import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startScheduler, type Scheduler } from '../../src/services/supervision/scheduler.ts';
import { webhookSender } from '../../src/services/notifications/webhook-sender.ts';
import { testApp } from './support/http.ts';
import { startRobotReceiver, type RobotReceiver } from './support/robot-receiver.ts';
import {
  caller,
  code,
  file,
  ok,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const SECRET = 'SEC-robot-secret';
const DAY = '2024-04-03T02:00:00.000Z';

describe(`reminders, escalation and group-chat delivery on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let robots: RobotReceiver;
  let scheduler: Scheduler;

  const restart = async () => {
    await scheduler.stop();
    scheduler = startScheduler({
      store: deps.store,
      clock: deps.clock,
      intervalMs: 3_600_000,
      deliver: webhookSender({ timeoutMs: 300 }),
      startNow: false,
    });
  };
  const posts = (path: string) => robots.posts.filter((post) => post.path === path);
  const setHook = (unit: string, webhook: object | null) =>
    call('admin', 'PUT', `/api/units/${fx.unit(unit)}/webhook`, { webhook });

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    robots = await startRobotReceiver();
    deps.clock.set(new Date(DAY));
    scheduler = startScheduler({
      store: deps.store,
      clock: deps.clock,
      intervalMs: 3_600_000,
      deliver: webhookSender({ timeoutMs: 300 }),
      startNow: false,
    });
  });
  after(async () => {
    await scheduler.stop();
    await robots.close();
    await deps.app.close();
    await testDb.close();
  });

  test('only the admin sets a unit’s group robot, and the secret is never shown back', async () => {
    const dingtalk = {
      platform: 'dingtalk',
      url: robots.url('/robot/send?access_token=fin'),
      secret: SECRET,
    };
    assert.equal((await setHook('市财政局', dingtalk)).statusCode, 200);
    const shown = ok<{ webhook: { hasSecret: boolean } }>(await setHook('市财政局', dingtalk)).webhook;
    assert.equal(shown.hasSecret, true);
    assert.doesNotMatch(JSON.stringify(shown), new RegExp(SECRET));
    ok(
      await setHook('市发改委', { platform: 'wecom', url: robots.url('/cgi-bin/webhook/send?key=KEY-fgw') }),
    );
    ok(await setHook('市经信局', { platform: 'dingtalk', url: robots.url('/flaky?access_token=jxj') }));
    ok(await setHook('无为市', { platform: 'wecom', url: robots.url('/hang?key=ww') }));
    assert.equal(
      (await call('supervisor', 'PUT', `/api/units/${fx.unit('无为市')}/webhook`, { webhook: null }))
        .statusCode,
      403,
    );
    assert.equal(
      code(await setHook('南陵县', { platform: 'wecom', url: 'ftp://example' })),
      'webhook.invalid_url',
    );
  });

  test('a pass records a reminder for every owed, unfiled filing due soon and posts one digest to each unit’s robot', async () => {
    robots.failNext('/flaky', 1);
    const report = await scheduler.tick();
    assert.equal(report.recorded, 8);
    assert.deepEqual([report.delivered, report.failed], [2, 2]);
    assert.equal(posts('/robot/send').length, 1);
    assert.equal(posts('/cgi-bin/webhook/send').length, 1);
  });

  test('DingTalk posts are markdown with a title, signed with timestamp and HMAC-SHA256 of the secret', () => {
    for (const post of posts('/robot/send')) {
      const timestamp = post.query.get('timestamp');
      assert.equal(timestamp, String(Date.parse(DAY)));
      const expected = createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64');
      assert.equal(post.query.get('sign'), expected);
      assert.equal(post.query.get('access_token'), 'fin');
      const body = post.body as { msgtype: string; markdown: { title: string; text: string } };
      assert.equal(body.msgtype, 'markdown');
      assert.equal(body.markdown.title, '【待办汇总】2 项任务2天内到期');
      assert.match(body.markdown.text, /提醒:2024年一季度第\d+项:一季度填报将于2024-04-05截止/);
    }
  });

  test('WeCom posts are markdown content with the key in the URL and no signature', () => {
    for (const post of posts('/cgi-bin/webhook/send')) {
      assert.equal(post.query.get('key'), 'KEY-fgw');
      assert.equal(post.query.get('sign'), null);
      const body = post.body as { msgtype: string; markdown: { content: string } };
      assert.deepEqual(Object.keys(body.markdown), ['content']);
      assert.match(body.markdown.content, /^### 【待办汇总】\d+ 项任务2天内到期/);
    }
  });

  test('a restart on the same clock records and sends nothing twice; failures wait for their retry time', async () => {
    const before = robots.posts.length;
    await restart();
    assert.deepEqual(await scheduler.tick(), { recorded: 0, orders: 0, delivered: 0, failed: 0 });
    assert.equal(robots.posts.length, before);
  });

  test('a failed post is tried again a minute later, and each attempt is recorded', async () => {
    deps.clock.set(new Date(Date.parse(DAY) + 61_000));
    const report = await scheduler.tick();
    assert.equal(report.delivered, 1);
    assert.equal(posts('/flaky').length, 2);
    const { notifications: notices } = await deps.store.repos.notifications.findFor({
      audience: 'unit',
      unitId: fx.unit('市经信局'),
      offset: 0,
      limit: 10,
    });
    assert.equal(notices.length, 1);
    for (const notice of notices) {
      const attempts = await deps.store.repos.notifications.findAttempts(notice.id);
      assert.deepEqual(
        attempts.map((attempt) => [attempt.attempt, attempt.status, attempt.httpStatus]),
        [
          [1, 'failed', 500],
          [2, 'delivered', 200],
        ],
      );
    }
  });

  test('a robot that never answers times out and is recorded as failed, not sent again at once', async () => {
    const { notifications: notices } = await deps.store.repos.notifications.findFor({
      audience: 'unit',
      unitId: fx.unit('无为市'),
      offset: 0,
      limit: 10,
    });
    assert.ok(notices.length > 0 && notices.every((notice) => notice.webhookStatus === 'failed'));
    assert.match(notices[0]?.lastError ?? '', /abort|timeout/i);
  });

  test('days later the pass catches up with the stage reached only: a level-1 supervision order for the unfiled, nothing for the filed', async () => {
    await file(call, deps.clock, {
      unit: 'fgw',
      taskId: fx.task(1),
      period: '2024-Q1',
      lead: true,
      signOffAt: '2024-04-08T02:00:00Z',
    });
    await setHook('无为市', null);
    deps.clock.set(new Date('2024-04-10T02:00:00Z'));
    const report = await scheduler.tick();
    assert.deepEqual([report.recorded, report.orders], [7, 7]);
    const orders = await deps.store.repos.notifications.findOrders({
      periodId: fx.periodIds.get('2024-Q1') ?? 0,
    });
    assert.equal(orders.length, 7);
    assert.ok(orders.every((order) => order.level === 1 && order.dueFrom === '2024-04-10'));
    assert.ok(!orders.some((order) => order.unitId === fx.unit('市发改委') && order.taskId === fx.task(1)));
    await restart();
    assert.deepEqual(await scheduler.tick(), { recorded: 0, orders: 0, delivered: 0, failed: 0 });
  });

  test('a unit lists its own supervision orders; the office and leaders list all', async () => {
    const own = ok<{ orders: { unitId: number; level: number }[] }>(
      await call('czj.reporter', 'GET', '/api/supervision-orders?period=2024-Q1'),
    ).orders;
    assert.ok(own.length === 2 && own.every((order) => order.unitId === fx.unit('市财政局')));
    const other = await call(
      'czj.reporter',
      'GET',
      `/api/supervision-orders?period=2024-Q1&unitId=${fx.unit('市发改委')}`,
    );
    assert.equal(other.statusCode, 403);
    const all = ok<{ orders: unknown[] }>(
      await call('leader', 'GET', '/api/supervision-orders?period=2024-Q1'),
    );
    assert.equal(all.orders.length, 7);
  });

  test('the unit finds one digest a day in its notification centre, with the unread count', async () => {
    const centre = ok<{ unread: number; notifications: { kind: string; title: string; webhook: string }[] }>(
      await call('czj.reporter', 'GET', '/api/notifications'),
    );
    assert.equal(centre.unread, 2);
    assert.deepEqual(
      centre.notifications.map((notice) => [notice.kind, notice.title]),
      [
        ['digest', '2 项已逾期(其中 2 项下发督办单)'],
        ['digest', '2 项任务2天内到期'],
      ],
    );
    assert.ok(centre.notifications.every((notice) => notice.webhook === 'delivered'));
  });
});
