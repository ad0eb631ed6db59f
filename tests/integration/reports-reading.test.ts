import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, testApp } from './support/http.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface WorkItem {
  task: { seq: number };
  role: string;
  kind: string;
  rev: number;
  state: string;
  stateLabel: string;
  dueOn: string;
  daysToDue: number;
  late: boolean;
  overdue: boolean;
}
interface Report {
  id: number;
  rev: number;
  content: { progress: string; percentComplete: number | null; problems: string } | null;
}
type Counts = Record<string, number>;
interface Matrix {
  rows: { task: { seq: number }; cells: { name: string; state: string }[] }[];
  units: { name: string; counts: Counts }[];
  sections: { section: { path: string[]; title: string | null }; counts: Counts }[];
  totals: Counts;
}
interface Published {
  entries: { seq: number; leadUnit: string; progress: string; selfStatusLabel: string | null }[];
}

describe(`worklist, prefill, matrix and the public list on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;
  const task = (seq: number) => fx.taskIds.get(seq) ?? 0;
  const url = (seq: number, period: string, kind: string) =>
    `/api/tasks/${task(seq)}/periods/${period}/${kind}`;

  /** Saves, submits, signs off and (optionally) accepts a filing; returns its id. */
  async function file(unit: 'fgw' | 'jxj' | 'czj', target: string, content: object, accept = true) {
    const saved = await call(`${unit}.reporter`, 'PUT', target, { baseRev: 0, ...content });
    assert.equal(saved.statusCode, 200, saved.body);
    const { id } = body<{ report: Report }>(saved).report;
    await call(`${unit}.reporter`, 'POST', `/api/reports/${id}/submit`);
    await call(`${unit}.approver`, 'POST', `/api/reports/${id}/sign-off`);
    if (accept) await call('supervisor', 'POST', `/api/reports/${id}/accept`);
    return id;
  }

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('the worklist lists each task the unit owes, its role, state, due date and days left', async () => {
    deps.clock.set(new Date('2024-07-01T02:00:00Z'));
    const response = await call('fgw.reporter', 'GET', '/api/worklist?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    const items = body<{ items: WorkItem[] }>(response).items;
    assert.deepEqual(
      items.map((item) => [item.task.seq, item.role, item.kind, item.state, item.stateLabel, item.rev]),
      [
        [1, 'lead', 'task_report', 'todo', '待填报', 0],
        [12, 'responsible', 'unit_input', 'todo', '待填报', 0],
      ],
    );
    assert.equal(items[0]?.dueOn, '2024-07-05');
    assert.equal(items[0]?.daysToDue, 4);
  });

  test('after the due day an unfiled task shows as overdue (逾期), a filed one keeps its state', async () => {
    await file(
      'fgw',
      url(12, '2024-Q2', 'unit-input'),
      { progress: '按期推进', selfStatus: 'on_track' },
      false,
    );
    deps.clock.set(new Date('2024-07-06T02:00:00Z'));
    const items = body<{ items: WorkItem[] }>(
      await call('fgw.approver', 'GET', '/api/worklist?period=2024-Q2'),
    ).items;
    const byTask = new Map(items.map((item) => [item.task.seq, item]));
    assert.equal(byTask.get(1)?.state, 'overdue');
    assert.equal(byTask.get(1)?.stateLabel, '逾期');
    assert.equal(byTask.get(1)?.daysToDue, -1);
    assert.equal(byTask.get(12)?.state, 'submitted');
    assert.equal(byTask.get(12)?.late, false);
  });

  test("a unit's worklist is its own: another unit's answers 403, the office may name any unit", async () => {
    const czj = fx.unitIds.get('市财政局') ?? 0;
    const other = await call('fgw.reporter', 'GET', `/api/worklist?period=2024-Q2&unitId=${czj}`);
    assert.equal(other.statusCode, 403);
    const office = await call('supervisor', 'GET', `/api/worklist?period=2024-Q2&unitId=${czj}`);
    assert.equal(office.statusCode, 200);
    const unnamed = await call('supervisor', 'GET', '/api/worklist?period=2024-Q2');
    assert.equal(errorCode(unnamed), 'worklist.unit_required');
  });

  test("a new quarter's filing starts from the unit's last quarter, so nothing is typed twice", async () => {
    deps.clock.set(new Date('2024-09-01T02:00:00Z'));
    const view = body<{ prefill: { progress: string } | null }>(
      await call('fgw.reporter', 'GET', `/api/tasks/${task(12)}/periods/2024-Q3`),
    );
    assert.equal(view.prefill?.progress, '按期推进');
    const saved = await call('fgw.reporter', 'PUT', url(12, '2024-Q3', 'unit-input'), {
      baseRev: 0,
      percentComplete: 70,
    });
    const { content } = body<{ report: Report }>(saved).report;
    assert.equal(content?.progress, '按期推进');
    assert.equal(content?.percentComplete, 70);
  });

  test('the matrix shows every task × unit with counts per unit and per section, for the office only', async () => {
    const response = await call('leader', 'GET', '/api/matrix?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    const matrix = body<Matrix>(response);
    assert.deepEqual(
      matrix.rows.map((row) => [row.task.seq, row.cells.length]),
      [
        [1, 3],
        [11, 3],
        [12, 2],
      ],
    );
    const fgw = matrix.units.find((unit) => unit.name === '市发改委');
    assert.deepEqual([fgw?.counts['owed'], fgw?.counts['overdue'], fgw?.counts['submitted']], [2, 1, 1]);
    const section = matrix.sections.find((entry) => entry.section.path.join() === '二,一');
    assert.equal(section?.section.title, '着力扩大有效需求');
    assert.equal(section?.counts['owed'], 5);
    assert.equal(matrix.totals['owed'], 8);
    assert.equal((await call('fgw.reporter', 'GET', '/api/matrix?period=2024-Q2')).statusCode, 403);
    assert.equal((await call(null, 'GET', '/api/matrix?period=2024-Q2')).statusCode, 401);
  });

  test('the public list shows accepted task reports only, under the notice numbers, without reasons', async () => {
    const leadId = await file(
      'fgw',
      url(1, '2024-Q2', 'task-report'),
      { progress: '草拟', selfStatus: 'on_track' },
      false,
    );
    await call('supervisor', 'POST', `/api/reports/${leadId}/return`, { reasons: '内部意见:数据口径不一致' });
    const current = body<{ report: Report }>(
      await call('fgw.reporter', 'GET', `/api/reports/${leadId}`),
    ).report;
    await call('fgw.reporter', 'PUT', url(1, '2024-Q2', 'task-report'), {
      baseRev: current.rev,
      progress: '地区生产总值增长7.1%',
      problems: '内部问题不公开',
    });
    await call('fgw.reporter', 'POST', `/api/reports/${leadId}/submit`);
    await call('fgw.approver', 'POST', `/api/reports/${leadId}/sign-off`);
    await call('supervisor', 'POST', `/api/reports/${leadId}/accept`);
    await file('jxj', url(1, '2024-Q2', 'unit-input'), { progress: '经信局反馈', selfStatus: 'on_track' });
    await file(
      'czj',
      url(12, '2024-Q2', 'task-report'),
      { progress: '财政局待审', selfStatus: 'on_track' },
      false,
    );

    const response = await call(null, 'GET', '/api/published?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    const { entries } = body<Published>(response);
    assert.deepEqual(
      entries.map((entry) => [entry.seq, entry.leadUnit, entry.progress, entry.selfStatusLabel]),
      [[1, '市发改委', '地区生产总值增长7.1%', '正常推进']],
    );
    assert.doesNotMatch(response.body, /内部|经信局反馈|财政局待审|草拟/);
  });
});
