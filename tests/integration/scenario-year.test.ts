import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, testApp } from './support/http.ts';
import { importPlan } from './support/plans.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';
import {
  castOfYear,
  cst,
  ok,
  reportOf,
  type Call,
  type Cast,
  type WorklistItem,
} from './support/year-scenario.ts';

interface TaskPeriod {
  units: { name: string; role: string; viaGroup: { name: string } | null }[];
  missing: { name: string }[] | null;
  prefill: { progress: string; percentComplete: number | null } | null;
}
interface Published {
  entries: { seq: number; leadUnit: string; progress: string; acceptedAt: string }[];
}

const Q1_INPUT = '一季度下达地方政府专项债券额度42亿元,支持项目58个';
const Q1_REPORT = '一季度实施重点项目921个中已开工312个,完成投资286亿元';
const Q1_REVISED = `${Q1_REPORT};新开工项目89个,其中亿元以上项目41个`;

describe(`task 21 through 2024 over HTTP, on the imported 2024 plan, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let cast: Cast;
  let call: Call;
  let taskId = 0;
  let leadReportId = 0;
  let coInputId = 0;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    deps.clock.set(cst('2024-04-09T10:00:00'));
    await importPlan(deps.store, { clock: deps.clock });
    cast = await castOfYear(testDb, deps);
    call = cast.call;
    taskId = ok<{ task: { id: number } }>(await call(null, 'GET', '/api/plans/2024/tasks/21')).task.id;
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const at = (local: string) => deps.clock.set(cst(local));
  const filing = (period: string, kind: 'unit-input' | 'task-report') =>
    `/api/tasks/${taskId}/periods/${period}/${kind}`;
  const move = (login: string, id: number, step: string, payload?: object) =>
    call(login, 'POST', `/api/reports/${id}/${step}`, payload);
  const worklist = async (login: string, period: string, unitId?: number) => {
    const query = unitId === undefined ? '' : `&unitId=${unitId}`;
    const list = ok<{ items: WorklistItem[] }>(
      await call(login, 'GET', `/api/worklist?period=${period}${query}`),
    );
    return list.items.find((item) => item.task.seq === 21);
  };

  test('各县市区政府 on task 21: each of its seven members owes an input and finds it in its worklist', async () => {
    const group = cast.unit('各县市区政府');
    assert.deepEqual(
      group.members.map((member) => member.name).sort(),
      ['无为市', '南陵县', '镜湖区', '弋江区', '鸠江区', '湾沚区', '繁昌区']
        .map((name) => `${name}政府`)
        .sort(),
    );
    for (const member of group.members) {
      const item = await worklist('supervisor', '2024-Q1', member.id);
      assert.equal(item?.role, 'responsible', member.name);
      assert.equal(item.kind, 'unit_input');
      assert.equal(item.viaGroup?.name, '各县市区政府');
      assert.equal(item.dueOn, '2024-04-05');
    }
    assert.equal((await worklist('ww.reporter', '2024-Q1'))?.viaGroup?.name, '各县市区政府');
    assert.equal((await worklist('fgw.reporter', '2024-Q1'))?.role, 'lead');
    const view = ok<TaskPeriod>(await call('supervisor', 'GET', `/api/tasks/${taskId}/periods/2024-Q1`));
    // The lead, 市财政局, seven county governments and five development zones.
    assert.equal(view.units.length, 14);
    assert.equal(view.missing?.length, 14);
  });

  test('2024-Q1: the lead files on time, the office returns it with reasons, the unit revises and resubmits', async () => {
    at('2024-04-02T09:00:00');
    const saved = reportOf(
      await call('fgw.reporter', 'PUT', filing('2024-Q1', 'task-report'), {
        baseRev: 0,
        progress: Q1_REPORT,
        selfStatus: 'on_track',
        percentComplete: 25,
      }),
    );
    leadReportId = saved.id;
    ok(await move('fgw.reporter', leadReportId, 'submit'));
    at('2024-04-04T16:00:00');
    assert.equal(reportOf(await move('fgw.approver', leadReportId, 'sign-off')).late, false);
    at('2024-04-08T10:00:00');
    const returned = reportOf(
      await move('supervisor', leadReportId, 'return', { reasons: '请补充新开工项目数据' }),
    );
    assert.equal(returned.state, 'returned');
    assert.equal(returned.returnReasons, '请补充新开工项目数据');
    const mine = reportOf(await call('fgw.reporter', 'GET', `/api/reports/${leadReportId}`));
    const revised = reportOf(
      await call('fgw.reporter', 'PUT', filing('2024-Q1', 'task-report'), {
        baseRev: mine.rev,
        progress: Q1_REVISED,
      }),
    );
    ok(await move('fgw.reporter', revised.id, 'submit'));
    at('2024-04-09T09:00:00');
    const resigned = reportOf(await move('fgw.approver', revised.id, 'sign-off'));
    assert.equal(resigned.state, 'signed_off');
    assert.equal(resigned.late, false, 'lateness is decided by the first sign-off');
    assert.deepEqual(
      resigned.revisions.map((r) => r.event),
      ['save', 'submit', 'sign_off', 'return', 'save', 'submit', 'sign_off'],
    );
    assert.equal(resigned.revisions.find((r) => r.event === 'return')?.reason, '请补充新开工项目数据');
  });

  test('a save from a stale revision answers 409 with the current revision', async () => {
    at('2024-04-03T10:00:00');
    const first = reportOf(
      await call('czj.reporter', 'PUT', filing('2024-Q1', 'unit-input'), {
        baseRev: 0,
        progress: Q1_INPUT,
        selfStatus: 'on_track',
        percentComplete: 30,
      }),
    );
    coInputId = first.id;
    const stale = await call('czj.approver', 'PUT', filing('2024-Q1', 'unit-input'), {
      baseRev: 0,
      progress: '另一版本',
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(errorCode(stale), 'report.stale_revision');
    const details = stale.json<{
      error: { details: { currentRev: number; current: { progress: string } } };
    }>().error.details;
    assert.equal(details.currentRev, first.rev);
    assert.equal(details.current.progress, Q1_INPUT);
  });

  test('a co-unit that signs off after the due day is marked late for good, with its timestamps', async () => {
    at('2024-04-05T17:30:00');
    const submitted = reportOf(await move('czj.reporter', coInputId, 'submit'));
    at('2024-04-06T09:15:00');
    const signed = reportOf(await move('czj.approver', coInputId, 'sign-off'));
    assert.equal(signed.late, true);
    assert.equal(submitted.firstSubmittedAt, cst('2024-04-05T17:30:00').toISOString());
    assert.equal(signed.signedOffAt, cst('2024-04-06T09:15:00').toISOString());
    assert.deepEqual(
      signed.revisions.filter((r) => r.late).map((r) => [r.event, r.at]),
      [['sign_off', signed.signedOffAt]],
    );
    const item = await worklist('czj.reporter', '2024-Q1');
    assert.deepEqual([item?.reportState, item?.late], ['signed_off', true]);
    const inputs = ok<{ inputs: { unit: { name: string }; late: boolean }[]; missing: unknown[] }>(
      await call('fgw.reporter', 'GET', `/api/tasks/${taskId}/periods/2024-Q1/inputs`),
    );
    assert.deepEqual(
      inputs.inputs.map((input) => [input.unit.name, input.late]),
      [['市财政局', true]],
    );
    assert.equal(inputs.missing.length, 12, 'the seven counties and five zones have not filed');
  });

  test('the accepted report is what anyone sees in the published view', async () => {
    assert.deepEqual(ok<Published>(await call(null, 'GET', '/api/published?period=2024-Q1')).entries, []);
    at('2024-04-10T11:00:00');
    assert.equal(reportOf(await move('supervisor', leadReportId, 'accept')).state, 'accepted');
    const [entry, ...rest] = ok<Published>(await call(null, 'GET', '/api/published?period=2024-Q1')).entries;
    assert.deepEqual(rest, []);
    assert.deepEqual([entry?.seq, entry?.leadUnit, entry?.progress], [21, '市发改委', Q1_REVISED]);
    assert.equal(entry?.acceptedAt, cst('2024-04-10T11:00:00').toISOString());
    const seen = reportOf(await call(null, 'GET', `/api/reports/${leadReportId}`));
    assert.deepEqual([seen.visibility, seen.content?.progress], ['published', Q1_REVISED]);
    assert.equal((await call(null, 'GET', `/api/reports/${coInputId}`)).statusCode, 404);
  });

  test("2024-Q2 starts from the unit's Q1 input: the prefill, then a first save that carries it over", async () => {
    at('2024-07-01T09:00:00');
    const view = ok<TaskPeriod>(await call('czj.reporter', 'GET', `/api/tasks/${taskId}/periods/2024-Q2`));
    assert.deepEqual([view.prefill?.progress, view.prefill?.percentComplete], [Q1_INPUT, 30]);
    const saved = reportOf(
      await call('czj.reporter', 'PUT', filing('2024-Q2', 'unit-input'), { baseRev: 0, percentComplete: 55 }),
    );
    assert.deepEqual(
      [saved.content?.progress, saved.content?.percentComplete, saved.content?.selfStatus],
      [Q1_INPUT, 55, 'on_track'],
    );
    ok(await move('czj.reporter', saved.id, 'submit'));
    at('2024-07-03T15:00:00');
    assert.equal(reportOf(await move('czj.approver', saved.id, 'sign-off')).late, false);
    assert.equal(
      ok<TaskPeriod>(await call('czj.reporter', 'GET', `/api/tasks/${taskId}/periods/2024-Q2`)).prefill,
      null,
    );
  });

  test('2024-Q2 to Q4: every quarter the lead files, the office accepts, and the year is published', async () => {
    const quarters = [
      { period: '2024-Q2', save: '2024-07-02T10:00:00', signOff: '2024-07-04T10:00:00', percent: 50 },
      { period: '2024-Q3', save: '2024-10-08T10:00:00', signOff: '2024-10-09T10:00:00', percent: 75 },
      { period: '2024-Q4', save: '2025-01-03T10:00:00', signOff: '2025-01-04T10:00:00', percent: 100 },
    ];
    let previous = Q1_REVISED;
    for (const quarter of quarters) {
      at(quarter.save);
      const base = ok<TaskPeriod>(
        await call('fgw.reporter', 'GET', `/api/tasks/${taskId}/periods/${quarter.period}`),
      );
      assert.equal(base.prefill?.progress, previous, `${quarter.period} starts from last quarter`);
      const progress = `${quarter.period}:完成年度目标的${quarter.percent}%`;
      const saved = reportOf(
        await call('fgw.reporter', 'PUT', filing(quarter.period, 'task-report'), {
          baseRev: 0,
          progress,
          percentComplete: quarter.percent,
        }),
      );
      ok(await move('fgw.reporter', saved.id, 'submit'));
      at(quarter.signOff);
      const signed = reportOf(await move('fgw.approver', saved.id, 'sign-off'));
      assert.equal(signed.late, quarter.period === '2024-Q3', `${quarter.period} lateness`);
      ok(await move('supervisor', saved.id, 'accept'));
      const published = ok<Published>(
        await call(null, 'GET', `/api/published?period=${quarter.period}`),
      ).entries;
      assert.deepEqual(
        published.map((entry) => [entry.seq, entry.progress]),
        [[21, progress]],
      );
      assert.equal((await worklist('fgw.reporter', quarter.period))?.reportState, 'accepted');
      previous = progress;
    }
  });
});
