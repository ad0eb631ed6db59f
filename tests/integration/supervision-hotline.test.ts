import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp } from './support/http.ts';
import {
  caller,
  code,
  ok,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Message {
  id: number;
  caller: string | null;
  content: string;
  answers: { unitId: number; text: string }[];
}
interface Centre {
  unread: number;
  notifications: { id: number; kind: string; title: string; read: boolean }[];
}

describe(`the supervision hotline and the notification centre on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let message: Message;
  const history = () => `/api/tasks/${fx.task(11)}/hotline`;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    deps.clock.set(new Date('2024-05-06T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('the office logs a call about a task, and every unit of the task is told, group members included', async () => {
    const payload = {
      taskId: fx.task(11),
      channel: 'phone',
      caller: '张先生',
      content: '老旧小区改造进度慢',
    };
    assert.equal((await call('jxj.reporter', 'POST', '/api/hotline', payload)).statusCode, 403);
    const logged = ok<{ message: Message; notifiedUnitIds: number[] }>(
      await call('supervisor', 'POST', '/api/hotline', payload),
    );
    message = logged.message;
    const expected = ['市经信局', '无为市', '南陵县'].map((name) => fx.unit(name)).sort((a, b) => a - b);
    assert.deepEqual(
      [...logged.notifiedUnitIds].sort((a, b) => a - b),
      expected,
    );
    const centre = ok<Centre>(await call('nl.reporter', 'GET', '/api/notifications'));
    assert.equal(centre.unread, 1);
    assert.equal(centre.notifications[0]?.kind, 'hotline');
    assert.equal(ok<Centre>(await call('fgw.reporter', 'GET', '/api/notifications')).unread, 0);
  });

  test('a unit of the task answers; a unit outside it cannot', async () => {
    const url = `/api/hotline/${message.id}/answer`;
    assert.equal((await call('fgw.reporter', 'POST', url, { text: '不是我们的任务' })).statusCode, 404);
    assert.equal((await call('supervisor', 'POST', url, { text: '代答' })).statusCode, 403);
    ok(await call('ww.approver', 'POST', url, { text: '已约谈施工单位,月底前完工' }));
    const office = ok<Centre>(await call('supervisor', 'GET', '/api/notifications'));
    assert.match(office.notifications[0]?.title ?? '', /已答复/);
  });

  test("the task's history shows calls and answers; callers' names only to the office and leaders", async () => {
    const forUnit = ok<{ messages: Message[] }>(await call('nl.reporter', 'GET', history())).messages;
    assert.equal(forUnit[0]?.caller, null);
    assert.equal(forUnit[0]?.answers[0]?.text, '已约谈施工单位,月底前完工');
    const forLeader = ok<{ messages: Message[] }>(await call('leader', 'GET', history())).messages;
    assert.equal(forLeader[0]?.caller, '张先生');
    assert.equal((await call('fgw.reporter', 'GET', history())).statusCode, 403);
    assert.equal((await call(null, 'GET', history())).statusCode, 401);
    assert.equal(code(await call('leader', 'GET', '/api/tasks/99999/hotline')), 'task.not_found');
  });

  test("a notice is marked read by its own unit; another unit's notice answers 404", async () => {
    const centre = ok<Centre>(await call('nl.reporter', 'GET', '/api/notifications'));
    const id = centre.notifications[0]?.id ?? 0;
    assert.equal(
      code(await call('ww.reporter', 'POST', `/api/notifications/${id}/read`)),
      'notification.not_found',
    );
    const read = ok<{ notification: { read: boolean } }>(
      await call('nl.approver', 'POST', `/api/notifications/${id}/read`),
    );
    assert.equal(read.notification.read, true);
    assert.equal(ok<Centre>(await call('nl.reporter', 'GET', '/api/notifications')).unread, 0);
    assert.equal((await call(null, 'GET', '/api/notifications')).statusCode, 401);
  });
});
