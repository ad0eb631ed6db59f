import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { recordDueNotices } from '../../src/services/supervision/escalation-tick.ts';
import { testApp } from './support/http.ts';
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

interface Extension {
  id: number;
  status: string;
  grantedDueOn: string | null;
  decisionReason: string | null;
}

describe(`extension requests (延期申请) on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let granted: Extension;

  const ask = (login: string, overrides: object = {}) =>
    call(login, 'POST', '/api/extensions', {
      taskId: fx.task(11),
      period: '2024-Q2',
      requestedDueOn: '2024-07-15',
      reason: '汛期抗洪,数据汇总推迟',
      ...overrides,
    });

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    deps.clock.set(new Date('2024-07-03T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('a member of a group assigned the task asks for more time before its due date', async () => {
    granted = ok<{ extension: Extension }>(await ask('ww.reporter')).extension;
    assert.equal(granted.status, 'pending');
    assert.equal(code(await ask('ww.approver')), 'extension.pending');
    assert.equal(code(await ask('nl.reporter', { requestedDueOn: '2024-07-05' })), 'extension.not_later');
    assert.equal(code(await ask('jyj.reporter')), 'report.not_owed');
    assert.equal((await ask('supervisor')).statusCode, 403);
    const office = ok<{ notifications: { kind: string }[] }>(
      await call('supervisor', 'GET', '/api/notifications'),
    );
    assert.equal(office.notifications[0]?.kind, 'extension');
  });

  test('a request after the due date has passed is refused', async () => {
    deps.clock.set(new Date('2024-07-05T16:00:00Z'));
    assert.equal(code(await ask('nl.reporter')), 'extension.too_late');
    deps.clock.set(new Date('2024-07-04T02:00:00Z'));
  });

  test('only the office decides, and may grant another date than the one asked for', async () => {
    const url = `/api/extensions/${granted.id}/approve`;
    assert.equal((await call('ww.approver', 'POST', url, {})).statusCode, 403);
    assert.equal((await call('leader', 'POST', url, {})).statusCode, 403);
    granted = ok<{ extension: Extension }>(
      await call('supervisor', 'POST', url, { dueOn: '2024-07-12' }),
    ).extension;
    assert.deepEqual([granted.status, granted.grantedDueOn], ['approved', '2024-07-12']);
    assert.equal(code(await call('supervisor', 'POST', url, {})), 'extension.decided');
    const told = ok<{ notifications: { kind: string; title: string }[] }>(
      await call('ww.reporter', 'GET', '/api/notifications'),
    );
    assert.match(told.notifications[0]?.title ?? '', /已批准,新的截止日期为2024-07-12/);
  });

  test('the unit’s worklist shows the granted date; its neighbour keeps the plan’s', async () => {
    const dueOf = async (login: string) =>
      ok<{ items: { task: { seq: number }; dueOn: string }[] }>(
        await call(login, 'GET', '/api/worklist?period=2024-Q2'),
      ).items.find((item) => item.task.seq === 11)?.dueOn;
    assert.equal(await dueOf('ww.reporter'), '2024-07-12');
    assert.equal(await dueOf('nl.reporter'), '2024-07-05');
  });

  test('reminders follow the extended date: the day after the plan’s due date only the unit without one is urged', async () => {
    await recordDueNotices({ store: deps.store, now: new Date('2024-07-06T02:00:00Z') });
    type Notice = { id: number; kind: string; taskId: number; title: string };
    const urged = async (login: string) => {
      const digests = ok<{ notifications: Notice[] }>(
        await call(login, 'GET', '/api/notifications?kind=digest'),
      ).notifications;
      const items: Notice[] = [];
      for (const digest of digests) {
        items.push(
          ...ok<{ items: Notice[] }>(await call(login, 'GET', `/api/notifications/${digest.id}`)).items,
        );
      }
      return items.filter(
        (notice) =>
          notice.kind === 'urge' && notice.taskId === fx.task(11) && notice.title.includes('二季度'),
      ).length;
    };
    assert.equal(await urged('ww.reporter'), 0);
    assert.equal(await urged('nl.reporter'), 1);
  });

  test('a filing signed off after the plan’s due date but within the extension is not late; lights agree', async () => {
    const ww = await file(call, deps.clock, {
      unit: 'ww',
      taskId: fx.task(11),
      period: '2024-Q2',
      signOffAt: '2024-07-10T02:00:00Z',
    });
    const nl = await file(call, deps.clock, {
      unit: 'nl',
      taskId: fx.task(11),
      period: '2024-Q2',
      signOffAt: '2024-07-10T02:00:00Z',
    });
    const late = async (login: string, id: number) =>
      ok<{ report: { late: boolean } }>(await call(login, 'GET', `/api/reports/${id}`)).report.late;
    assert.equal(await late('ww.reporter', ww), false);
    assert.equal(await late('nl.reporter', nl), true);
    const lights = ok<{
      lights: { unit: { name: string }; light: string; dueOn: string; extensionId: number | null }[];
    }>(await call('supervisor', 'GET', `/api/lights?period=2024-Q2&taskId=${fx.task(11)}`)).lights;
    const of = (name: string) => lights.find((light) => light.unit.name === name);
    assert.deepEqual(
      [of('无为市')?.light, of('无为市')?.dueOn, of('无为市')?.extensionId],
      ['green', '2024-07-12', granted.id],
    );
    assert.deepEqual([of('南陵县')?.light, of('南陵县')?.dueOn], ['yellow', '2024-07-05']);
  });

  test('a denial needs a reason and leaves the due date alone', async () => {
    deps.clock.set(new Date('2024-09-20T02:00:00Z'));
    const asked = ok<{ extension: Extension }>(
      await ask('nl.reporter', { period: '2024-Q3', requestedDueOn: '2024-10-20' }),
    ).extension;
    const url = `/api/extensions/${asked.id}/deny`;
    assert.equal((await call('supervisor', 'POST', url, {})).statusCode, 400);
    const denied = ok<{ extension: Extension }>(
      await call('supervisor', 'POST', url, { reason: '时间充足' }),
    ).extension;
    assert.deepEqual(
      [denied.status, denied.grantedDueOn, denied.decisionReason],
      ['rejected', null, '时间充足'],
    );
    const lights = ok<{ lights: { unit: { name: string }; dueOn: string }[] }>(
      await call('nl.reporter', 'GET', `/api/lights?period=2024-Q3&taskId=${fx.task(11)}`),
    ).lights;
    assert.equal(lights[0]?.dueOn, '2024-10-08');
  });

  test('a unit lists its own requests; the office lists all', async () => {
    const own = ok<{ extensions: Extension[] }>(
      await call('ww.reporter', 'GET', '/api/extensions?period=2024-Q2'),
    ).extensions;
    assert.deepEqual(
      own.map((extension) => extension.id),
      [granted.id],
    );
    const all = ok<{ extensions: Extension[] }>(
      await call('leader', 'GET', '/api/extensions?period=2024-Q3'),
    ).extensions;
    assert.equal(all.length, 1);
    const audit = await deps.store.repos.audit.findForEntity('extension', String(granted.id));
    assert.deepEqual(
      audit.map((event) => event.action),
      ['extension.request', 'extension.approve'],
    );
  });
});
