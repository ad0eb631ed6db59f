import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { importPlan, smallNotice } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

interface Page {
  events: {
    id: number;
    at: string;
    action: string;
    entityType: string;
    entityId: string | null;
    actor: { kind: string; login: string | null; label: string | null };
  }[];
  page: number;
  pageSize: number;
  total: number;
}
const DAY = 86_400_000;

describe('reading the audit trail', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let rootId: number;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    const root = await makeAccount(deps, { login: 'root' }); // 2024-04-10: account.create by the operator
    rootId = root.id;
    deps.clock.advance(DAY); // 2024-04-11
    await importPlan(testDb.store, {
      bytes: smallNotice(2024, [{ seq: 1, text: '地区生产总值增长7.5%左右。', lead: ['市发改委'] }]),
      clock: deps.clock,
    });
    deps.clock.advance(DAY); // 2024-04-12
    await makeAccount(deps, { login: 'office', role: 'supervisor' });
    admin = await signInReady(deps, root.login, root.password); // session.login, account.change_password
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const query = async (search: string, signed: Signed | null = admin) => {
    const response = await deps.app.inject({
      method: 'GET',
      url: `/api/audit${search}`,
      ...(signed ? { headers: { cookie: signed.cookie } } : {}),
    });
    return response;
  };
  const page = async (search: string) => {
    const response = await query(search);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Page>();
  };

  test('an admin reads every event, newest first, a page at a time', async () => {
    const all = await page('');
    assert.equal(all.total, 5);
    assert.deepEqual(
      all.events.map((e) => e.action),
      ['account.change_password', 'session.login', 'account.create', 'plan.import', 'account.create'],
    );
    const second = await page('?page=2&pageSize=2');
    assert.deepEqual([second.page, second.pageSize, second.total], [2, 2, 5]);
    assert.deepEqual(
      second.events.map((e) => e.id),
      all.events.slice(2, 4).map((e) => e.id),
    );
  });

  test('events filter by entity, by actor (login or operator label) and by time', async () => {
    const account = await page(`?entityType=account&entityId=${rootId}`);
    assert.deepEqual(
      account.events.map((e) => e.action),
      ['account.change_password', 'account.create'],
    );
    const byLogin = await page('?actor=root');
    assert.deepEqual(
      byLogin.events.map((e) => [e.action, e.actor.login]),
      [
        ['account.change_password', 'root'],
        ['session.login', 'root'],
      ],
    );
    const byOperator = await page('?actor=test');
    assert.deepEqual(
      byOperator.events.map((e) => [e.action, e.actor.kind, e.actor.label]),
      [
        ['account.create', 'system', 'test'],
        ['plan.import', 'system', 'test'],
        ['account.create', 'system', 'test'],
      ],
    );
    const oneDay = await page('?from=2024-04-11&to=2024-04-12');
    assert.deepEqual(
      oneDay.events.map((e) => e.action),
      ['plan.import'],
    );
    const sinceInstant = await page(`?from=${encodeURIComponent('2024-04-12T00:00:00Z')}`);
    assert.deepEqual(
      sinceInstant.events.map((e) => e.action),
      ['account.change_password', 'session.login', 'account.create'],
    );
  });

  test('the trail is closed to unit accounts (403) and to anonymous callers (401)', async () => {
    const units = await testDb.store.repos.units.loadHistory();
    const unitId = units.units[0]?.id ?? 0;
    const clerk = await makeAccount(deps, { login: 'clerk', role: 'reporter', unitId });
    const signed = await signInReady(deps, clerk.login, clerk.password);
    const forbidden = await query('', signed);
    assert.equal(forbidden.statusCode, 403);
    assert.equal(errorCode(forbidden), 'auth.forbidden');
    const anonymous = await query('', null);
    assert.equal(anonymous.statusCode, 401);
  });

  test('a page size over 200 or an unknown filter is a 400 naming the parameter', async () => {
    const response = await query('?pageSize=500&who=me');
    assert.equal(response.statusCode, 400);
    const paths = response
      .json<{ error: { details: { issues: { path: string }[] } } }>()
      .error.details.issues.map((i) => i.path);
    assert.deepEqual(paths.sort(), ['querystring.pageSize', 'querystring.who']);
  });
});
