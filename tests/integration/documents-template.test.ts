import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode } from './support/http.ts';
import type { Call } from './support/documents-app.ts';
import { XLSX, documentsApp, downloadName, fillTemplate, upload } from './support/documents-app.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Rejection {
  error: { code: string; details: { errors: { sheet: string | null; cell: string | null; code: string }[] } };
}

// 市发改委 owes in 2024-Q2: task 1 as lead (row 5, one % indicator in J) and task 12 as co-unit (row 6).
const TEMPLATE = '/api/documents/template.xlsx?period=2024-Q2';

describe(`filing a quarter through the Excel template on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof documentsApp>>;
  let fx: LoopFixture;
  let call: Call;
  let periodId: number;
  let fgw: number;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await documentsApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    periodId = fx.periodIds.get('2024-Q2') ?? 0;
    fgw = fx.unitIds.get('市发改委') ?? 0;
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const filings = async () => {
    const reports = await deps.store.repos.reports.findReports({ periodId, unitId: fgw });
    const revisions = await deps.store.repos.reports.findRevisions(reports.map((report) => report.id));
    return { reports, revisions };
  };
  const post = (login: string, bytes: Uint8Array, period = '2024-Q2') =>
    upload(deps.app, fx, login, period, bytes);

  test('a unit downloads its own template, named for the quarter and the unit', async () => {
    const response = await call('fgw.reporter', 'GET', TEMPLATE);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], XLSX);
    assert.equal(downloadName(response), '2024年二季度重点工作任务进展情况反馈表(市发改委).xlsx');
  });

  test('a filled template is applied as new revisions: the lead task report and the co-unit input', async () => {
    const bytes = await fillTemplate(call, 'fgw.reporter', TEMPLATE, (sheet) => {
      sheet.getCell('E5').value = '正常推进';
      sheet.getCell('F5').value = 45;
      sheet.getCell('G5').value = '一季度地区生产总值增长6.1%。';
      sheet.getCell('J5').value = 6.1;
      sheet.getCell('E6').value = '滞后';
      sheet.getCell('F6').value = 30;
      sheet.getCell('G6').value = '配合市财政局推进。';
      sheet.getCell('H6').value = '资金到位慢。';
    });
    const response = await post('fgw.reporter', bytes);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { applied: 2, unchanged: 0, errors: [] });
    const { reports, revisions } = await filings();
    const report = (seq: number) => reports.find((r) => r.taskId === fx.taskIds.get(seq));
    assert.equal(report(1)?.kind, 'task_report');
    assert.equal(report(12)?.kind, 'unit_input');
    const lead = revisions.find((r) => r.reportId === report(1)?.id);
    assert.equal(lead?.progress, '一季度地区生产总值增长6.1%。');
    assert.equal(lead?.percentComplete, 45);
    assert.deepEqual(lead?.indicatorActuals, [{ indicatorId: fx.indicatorId, value: 6.1 }]);
    const co = revisions.find((r) => r.reportId === report(12)?.id);
    assert.deepEqual([co?.selfStatus, co?.percentComplete, co?.problems], ['behind', 30, '资金到位慢。']);
  });

  test('uploading the same file twice changes nothing the second time', async () => {
    const before = await filings();
    const bytes = await fillTemplate(call, 'fgw.reporter', TEMPLATE, () => {});
    const again = await post('fgw.reporter', bytes);
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual(again.json(), { applied: 0, unchanged: 2, errors: [] });
    assert.equal((await filings()).revisions.length, before.revisions.length);
  });

  test('only the rows the clerk changed become new revisions', async () => {
    const bytes = await fillTemplate(call, 'fgw.reporter', TEMPLATE, (sheet) => {
      sheet.getCell('I6').value = '加快资金拨付。';
    });
    const response = await post('fgw.reporter', bytes);
    assert.deepEqual(response.json(), { applied: 1, unchanged: 1, errors: [] });
    const { reports } = await filings();
    const revs = reports.map((r) => [fx.taskIds.get(1) === r.taskId ? 1 : 12, r.currentRev]).sort();
    assert.deepEqual(revs, [
      [1, 1],
      [12, 2],
    ]);
  });

  test('a file with wrong cells is refused with every error and its cell, and nothing is applied', async () => {
    const before = await filings();
    const bytes = await fillTemplate(call, 'fgw.reporter', TEMPLATE, (sheet) => {
      sheet.getCell('G5').value = '这一行本身没有问题,但整份文件不能导入。';
      sheet.getCell('F6').value = 150;
      sheet.getCell('E6').value = '差不多';
      sheet.getCell('B6').value = '改过的任务内容';
    });
    const response = await post('fgw.reporter', bytes);
    assert.equal(response.statusCode, 400, response.body);
    const rejection = body<Rejection>(response);
    assert.equal(rejection.error.code, 'template.rejected');
    const cells = rejection.error.details.errors.map(({ cell, code }) => `${cell}:${code}`).sort();
    assert.deepEqual(cells, ['B6:cell.locked_edited', 'E6:status.invalid', 'F6:percent.out_of_range']);
    const now = await filings();
    assert.equal(now.revisions.length, before.revisions.length);
    assert.deepEqual(
      now.reports.map((r) => r.currentRev),
      before.reports.map((r) => r.currentRev),
    );
  });

  test("another unit's file and another quarter's file are refused with the reader's errors", async () => {
    const jxjFile = await fillTemplate(call, 'jxj.reporter', TEMPLATE, () => {});
    const otherUnit = await post('fgw.reporter', jxjFile);
    assert.equal(otherUnit.statusCode, 400, otherUnit.body);
    assert.deepEqual(
      body<Rejection>(otherUnit).error.details.errors.map(({ cell, code }) => [cell, code]),
      [['A2', 'template.other_unit']],
    );
    const q1File = await fillTemplate(
      call,
      'fgw.reporter',
      '/api/documents/template.xlsx?period=2024-Q1',
      () => {},
    );
    const otherPeriod = await post('fgw.reporter', q1File);
    assert.equal(otherPeriod.statusCode, 400, otherPeriod.body);
    assert.deepEqual(
      body<Rejection>(otherPeriod).error.details.errors.map(({ code }) => code),
      ['template.other_period'],
    );
  });

  test('a submitted report cannot be changed by the template: an error on its row, nothing applied', async () => {
    const { reports } = await filings();
    const input = reports.find((r) => r.taskId === fx.taskIds.get(12));
    assert.ok(input);
    const submitted = await call('fgw.reporter', 'POST', `/api/reports/${input.id}/submit`, {});
    assert.equal(submitted.statusCode, 200, submitted.body);
    const before = await filings();
    const bytes = await fillTemplate(call, 'fgw.reporter', TEMPLATE, (sheet) => {
      sheet.getCell('G5').value = '更新后的进展。';
      sheet.getCell('G6').value = '提交后又改的内容。';
    });
    const response = await post('fgw.reporter', bytes);
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(
      body<Rejection>(response).error.details.errors.map(({ cell, code }) => [cell, code]),
      [['E6', 'report.not_editable']],
    );
    assert.equal((await filings()).revisions.length, before.revisions.length);
    const unchanged = await post(
      'fgw.reporter',
      await fillTemplate(call, 'fgw.reporter', TEMPLATE, () => {}),
    );
    assert.deepEqual(unchanged.json(), { applied: 0, unchanged: 2, errors: [] });
  });

  test("a unit cannot download another unit's template; the office may download any unit's", async () => {
    const jxj = fx.unitIds.get('市经信局') ?? 0;
    const foreign = await call('fgw.reporter', 'GET', `${TEMPLATE}&unitId=${jxj}`);
    assert.equal(foreign.statusCode, 403, foreign.body);
    assert.equal(errorCode(foreign), 'auth.forbidden');
    const office = await call('supervisor', 'GET', `${TEMPLATE}&unitId=${jxj}`);
    assert.equal(office.statusCode, 200, office.body);
    assert.equal(downloadName(office), '2024年二季度重点工作任务进展情况反馈表(市经信局).xlsx');
    const noUnit = await call('supervisor', 'GET', TEMPLATE);
    assert.equal(errorCode(noUnit), 'template.unit_required');
    const anonymous = await call(null, 'GET', `${TEMPLATE}&unitId=${jxj}`);
    assert.equal(anonymous.statusCode, 401, anonymous.body);
  });

  test('only a unit account uploads a template', async () => {
    const bytes = await fillTemplate(call, 'supervisor', `${TEMPLATE}&unitId=${fgw}`, () => {});
    const response = await post('supervisor', bytes);
    assert.equal(response.statusCode, 403, response.body);
  });
});
