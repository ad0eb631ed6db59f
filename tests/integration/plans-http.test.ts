import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { seedNotice } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const BOUNDARY = '----duban-test-boundary';

function multipart(fileName: string, bytes: Uint8Array) {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

interface Problem {
  code: string;
  seq: number | null;
}
type Json = Record<string, unknown>;
const json = <T = Json>(response: LightMyRequestResponse) => response.json<T>();

describe('plans over HTTP', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let supervisor: Signed;
  let previewId: number;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
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
  const get = (url: string, signed?: Signed) =>
    deps.app.inject({ method: 'GET', url, ...(signed ? { headers: as(signed) } : {}) });
  const uploadSeed = (signed: Signed) =>
    deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      headers: { ...as(signed), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart('wuhu-2024-notice.txt', seedNotice()),
    });

  test('an admin uploads a notice as multipart and gets a preview with its tasks, units and problems', async () => {
    const response = await uploadSeed(admin);
    assert.equal(response.statusCode, 201, response.body);
    const { preview } = json<{
      preview: {
        id: number;
        counts: Json;
        tasks: unknown[];
        units: { status: string }[];
        problems: Problem[];
      };
    }>(response);
    assert.deepEqual(preview.counts, { tasks: 220, certain: 130, inferred: 90 });
    assert.equal(preview.tasks.length, 220);
    assert.ok(preview.units.every((unit) => unit.status === 'new'));
    assert.equal(preview.problems.length, 90);
    previewId = preview.id;
  });

  test('a notice may also come as JSON with the file in base64', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      headers: as(admin),
      payload: { fileName: 'wuhu.txt', contentBase64: Buffer.from(seedNotice()).toString('base64') },
    });
    assert.equal(response.statusCode, 201, response.body);
    const bad = await deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      headers: as(admin),
      payload: { fileName: 'wuhu.txt', content: 'x' },
    });
    assert.equal(bad.statusCode, 400);
    const paths = json<{ error: { details: { issues: { path: string }[] } } }>(bad).error.details.issues.map(
      (i) => i.path,
    );
    assert.deepEqual(paths.sort(), ['body.content', 'body.contentBase64']);
  });

  test('only an admin may import: the supervision office gets 403, an anonymous caller 401', async () => {
    const forbidden = await uploadSeed(supervisor);
    assert.equal(forbidden.statusCode, 403);
    assert.equal(errorCode(forbidden), 'auth.forbidden');
    const commit = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${previewId}/commit`,
      headers: as(supervisor),
      payload: { acceptInferred: true },
    });
    assert.equal(commit.statusCode, 403);
    const anonymous = await deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      payload: {},
    });
    assert.equal(anonymous.statusCode, 401);
  });

  test('a commit body is strict and its errors name the field', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${previewId}/commit`,
      headers: as(admin),
      payload: { confirmations: [{ seq: 1, leadUnits: [], responsibleUnits: [] }], surprise: true },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'request.invalid');
    const paths = json<{ error: { details: { issues: { path: string }[] } } }>(
      response,
    ).error.details.issues.map((i) => i.path);
    assert.ok(paths.includes('body.confirmations.0.leadUnits'), paths.join());
    assert.ok(paths.includes('body.surprise'), paths.join());
  });

  test('an unresolved import answers 400 plan_import.unresolved listing what to settle', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${previewId}/commit`,
      headers: as(admin),
      payload: {},
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'plan_import.unresolved');
    const { problems } = json<{ error: { details: { problems: Problem[] } } }>(response).error.details;
    assert.equal(problems.length, 90);
  });

  test('the commit answers 201 with the plan; a second one for the same year answers 409', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${previewId}/commit`,
      headers: as(admin),
      payload: { acceptInferred: true },
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(json<{ plan: { year: number; taskCount: number } }>(response).plan.taskCount, 220);
    const again = await uploadSeed(admin);
    const id = json<{ preview: { id: number } }>(again).preview.id;
    const conflict = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${id}/commit`,
      headers: as(admin),
      payload: { acceptInferred: true },
    });
    assert.equal(conflict.statusCode, 409);
    assert.equal(errorCode(conflict), 'plan.year_exists');
    const used = await get(`/api/plans/import/${previewId}`, admin);
    assert.equal(used.statusCode, 404);
    assert.equal(errorCode(used), 'plan_import.preview_not_found');
  });

  test('anyone may read the plan: facts, structure with task counts, periods and counts', async () => {
    const response = await get('/api/plans/2024');
    assert.equal(response.statusCode, 200);
    const body = json<{
      plan: { hotline: string; deadline: string; taskCount: number };
      structure: { kind: string; path: string[]; taskCount: number }[];
      periods: { key: string }[];
      counts: { tasks: number };
    }>(response);
    assert.equal(body.plan.hotline, '3902532');
    assert.equal(body.plan.deadline, '2024-12-31');
    const kinds = (kind: string) => body.structure.filter((node) => node.kind === kind).length;
    assert.deepEqual([kinds('part'), kinds('section'), kinds('subsection')], [3, 14, 37]);
    assert.deepEqual(
      body.structure.filter((node) => node.kind === 'part').map((node) => node.taskCount),
      [10, 197, 13],
    );
    assert.deepEqual(
      body.periods.map((p) => p.key),
      ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'],
    );
    const list = await get('/api/plans');
    assert.deepEqual(
      json<{ plans: { year: number }[] }>(list).plans.map((p) => p.year),
      [2024],
    );
  });

  test('an unknown year or task number answers 404', async () => {
    const year = await get('/api/plans/2031');
    assert.equal(year.statusCode, 404);
    assert.equal(errorCode(year), 'plan.not_found');
    const task = await get('/api/plans/2024/tasks/221');
    assert.equal(task.statusCode, 404);
    assert.equal(errorCode(task), 'task.not_found');
  });

  type TaskList = {
    tasks: { seq: number; leadUnits: { name: string }[]; responsibleUnits: { name: string }[] }[];
  };

  test('tasks filter by section, by words in the text, and by unit including the groups it belongs to', async () => {
    const section = json<TaskList>(await get('/api/plans/2024/tasks?section=二.一'));
    assert.equal(section.tasks.length, 28);
    const words = json<TaskList>(await get(`/api/plans/2024/tasks?q=${encodeURIComponent('集装箱')}`));
    assert.deepEqual(
      words.tasks.map((t) => t.seq),
      [70],
    );
    const county = json<TaskList>(
      await get(`/api/plans/2024/tasks?unit=${encodeURIComponent('无为市政府')}`),
    );
    assert.ok(county.tasks.length >= 48, 'the tasks given to 各县市区政府 count for 无为市政府');
    assert.ok(county.tasks.some((t) => t.responsibleUnits.some((u) => u.name === '各县市区政府')));
    const unknown = await get(`/api/plans/2024/tasks?unit=${encodeURIComponent('市不存在局')}`);
    assert.equal(unknown.statusCode, 404);
  });

  test('a task comes with its indicators and its assignments', async () => {
    const response = await get('/api/plans/2024/tasks/1');
    const body = json<{
      task: { text: string; confirmed: boolean };
      indicators: { targetValue: number; unit: string; comparator: string }[];
      assignments: { unitName: string; role: string; current: boolean }[];
    }>(response);
    assert.equal(body.task.text, '地区生产总值增长7.5%左右。');
    assert.equal(body.task.confirmed, true);
    assert.deepEqual(
      body.indicators.map((i) => [i.targetValue, i.unit, i.comparator]),
      [[7.5, '%', 'approx']],
    );
    assert.deepEqual(
      body.assignments.map((a) => [a.unitName, a.role, a.current]),
      [
        ['市发改委', 'lead', true],
        ['各县市区政府', 'responsible', true],
        ['开发区管委会', 'responsible', true],
      ],
    );
  });

  test('an admin sets a period’s dates; the change is audited; others get 403', async () => {
    const response = await deps.app.inject({
      method: 'PUT',
      url: '/api/plans/2024/periods/2024-Q2',
      headers: as(admin),
      payload: { opensOn: '2024-06-20', dueOn: '2024-07-10' },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(json<{ period: Json }>(response).period, {
      key: '2024-Q2',
      opensOn: '2024-06-20',
      dueOn: '2024-07-10',
      state: 'scheduled',
      stateLabel: '未开始',
      closedAt: null,
    });
    const audit = await get('/api/audit?entityType=period', admin);
    assert.deepEqual(
      json<{ events: { action: string }[] }>(audit).events.map((e) => e.action),
      ['period.set_dates'],
    );
    const forbidden = await deps.app.inject({
      method: 'PUT',
      url: '/api/plans/2024/periods/2024-Q2',
      headers: as(supervisor),
      payload: { opensOn: '2024-06-20', dueOn: '2024-07-10' },
    });
    assert.equal(forbidden.statusCode, 403);
  });

  test('period dates are checked: due before opening is 400, an unknown period 404, a bad date names its field', async () => {
    const put = (key: string, payload: Json) =>
      deps.app.inject({ method: 'PUT', url: `/api/plans/2024/periods/${key}`, headers: as(admin), payload });
    const backwards = await put('2024-Q3', { opensOn: '2024-07-10', dueOn: '2024-07-01' });
    assert.equal(backwards.statusCode, 400);
    assert.equal(errorCode(backwards), 'period.due_before_open');
    const missing = await put('2025-Q1', { opensOn: '2025-01-01', dueOn: '2025-04-05' });
    assert.equal(missing.statusCode, 404);
    assert.equal(errorCode(missing), 'period.not_found');
    const badDate = await put('2024-Q3', { opensOn: '2024-02-30', dueOn: '2024-07-01' });
    assert.equal(badDate.statusCode, 400);
    const paths = json<{ error: { details: { issues: { path: string }[] } } }>(
      badDate,
    ).error.details.issues.map((i) => i.path);
    assert.deepEqual(paths, ['body.opensOn']);
  });
});
