// A unit's digest of the day reaches its group chat once. A robot's message cannot be edited, so
// posting the whole digest again for every item added later would repeat every task already sent:
// items added before the send ride in the one message; items added after it show in the
// notification centre (the digest unread again) and reach the chat in one follow-up listing only
// them, no sooner than the follow-up interval (4 hours by default) after the last send.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { noticeKey, type Notice } from '../../src/core/supervision/escalation.ts';
import { deliverDue } from '../../src/services/notifications/delivery.ts';
import { recordDigest, type DueItem } from '../../src/services/notifications/digest-record.ts';
import { webhookSender } from '../../src/services/notifications/webhook-sender.ts';
import { loadSupervisionContext } from '../../src/services/supervision/supervision-context.ts';
import { testApp } from './support/http.ts';
import { startRobotReceiver, type RobotReceiver } from './support/robot-receiver.ts';
import { caller, ok, seedSupervision, type SupervisionFixture } from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const UNIT = '市财政局';
const MORNING = new Date('2024-04-03T01:00:00Z');
const NOON = new Date('2024-04-03T04:00:00Z');
/** Four hours after the morning's send: the follow-up may go. */
const AFTERNOON = new Date('2024-04-03T05:00:00Z');
const LATE_AFTERNOON = new Date('2024-04-03T06:00:00Z');
const EVENING = new Date('2024-04-03T09:00:00Z');
const NEXT_DAY = new Date('2024-04-04T01:00:00Z');

interface Centre {
  unread: number;
  notifications: { id: number; kind: string; title: string; itemCount: number; read: boolean }[];
}

describe(`a digest reaches the group chat once, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let robots: RobotReceiver;

  /** A reminder for one of the fixture's tasks, owed by 市财政局 in 2024-Q1. */
  const item = async (seq: number, level: 1 | 2): Promise<DueItem> => {
    const { repos } = deps.store;
    const plan = (await repos.plans.findByYear(2024)) ?? assert.fail('no plan 2024');
    const context = await loadSupervisionContext(repos, plan);
    const period = context.periods.find((one) => one.key === '2024-Q1') ?? assert.fail('no 2024-Q1');
    const fields = { kind: 'reminder', level, taskId: fx.task(seq), unitId: fx.unit(UNIT) } as const;
    const notice: Notice = {
      ...fields,
      period: period.key,
      key: noticeKey({ ...fields, period: period.key }),
      dueFrom: '2024-04-03',
      message: `请于2024-04-05前报送第${seq}项`,
    };
    return { context, period, notice, dueOn: period.dueOn, unitName: UNIT };
  };
  const add = async (seq: number, now: Date, level: 1 | 2 = 1) => {
    const due = await item(seq, level);
    return deps.store.transaction((tx) => recordDigest(tx, { unitId: fx.unit(UNIT), items: [due], now }));
  };
  const send = (now: Date) => deliverDue({ store: deps.store, now, deliver: webhookSender() });
  const centre = async () =>
    ok<Centre>(await caller(deps.app, fx)('czj.reporter', 'GET', '/api/notifications?kind=digest'));
  const posted = () =>
    robots.posts.map((post) => (post.body as { markdown: { content: string } }).markdown.content);

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    robots = await startRobotReceiver();
    const hook = { platform: 'wecom', url: robots.url('/cgi-bin/webhook/send?key=czj') };
    ok(await caller(deps.app, fx)('admin', 'PUT', `/api/units/${fx.unit(UNIT)}/webhook`, { webhook: hook }));
  });
  after(async () => {
    await robots.close();
    await deps.app.close();
    await testDb.close();
  });

  test('items added before the send ride in the one message', async () => {
    assert.equal((await add(1, MORNING)).recorded, 1);
    assert.equal((await add(12, MORNING)).recorded, 1);
    await send(MORNING);
    assert.equal(robots.posts.length, 1);
    assert.match(posted()[0] ?? '', /第1项[\s\S]*第12项|第12项[\s\S]*第1项/);
  });

  test('an item added after the send is not posted before the interval, and the digest is unread with it', async () => {
    const [before] = (await centre()).notifications;
    assert.ok(before);
    ok(await caller(deps.app, fx)('czj.reporter', 'POST', `/api/notifications/${before.id}/read`, {}));
    assert.equal((await add(11, NOON)).recorded, 1);
    await send(NOON);
    assert.equal(robots.posts.length, 1, 'three hours after the digest the chat waits');
    const [digest] = (await centre()).notifications;
    assert.deepEqual([digest?.id, digest?.itemCount, digest?.read], [before.id, 3, false]);
  });

  test('a follow-up then lists only what was added since the send, once', async () => {
    await send(AFTERNOON);
    assert.equal(robots.posts.length, 2, 'the follow-up went out');
    const followUp = posted()[1] ?? '';
    assert.match(followUp, /补充提醒/);
    assert.match(followUp, /第11项/);
    assert.doesNotMatch(followUp, /第1项|第12项/, 'the items already sent are not repeated');
    await send(LATE_AFTERNOON);
    assert.equal(robots.posts.length, 2, 'nothing new, nothing posted');
  });

  test('items arriving soon after a follow-up wait for the interval and go in one message', async () => {
    assert.equal((await add(12, LATE_AFTERNOON, 2)).recorded, 1);
    assert.equal((await add(11, LATE_AFTERNOON, 2)).recorded, 1);
    await send(LATE_AFTERNOON);
    assert.equal(robots.posts.length, 2, 'an hour after the follow-up the chat waits');
    await send(EVENING);
    assert.equal(robots.posts.length, 3, 'one message for both items');
    assert.match(posted()[2] ?? '', /第12项[\s\S]*第11项|第11项[\s\S]*第12项/);
    assert.doesNotMatch(posted()[2] ?? '', /第1项/, 'the morning’s item is not repeated');
    const [digest] = (await centre()).notifications;
    assert.equal(digest?.itemCount, 5, 'the centre lists every item of the day');
  });

  test('the next day’s digest is its own message', async () => {
    assert.equal((await add(1, NEXT_DAY, 2)).recorded, 1);
    await send(NEXT_DAY);
    assert.equal(robots.posts.length, 4);
    assert.match(posted()[3] ?? '', /第1项/);
    assert.doesNotMatch(posted()[3] ?? '', /第1[12]项|补充提醒/);
  });
});
