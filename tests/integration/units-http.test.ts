import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { importPlan, smallNotice } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

type Json = Record<string, unknown>;
interface UnitView {
  id: number;
  name: string;
  aliases: { alias: string }[];
  members: { name: string }[];
}
const issuePaths = (response: LightMyRequestResponse) =>
  response
    .json<{ error: { details: { issues: { path: string }[] } } }>()
    .error.details.issues.map((i) => i.path);

describe('the unit directory over HTTP', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let supervisor: Signed;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    await importPlan(testDb.store, {
      bytes: smallNotice(2024, [
        { seq: 1, text: '地区生产总值增长7.5%左右。', lead: ['市发改委'], responsible: ['开发区管委会'] },
      ]),
      clock: deps.clock,
    });
    const root = await makeAccount(deps, { login: 'root' });
    admin = await signInReady(deps, root.login, root.password);
    const office = await makeAccount(deps, { login: 'office', role: 'supervisor' });
    supervisor = await signInReady(deps, office.login, office.password);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const as = (signed: Signed) => ({ cookie: signed.cookie, 'x-csrf-token': signed.csrf });
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, signed: Signed, payload?: Json) =>
    deps.app.inject({ method, url, headers: as(signed), ...(payload ? { payload } : {}) });
  const units = async (query = '') =>
    (await deps.app.inject({ method: 'GET', url: `/api/units${query}` })).json<{
      asOf: string;
      units: UnitView[];
    }>();

  test('anyone may read the directory with aliases, groups and members as of a date', async () => {
    const { asOf, units: list } = await units();
    assert.equal(asOf, '2024-04-10', 'today in the city by default');
    const zones = list.find((unit) => unit.name === '开发区管委会');
    assert.equal(zones?.members.length, 5);
    assert.ok(
      list.find((unit) => unit.name === '经开区管委会')?.aliases.some((a) => a.alias === '经开区政府'),
    );
  });

  test('an admin creates a unit (201); a taken name is 409; a bad body names its fields (400)', async () => {
    const created = await send('POST', '/api/units', admin, {
      name: '市数据局',
      kind: 'department',
      aliases: ['市数据管理局'],
      code: 'SJJ',
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json<{ code: string; unit: UnitView }>();
    assert.equal(body.code, 'sjj');
    assert.deepEqual(
      body.unit.aliases.map((a) => a.alias),
      ['市数据管理局'],
    );
    const taken = await send('POST', '/api/units', admin, { name: '市数据管理局', kind: 'department' });
    assert.equal(taken.statusCode, 409);
    assert.equal(errorCode(taken), 'unit.name_taken');
    const bad = await send('POST', '/api/units', admin, { name: '', kind: 'ministry', extra: 1 });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(issuePaths(bad).sort(), ['body.extra', 'body.kind', 'body.name']);
  });

  test('the supervision office may read but not change the directory or move a task (403)', async () => {
    const id = (await units()).units.find((unit) => unit.name === '市发改委')?.id ?? 0;
    const attempts: ['POST' | 'PUT', string, Json][] = [
      ['POST', '/api/units', { name: '市新局', kind: 'department' }],
      ['POST', `/api/units/${id}/rename`, { name: '市发展改革委' }],
      ['POST', `/api/units/${id}/aliases`, { alias: '发改' }],
      ['PUT', `/api/units/${id}/code`, { code: 'fgw' }],
      ['POST', `/api/units/${id}/merge`, { intoUnitId: id + 1 }],
      ['POST', '/api/plans/2024/tasks/1/assignments/move', { fromUnitId: id, toUnitId: id + 1, reason: 'x' }],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await send(method, url, supervisor, payload);
      assert.equal(response.statusCode, 403, `${url}: ${response.body}`);
      assert.equal(errorCode(response), 'auth.forbidden');
    }
  });

  test('a rename from a date answers the unit as of that date, and the audit names the admin', async () => {
    const id = (await units()).units.find((unit) => unit.name === '市发改委')?.id ?? 0;
    const response = await send('POST', `/api/units/${id}/rename`, admin, {
      name: '市发展改革委',
      effectiveOn: '2024-07-01',
    });
    assert.equal(response.statusCode, 200, response.body);
    const { unit, versions } = response.json<{ unit: UnitView; versions: { name: string }[] }>();
    assert.equal(unit.name, '市发展改革委');
    assert.deepEqual(
      versions.map((v) => v.name),
      ['市发改委', '市发展改革委'],
    );
    const q1 = await deps.app.inject({ method: 'GET', url: `/api/units/${id}?asOf=2024-03-31` });
    assert.equal(q1.json<{ unit: UnitView }>().unit.name, '市发改委');
    const audit = await deps.app.inject({
      method: 'GET',
      url: `/api/audit?entityType=unit&entityId=${id}`,
      headers: as(admin),
    });
    const events = audit.json<{ events: { action: string; actor: { login: string } }[] }>().events;
    assert.deepEqual(
      events.map((e) => [e.action, e.actor.login]),
      [['unit.rename', 'root']],
    );
  });

  test('a move of the lead over HTTP answers the task as of the move; an unknown unit is 404', async () => {
    const list = (await units('?asOf=2024-07-01')).units;
    const from = list.find((unit) => unit.name === '市发展改革委')?.id ?? 0;
    const to = list.find((unit) => unit.name === '市统计局')?.id ?? 0;
    const response = await send('POST', '/api/plans/2024/tasks/1/assignments/move', admin, {
      fromUnitId: from,
      toUnitId: to,
      effectiveOn: '2024-07-01',
      reason: '统计口径调整',
    });
    assert.equal(response.statusCode, 200, response.body);
    const { task } = response.json<{ task: { leadUnits: { name: string }[] } }>();
    assert.deepEqual(
      task.leadUnits.map((u) => u.name),
      ['市统计局'],
    );
    const missing = await send('POST', '/api/plans/2024/tasks/1/assignments/move', admin, {
      fromUnitId: to,
      toUnitId: 999_999,
      reason: 'x',
    });
    assert.equal(missing.statusCode, 404);
    assert.equal(errorCode(missing), 'unit.not_found');
  });

  test('members are set only on a group (400 unit.not_a_group otherwise)', async () => {
    const list = (await units()).units;
    const plain = list.find((unit) => unit.name === '市统计局')?.id ?? 0;
    const response = await send('PUT', `/api/units/${plain}/members`, admin, { memberIds: [] });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'unit.not_a_group');
  });
});
