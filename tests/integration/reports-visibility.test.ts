import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, testApp } from './support/http.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Report {
  id: number;
  unit: { name: string };
  state: string;
  visibility: string;
  content: { progress: string } | null;
  revisions: { event: string }[];
}
interface TaskPeriod {
  unitInputs: Report[];
  missing: { name: string }[] | null;
  units: { name: string; standing: { state: string } | null }[];
}
interface LeadInputs {
  inputs: Report[];
  missing: { name: string; viaGroup: { name: string } | null }[];
  suggestedProgress: string;
}

describe(`who sees which filing, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;
  let task1 = 0;
  let draftId = 0;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    task1 = fx.taskIds.get(1) ?? 0;
    deps.clock.set(new Date('2024-09-20T02:00:00Z'));
    const saved = await call('jxj.reporter', 'PUT', `/api/tasks/${task1}/periods/2024-Q3/unit-input`, {
      baseRev: 0,
      progress: '经信局草稿:尚未核实的数字',
      selfStatus: 'on_track',
    });
    draftId = body<{ report: Report }>(saved).report.id;
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const taskPeriod = (login: string | null, seq = 1) =>
    call(login, 'GET', `/api/tasks/${fx.taskIds.get(seq) ?? 0}/periods/2024-Q3`);
  const leadInputs = (login: string, seq = 1) =>
    call(login, 'GET', `/api/tasks/${fx.taskIds.get(seq) ?? 0}/periods/2024-Q3/inputs`);

  test("a co-unit cannot see another unit's draft: its id answers exactly like a missing one", async () => {
    const other = await call('czj.reporter', 'GET', `/api/reports/${draftId}`);
    const missing = await call('czj.reporter', 'GET', `/api/reports/999999`);
    assert.equal(other.statusCode, 404);
    assert.equal(missing.statusCode, 404);
    assert.equal(errorCode(other), 'report.not_found');
    assert.equal(other.body.replaceAll(String(draftId), 'N'), missing.body.replaceAll('999999', 'N'));
    const view = body<TaskPeriod>(await taskPeriod('czj.reporter'));
    assert.deepEqual(view.unitInputs, []);
    assert.equal(view.missing, null);
    assert.doesNotMatch(JSON.stringify(view), /尚未核实/);
  });

  test("another unit's report cannot be moved on: it answers 404 like a missing one", async () => {
    const response = await call('czj.reporter', 'POST', `/api/reports/${draftId}/submit`);
    assert.equal(response.statusCode, 404);
    assert.equal(errorCode(response), 'report.not_found');
  });

  test("the lead unit does not see a co-unit's draft, and lists that unit as missing", async () => {
    const view = body<LeadInputs>(await leadInputs('fgw.reporter'));
    assert.deepEqual(view.inputs, []);
    assert.deepEqual(view.missing.map((unit) => unit.name).sort(), ['市经信局', '市财政局'].sort());
    assert.equal((await call('fgw.reporter', 'GET', `/api/reports/${draftId}`)).statusCode, 404);
  });

  test("the office follows a draft's state but not its content", async () => {
    const report = body<{ report: Report }>(
      await call('supervisor', 'GET', `/api/reports/${draftId}`),
    ).report;
    assert.equal(report.state, 'draft');
    assert.equal(report.visibility, 'state');
    assert.equal(report.content, null);
    assert.deepEqual(report.revisions, []);
    const view = body<TaskPeriod>(await taskPeriod('supervisor'));
    assert.equal(view.units.find((unit) => unit.name === '市经信局')?.standing?.state, 'draft');
  });

  test('once signed off, the lead sees the filed version only, and can quote it', async () => {
    await call('jxj.reporter', 'PUT', `/api/tasks/${task1}/periods/2024-Q3/unit-input`, {
      baseRev: 1,
      progress: '新开工项目35个',
    });
    await call('jxj.reporter', 'POST', `/api/reports/${draftId}/submit`);
    const signed = await call('jxj.approver', 'POST', `/api/reports/${draftId}/sign-off`);
    assert.equal(signed.statusCode, 200, signed.body);
    const view = body<LeadInputs>(await leadInputs('fgw.approver'));
    assert.equal(view.inputs.length, 1);
    const [input] = view.inputs;
    assert.equal(input?.visibility, 'filed');
    assert.deepEqual(
      input?.revisions.map((revision) => revision.event),
      ['sign_off'],
    );
    assert.equal(input?.content?.progress, '新开工项目35个');
    assert.equal(view.suggestedProgress, '【市经信局】新开工项目35个');
    assert.deepEqual(
      view.missing.map((unit) => unit.name),
      ['市财政局'],
    );
    // A co-unit still sees nothing of another co-unit's filing.
    assert.equal((await call('czj.reporter', 'GET', `/api/reports/${draftId}`)).statusCode, 404);
  });

  test('the approver’s opened 待签发 row: its unit’s submitted filing in full, a co-unit’s input only once signed off, to the lead only', async () => {
    const url = `/api/tasks/${task1}/periods/2024-Q3`;
    const czj = await call('czj.reporter', 'PUT', `${url}/unit-input`, {
      baseRev: 0,
      progress: '财政局已提交待签发的反馈',
      selfStatus: 'on_track',
    });
    const czjId = body<{ report: Report }>(czj).report.id;
    assert.equal((await call('czj.reporter', 'POST', `/api/reports/${czjId}/submit`)).statusCode, 200);
    // Its own approver sees the submitted filing with its content, as the expanded row shows it.
    const own = body<TaskPeriod>(await taskPeriod('czj.approver'));
    const mine = own.unitInputs.find((report) => report.id === czjId);
    assert.equal(mine?.content?.progress, '财政局已提交待签发的反馈');
    assert.equal(own.unitInputs.length, 1, 'another co-unit’s filing stays out of its view');
    // The lead's approver sees the co-unit's input signed off (经信局), not the one awaiting sign-off.
    const lead = body<TaskPeriod>(await taskPeriod('fgw.approver'));
    assert.deepEqual(
      lead.unitInputs.map((report) => report.unit.name),
      ['市经信局'],
    );
    assert.doesNotMatch(JSON.stringify(lead), /财政局已提交待签发/);
    assert.ok(lead.missing?.some((unit) => unit.name === '市财政局'));
    // A fellow co-unit's approver sees neither.
    const other = body<TaskPeriod>(await taskPeriod('jxj.approver'));
    assert.doesNotMatch(JSON.stringify(other), /财政局已提交待签发/);
    assert.equal((await call('jxj.approver', 'GET', `/api/reports/${czjId}`)).statusCode, 404);
  });

  test('a co-unit may not file the task report, the lead not an input, an outsider neither', async () => {
    const url = (kind: string) => `/api/tasks/${task1}/periods/2024-Q3/${kind}`;
    const coReport = await call('czj.reporter', 'PUT', url('task-report'), { baseRev: 0 });
    assert.equal(coReport.statusCode, 403);
    assert.equal(errorCode(coReport), 'report.not_lead');
    const leadInput = await call('fgw.reporter', 'PUT', url('unit-input'), { baseRev: 0 });
    assert.equal(leadInput.statusCode, 400);
    assert.equal(errorCode(leadInput), 'report.lead_files_task_report');
    const outsider = await call('jyj.reporter', 'PUT', url('unit-input'), { baseRev: 0 });
    assert.equal(outsider.statusCode, 403);
    assert.equal(errorCode(outsider), 'report.not_owed');
    const notLead = await leadInputs('czj.reporter');
    assert.equal(notLead.statusCode, 403);
    const office = await call('supervisor', 'PUT', url('unit-input'), { baseRev: 0 });
    assert.equal(office.statusCode, 403);
  });

  test('a task assigned to a group is owed by each member, each filing its own input', async () => {
    for (const login of ['ww.reporter', 'nl.reporter']) {
      const list = body<{
        items: { task: { seq: number }; role: string; viaGroup: { name: string } | null }[];
      }>(await call(login, 'GET', '/api/worklist?period=2024-Q3'));
      const item = list.items.find((entry) => entry.task.seq === 11);
      assert.equal(item?.role, 'responsible', login);
      assert.equal(item?.viaGroup?.name, '各县市区政府');
    }
    const saved = await call(
      'ww.reporter',
      'PUT',
      `/api/tasks/${fx.taskIds.get(11) ?? 0}/periods/2024-Q3/unit-input`,
      {
        baseRev: 0,
        progress: '无为市进展',
      },
    );
    assert.equal(saved.statusCode, 200, saved.body);
    const lead = body<LeadInputs>(await leadInputs('jxj.reporter', 11));
    assert.deepEqual(lead.missing.map((unit) => unit.name).sort(), ['南陵县', '无为市'].sort());
    assert.ok(lead.missing.every((unit) => unit.viaGroup?.name === '各县市区政府'));
  });

  test('anyone signed out sees a task without any unfinished filing', async () => {
    const view = await taskPeriod(null);
    assert.equal(view.statusCode, 200);
    assert.deepEqual(body<TaskPeriod>(view).unitInputs, []);
    assert.equal((await call(null, 'GET', `/api/reports/${draftId}`)).statusCode, 404);
  });
});
