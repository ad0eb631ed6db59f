// Notices a unit can act on: one digest per unit per day whatever the number of tasks due, its
// items linking to their tasks, one robot message per digest; every event a unit must react to
// gives that unit exactly one notice and no other unit any; "mark all read" stays in the unit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deliverDue } from '../../src/services/notifications/delivery.ts';
import { recordDueNotices } from '../../src/services/supervision/escalation-tick.ts';
import { webhookSender } from '../../src/services/notifications/webhook-sender.ts';
import { testApp } from './support/http.ts';
import { startRobotReceiver, type RobotReceiver } from './support/robot-receiver.ts';
import {
  caller,
  file,
  ok,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Notice {
  id: number;
  kind: string;
  unitId: number | null;
  taskId: number | null;
  link: string | null;
  itemCount: number;
  title: string;
  read: boolean;
}
interface Centre {
  unread: number;
  total: number;
  notifications: Notice[];
}

const UNITS = ['市发改委', '市经信局', '市财政局', '市教育局', '无为市', '南陵县'];
const LOGIN: Record<string, string> = {
  市发改委: 'fgw.reporter',
  市经信局: 'jxj.reporter',
  市财政局: 'czj.reporter',
  市教育局: 'jyj.reporter',
  无为市: 'ww.reporter',
  南陵县: 'nl.reporter',
};

describe(`notices a unit can act on, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let robots: RobotReceiver;

  const pass = async (at: string) => {
    deps.clock.set(new Date(at));
    const recorded = await recordDueNotices({ store: deps.store, now: new Date(at) });
    const sent = await deliverDue({ store: deps.store, now: new Date(at), deliver: webhookSender() });
    return { ...recorded, ...sent };
  };
  const centre = async (unit: string, query = '') =>
    ok<Centre>(await call(LOGIN[unit] ?? '', 'GET', `/api/notifications${query}`));
  const listed = async (unit: string) => (await centre(unit, '?pageSize=50')).notifications;
  /** Every unit's listed notices, by id. */
  const snapshot = async () => {
    const ids = new Map<string, Set<number>>();
    for (const unit of UNITS) ids.set(unit, new Set((await listed(unit)).map((notice) => notice.id)));
    return ids;
  };
  /** The notices each unit gained since the snapshot. */
  const gained = async (before: Map<string, Set<number>>) => {
    const result: Record<string, Notice[]> = {};
    for (const unit of UNITS) {
      const fresh = (await listed(unit)).filter((notice) => !before.get(unit)?.has(notice.id));
      if (fresh.length > 0) result[unit] = fresh;
    }
    return result;
  };
  const kinds = (gain: Record<string, Notice[]>) =>
    Object.fromEntries(Object.entries(gain).map(([unit, notices]) => [unit, notices.map((n) => n.kind)]));

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    robots = await startRobotReceiver();
    const hook = { platform: 'wecom', url: robots.url('/cgi-bin/webhook/send?key=czj') };
    ok(await call('admin', 'PUT', `/api/units/${fx.unit('市财政局')}/webhook`, { webhook: hook }));
  });
  after(async () => {
    await robots.close();
    await deps.app.close();
    await testDb.close();
  });

  test('a day’s reminders are one digest per unit, its items linking to their filings', async () => {
    const first = await pass('2024-04-03T01:00:00Z');
    assert.equal(first.recorded, 8);
    for (const unit of UNITS) {
      const digests = (await centre(unit, '?kind=digest')).notifications;
      assert.equal(digests.length, unit === '市教育局' ? 0 : 1, unit);
    }
    const [digest] = (await centre('市财政局')).notifications;
    assert.ok(digest);
    assert.deepEqual(
      [digest.kind, digest.title, digest.itemCount, digest.link],
      ['digest', '2 项任务2天内到期', 2, null],
    );
    const opened = ok<{ items: Notice[] }>(
      await call('czj.reporter', 'GET', `/api/notifications/${digest.id}`),
    );
    assert.deepEqual(
      opened.items.map((item) => [item.kind, item.link]).sort(),
      [fx.task(1), fx.task(12)].map((taskId) => ['reminder', `/tasks/${taskId}/periods/2024-Q1`]).sort(),
    );
    const later = await pass('2024-04-03T09:00:00Z');
    assert.equal(later.recorded, 0);
    assert.equal((await centre('市财政局', '?kind=digest')).total, 1);
  });

  test('the unit’s robot gets the digest as one message naming every task', () => {
    assert.equal(robots.posts.length, 1);
    const body = robots.posts[0]?.body as { markdown: { content: string } };
    assert.match(body.markdown.content, /^### 【待办汇总】2 项任务2天内到期/);
    assert.match(body.markdown.content, /第1项[\s\S]*第12项|第12项[\s\S]*第1项/);
  });

  test('the day after the due date the overdue filings are the next day’s one digest', async () => {
    const next = await pass('2024-04-06T01:00:00Z');
    assert.equal(next.recorded, 8);
    const digests = (await centre('市财政局', '?kind=digest')).notifications;
    assert.deepEqual(
      digests.map((notice) => notice.title),
      ['2 项已逾期', '2 项任务2天内到期'],
    );
    assert.equal(robots.posts.length, 2);
  });

  test('the office returning and accepting a filing each tell its unit, and no other', async () => {
    const reportId = await file(call, deps.clock, {
      unit: 'czj',
      taskId: fx.task(12),
      period: '2024-Q1',
      lead: true,
      signOffAt: '2024-04-07T02:00:00Z',
    });
    let before = await snapshot();
    ok(await call('supervisor', 'POST', `/api/reports/${reportId}/return`, { reasons: '请补充数据' }));
    let gain = await gained(before);
    assert.deepEqual(kinds(gain), { 市财政局: ['returned'] });
    assert.equal(gain['市财政局']?.[0]?.link, `/tasks/${fx.task(12)}/periods/2024-Q1`);
    ok(await call('czj.reporter', 'POST', `/api/reports/${reportId}/submit`));
    ok(await call('czj.approver', 'POST', `/api/reports/${reportId}/sign-off`));
    assert.deepEqual(
      kinds(await gained(before)),
      { 市财政局: ['returned'] },
      'the unit’s own steps tell nobody',
    );
    before = await snapshot();
    ok(await call('supervisor', 'POST', `/api/reports/${reportId}/accept`));
    gain = await gained(before);
    assert.deepEqual(kinds(gain), { 市财政局: ['accepted'] });
  });

  test('a card issued, an extension decided, a completion verified and a hotline message each tell the right units only', async () => {
    let before = await snapshot();
    ok(
      await call('supervisor', 'POST', '/api/cards', {
        taskId: fx.task(1),
        unitId: fx.unit('市经信局'),
        period: '2024-Q1',
        color: 'yellow',
        reason: '一季度填报逾期',
        rectifyBy: '2024-04-30',
      }),
    );
    assert.deepEqual(kinds(await gained(before)), { 市经信局: ['card'] });

    const asked = ok<{ extension: { id: number } }>(
      await call('ww.reporter', 'POST', '/api/extensions', {
        taskId: fx.task(11),
        period: '2024-Q2',
        requestedDueOn: '2024-07-15',
        reason: '汛期抗洪,数据汇总推迟',
      }),
    ).extension;
    before = await snapshot();
    ok(await call('supervisor', 'POST', `/api/extensions/${asked.id}/approve`, {}));
    const extension = await gained(before);
    assert.deepEqual(kinds(extension), { 无为市: ['extension'] });
    assert.equal(extension['无为市']?.[0]?.link, `/tasks/${fx.task(11)}/periods/2024-Q2`);

    const claimed = ok<{ completion: { id: number } }>(
      await call('czj.reporter', 'POST', '/api/completions', {
        taskId: fx.task(12),
        evidence: '项目已竣工验收',
      }),
    ).completion;
    before = await snapshot();
    ok(await call('supervisor', 'POST', `/api/completions/${claimed.id}/verify`, {}));
    const completion = await gained(before);
    assert.deepEqual(kinds(completion), { 市财政局: ['completion'] });
    assert.equal(completion['市财政局']?.[0]?.link, `/tasks/${fx.task(12)}`);

    before = await snapshot();
    const payload = { taskId: fx.task(11), channel: 'phone', caller: '张先生', content: '进度慢' };
    ok(await call('supervisor', 'POST', '/api/hotline', payload));
    assert.deepEqual(kinds(await gained(before)), {
      市经信局: ['hotline'],
      无为市: ['hotline'],
      南陵县: ['hotline'],
    });
  });

  test('a unit never opens or marks another unit’s notice', async () => {
    const [notice] = await listed('市财政局');
    assert.ok(notice);
    assert.equal((await call('fgw.reporter', 'GET', `/api/notifications/${notice.id}`)).statusCode, 404);
    assert.equal(
      (await call('fgw.reporter', 'POST', `/api/notifications/${notice.id}/read`, {})).statusCode,
      404,
    );
    assert.equal((await call('supervisor', 'GET', `/api/notifications/${notice.id}`)).statusCode, 404);
  });

  test('the list pages, filters by kind and is bounded', async () => {
    const all = await centre('市财政局', '?pageSize=50');
    const second = await centre('市财政局', '?pageSize=2&page=2');
    assert.equal(second.total, all.total);
    assert.deepEqual(
      second.notifications.map((notice) => notice.id),
      all.notifications.slice(2, 4).map((notice) => notice.id),
    );
    const returned = await centre('市财政局', '?kind=returned');
    assert.deepEqual(
      returned.notifications.map((notice) => notice.kind),
      ['returned'],
    );
    assert.equal((await call('czj.reporter', 'GET', '/api/notifications?pageSize=51')).statusCode, 400);
    assert.equal((await call('czj.reporter', 'GET', '/api/notifications?kind=spam')).statusCode, 400);
  });

  test('“mark all read” marks the caller’s unit’s notices and a digest’s items, nobody else’s', async () => {
    const others = async () => {
      const unread: Record<string, number> = {};
      for (const unit of UNITS) if (unit !== '市财政局') unread[unit] = (await centre(unit)).unread;
      return unread;
    };
    const before = await others();
    const office = ok<Centre>(await call('supervisor', 'GET', '/api/notifications')).unread;
    assert.ok((await centre('市财政局')).unread >= 5);
    const marked = ok<{ marked: number; unread: number }>(
      await call('czj.approver', 'POST', '/api/notifications/read-all', {}),
    );
    assert.ok(marked.marked >= 5);
    assert.equal(marked.unread, 0);
    assert.equal((await centre('市财政局')).unread, 0);
    assert.deepEqual(await others(), before);
    assert.equal(ok<Centre>(await call('supervisor', 'GET', '/api/notifications')).unread, office);
    const [digest] = (await centre('市财政局', '?kind=digest')).notifications;
    const items = await deps.store.repos.notifications.findItems(digest?.id ?? 0);
    assert.ok(items.length > 0 && items.every((item) => item.readAt !== null));
  });
});
