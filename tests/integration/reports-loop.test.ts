import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, testApp } from './support/http.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface ReportBody {
  report: {
    id: number;
    state: string;
    rev: number;
    late: boolean;
    signedOffAt: string | null;
    returnReasons: string | null;
    content: { progress: string; percentComplete: number | null } | null;
    revisions: { rev: number; event: string; state: string; late: boolean; reason: string | null }[];
  };
}

const at = (iso: string) => new Date(iso);

describe(`the quarterly reporting loop on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;
  let task1: number;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    task1 = fx.taskIds.get(1) ?? 0;
    deps.clock.set(at('2024-07-01T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const inputUrl = (taskId: number, period = '2024-Q2') =>
    `/api/tasks/${taskId}/periods/${period}/unit-input`;
  const reportUrl = (taskId: number, period = '2024-Q2') =>
    `/api/tasks/${taskId}/periods/${period}/task-report`;
  const step = (login: string, id: number, name: string, payload?: object) =>
    call(login, 'POST', `/api/reports/${id}/${name}`, payload);

  test('a co-unit files its input: save, submit, sign off, accept, each step a kept revision', async () => {
    const saved = await call('jxj.reporter', 'PUT', inputUrl(task1), {
      baseRev: 0,
      progress: '一季度完成投资120亿元',
      selfStatus: 'on_track',
      percentComplete: 40,
      indicatorActuals: [{ indicatorId: fx.indicatorId, value: 6.8 }],
      problems: '要素保障不足',
      nextSteps: '加快项目开工',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const { id } = body<ReportBody>(saved).report;
    assert.equal(body<ReportBody>(saved).report.state, 'draft');
    assert.equal((await step('jxj.reporter', id, 'submit')).statusCode, 200);
    const signed = await step('jxj.approver', id, 'sign-off');
    assert.equal(signed.statusCode, 200, signed.body);
    assert.equal(body<ReportBody>(signed).report.late, false);
    const accepted = await step('supervisor', id, 'accept');
    assert.equal(accepted.statusCode, 200, accepted.body);
    const own = body<ReportBody>(await call('jxj.reporter', 'GET', `/api/reports/${id}`)).report;
    assert.equal(own.state, 'accepted');
    assert.deepEqual(
      own.revisions.map((r) => [r.rev, r.event, r.state]),
      [
        [1, 'save', 'draft'],
        [2, 'submit', 'submitted'],
        [3, 'sign_off', 'signed_off'],
        [4, 'accept', 'accepted'],
      ],
    );
    assert.equal(own.content?.progress, '一季度完成投资120亿元');
    const audit = await deps.store.repos.audit.findForEntity('report', String(id));
    assert.deepEqual(
      audit.map((event) => event.action),
      ['report.save', 'report.submit', 'report.sign_off', 'report.accept'],
    );
  });

  test('a save from a stale revision answers 409 with the current revision, and nothing is lost', async () => {
    const first = await call('czj.reporter', 'PUT', inputUrl(task1), { baseRev: 0, progress: '第一稿' });
    const { id } = body<ReportBody>(first).report;
    const second = await call('czj.reporter', 'PUT', inputUrl(task1), { baseRev: 1, progress: '第二稿' });
    assert.equal(body<ReportBody>(second).report.rev, 2);
    const stale = await call('czj.approver', 'PUT', inputUrl(task1), {
      baseRev: 1,
      progress: '旧稿上的修改',
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(errorCode(stale), 'report.stale_revision');
    const { details } = stale.json<{
      error: { details: { currentRev: number; current: { progress: string } } };
    }>().error;
    assert.equal(details.currentRev, 2);
    assert.equal(details.current.progress, '第二稿');
    const recreate = await call('czj.reporter', 'PUT', inputUrl(task1), {
      baseRev: 0,
      progress: '又一个新稿',
    });
    assert.equal(recreate.statusCode, 409);
    const history = body<ReportBody>(await call('czj.reporter', 'GET', `/api/reports/${id}`)).report
      .revisions;
    assert.equal(history.length, 2);
  });

  test('a filing leaves the unit only with a narrative and a self-assessed status', async () => {
    const saved = await call('fgw.reporter', 'PUT', inputUrl(fx.taskIds.get(12) ?? 0), {
      baseRev: 0,
      problems: '暂无',
    });
    const { id } = body<ReportBody>(saved).report;
    const submitted = await step('fgw.reporter', id, 'submit');
    assert.equal(submitted.statusCode, 400);
    assert.equal(errorCode(submitted), 'report.incomplete');
  });

  test('content rules answer 400 with the path of the bad field', async () => {
    const foreign = await call('jxj.reporter', 'PUT', inputUrl(task1, '2024-Q3'), {
      baseRev: 0,
      indicatorActuals: [{ indicatorId: fx.indicatorId + 1000, value: 1 }],
    });
    assert.equal(foreign.statusCode, 400);
    assert.equal(errorCode(foreign), 'report.invalid_content');
    assert.match(foreign.body, /indicatorActuals\.0\.indicatorId/);
    const percent = await call('jxj.reporter', 'PUT', inputUrl(task1, '2024-Q3'), {
      baseRev: 0,
      percentComplete: 101,
    });
    assert.equal(percent.statusCode, 400);
    assert.match(percent.body, /body\.percentComplete/);
  });

  test('only the unit approver signs off, and only the office accepts', async () => {
    const saved = await call('fgw.reporter', 'PUT', reportUrl(fx.taskIds.get(1) ?? 0, '2024-Q3'), {
      baseRev: 0,
      progress: '进展顺利',
      selfStatus: 'on_track',
    });
    const { id } = body<ReportBody>(saved).report;
    await step('fgw.reporter', id, 'submit');
    const byReporter = await step('fgw.reporter', id, 'sign-off');
    assert.equal(byReporter.statusCode, 403);
    assert.equal(errorCode(byReporter), 'auth.forbidden');
    const byUnit = await step('fgw.approver', id, 'accept');
    assert.equal(byUnit.statusCode, 403);
  });

  describe('the lead unit’s task report', () => {
    let id = 0;

    test('a report signed off after the due date is marked late, with its time', async () => {
      const saved = await call('fgw.reporter', 'PUT', reportUrl(task1), {
        baseRev: 0,
        progress: '地区生产总值增长6.9%',
        selfStatus: 'behind',
        percentComplete: 45,
      });
      id = body<ReportBody>(saved).report.id;
      await step('fgw.reporter', id, 'submit');
      // 00:30 on 6 July in the city is still 5 July in UTC: late by the city's clock.
      deps.clock.set(at('2024-07-05T16:30:00Z'));
      const signed = await step('fgw.approver', id, 'sign-off');
      assert.equal(signed.statusCode, 200, signed.body);
      const report = body<ReportBody>(signed).report;
      assert.equal(report.late, true);
      assert.equal(report.signedOffAt, '2024-07-05T16:30:00.000Z');
      assert.equal(report.revisions.at(-1)?.late, true);
    });

    test('the office returns a report only with reasons', async () => {
      const blank = await step('supervisor', id, 'return', { reasons: '   ' });
      assert.equal(blank.statusCode, 400);
      assert.equal(errorCode(blank), 'report.reasons_required');
      const returned = await step('supervisor', id, 'return', { reasons: '请补充指标完成情况' });
      assert.equal(returned.statusCode, 200, returned.body);
      assert.equal(body<ReportBody>(returned).report.state, 'returned');
    });

    test('a returned report is revised and resubmitted, and stays recorded as late', async () => {
      const view = body<ReportBody>(await call('fgw.reporter', 'GET', `/api/reports/${id}`)).report;
      assert.equal(view.returnReasons, '请补充指标完成情况');
      const revised = await call('fgw.reporter', 'PUT', reportUrl(task1), {
        baseRev: view.rev,
        progress: '地区生产总值增长6.9%,规上工业增加值增长8%',
      });
      assert.equal(revised.statusCode, 200, revised.body);
      assert.equal(body<ReportBody>(revised).report.state, 'returned');
      assert.equal((await step('fgw.reporter', id, 'submit')).statusCode, 200);
      const signed = await step('fgw.approver', id, 'sign-off');
      assert.equal(body<ReportBody>(signed).report.state, 'signed_off');
      assert.equal(body<ReportBody>(signed).report.late, true);
      const accepted = await step('supervisor', id, 'accept');
      assert.equal(body<ReportBody>(accepted).report.state, 'accepted');
      const events = body<ReportBody>(accepted).report.revisions.map((r) => r.event);
      assert.deepEqual(events, ['sign_off', 'return', 'sign_off', 'accept']);
    });

    test('an accepted report is final: any further change answers 409 report.already_accepted', async () => {
      const edit = await call('fgw.reporter', 'PUT', reportUrl(task1), { baseRev: 9, progress: '再改' });
      assert.equal(edit.statusCode, 409);
      assert.equal(errorCode(edit), 'report.already_accepted');
      for (const [login, name] of [
        ['fgw.reporter', 'submit'],
        ['supervisor', 'return'],
        ['supervisor', 'accept'],
      ] as const) {
        const response = await step(login, id, name, name === 'return' ? { reasons: '再看看' } : undefined);
        assert.equal(response.statusCode, 409, name);
        assert.equal(errorCode(response), 'report.already_accepted');
      }
    });
  });
});
