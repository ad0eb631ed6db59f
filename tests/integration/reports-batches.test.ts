import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_BATCH_ROWS } from '../../src/core/report/batch-limits.ts';
import { errorCode, testApp } from './support/http.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Row {
  reportId: number;
  ok: boolean;
  state: string | null;
  rev: number | null;
  code: string | null;
  reason: string | null;
}
interface Answer {
  dryRun: boolean;
  done: number;
  refused: number;
  results: Row[];
}
interface ReportBody {
  report: { id: number; state: string; rev: number; revisions: { event: string; reason: string | null }[] };
}

describe(`batches of filings on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;
  /** report ids by name: jxj's input to task 1 and report on task 11, czj's input to task 1 … */
  const ids = new Map<string, number>();

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    deps.clock.set(new Date('2024-07-01T02:00:00Z'));
    const task = (seq: number) => fx.taskIds.get(seq) ?? 0;
    const complete = { baseRev: 0, progress: '按计划推进', selfStatus: 'on_track' };
    const drafts: [string, string, string, object][] = [
      ['jxj1', 'jxj.reporter', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`, complete],
      ['jxj11', 'jxj.reporter', `/api/tasks/${task(11)}/periods/2024-Q2/task-report`, complete],
      ['czj1', 'czj.reporter', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`, complete],
      ['czj12', 'czj.reporter', `/api/tasks/${task(12)}/periods/2024-Q2/task-report`, complete],
      ['fgw1', 'fgw.reporter', `/api/tasks/${task(1)}/periods/2024-Q2/task-report`, complete],
      // No narrative: the content checks refuse to submit it.
      [
        'fgw12',
        'fgw.reporter',
        `/api/tasks/${task(12)}/periods/2024-Q2/unit-input`,
        { baseRev: 0, progress: '' },
      ],
    ];
    for (const [name, login, url, payload] of drafts) {
      const saved = await call(login, 'PUT', url, payload);
      assert.equal(saved.statusCode, 200, saved.body);
      ids.set(name, body<ReportBody>(saved).report.id);
    }
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const id = (name: string) => ids.get(name) ?? 0;
  const read = async (name: string, login = 'supervisor') =>
    body<ReportBody>(await call(login, 'GET', `/api/reports/${id(name)}`)).report;
  const revOf = async (name: string, login: string) => (await read(name, login)).rev;
  const batch = (login: string, act: string, payload: object) =>
    call(login, 'POST', `/api/report-batches/${act}`, payload);
  const auditOf = async (name: string) =>
    (await deps.store.repos.audit.findForEntity('report', String(id(name)))).map((event) => event.action);

  test('the clerk sees what a batch will do, then submits; a stale row and another unit’s row are refused with reasons', async () => {
    const rows = [
      { reportId: id('jxj1'), baseRevision: 1 },
      { reportId: id('jxj11'), baseRevision: 1 },
      { reportId: id('czj1'), baseRevision: 1 },
    ];
    const preview = body<Answer>(await batch('jxj.reporter', 'submit', { rows, dryRun: true }));
    assert.equal(preview.dryRun, true);
    assert.deepEqual(
      preview.results.map((row) => [row.ok, row.state, row.code]),
      [
        [true, 'submitted', null],
        [true, 'submitted', null],
        [false, null, 'report.not_found'],
      ],
    );
    assert.equal((await read('jxj1', 'jxj.reporter')).state, 'draft', 'a dry run writes nothing');
    assert.deepEqual(await auditOf('jxj1'), ['report.save']);

    // Someone saves task 11 meanwhile: the clerk's view of it is stale.
    const resaved = await call(
      'jxj.approver',
      'PUT',
      `/api/tasks/${fx.taskIds.get(11)}/periods/2024-Q2/task-report`,
      {
        baseRev: 1,
        progress: '按计划推进,已补充',
      },
    );
    assert.equal(resaved.statusCode, 200, resaved.body);
    const answer = body<Answer>(await batch('jxj.reporter', 'submit', { rows }));
    assert.deepEqual([answer.done, answer.refused], [1, 2]);
    const [done, stale, hidden] = answer.results;
    assert.deepEqual([done?.ok, done?.state, done?.rev], [true, 'submitted', 2]);
    assert.equal(stale?.code, 'report.stale_revision');
    assert.match(stale?.reason ?? '', /已被他人更新.*第2版.*第1版/);
    assert.equal(hidden?.reason, '未找到该报告,或它不属于本单位');
    assert.equal((await read('jxj11', 'jxj.reporter')).state, 'draft', 'the stale row is untouched');
    assert.deepEqual(await auditOf('jxj1'), ['report.save', 'report.submit']);
    assert.deepEqual(await auditOf('jxj11'), ['report.save', 'report.save']);
  });

  test('a draft that fails the content checks is refused with its reason; the complete one goes through', async () => {
    const rows = [
      { reportId: id('fgw1'), baseRevision: 1 },
      { reportId: id('fgw12'), baseRevision: 1 },
    ];
    const answer = body<Answer>(await batch('fgw.reporter', 'submit', { rows }));
    assert.deepEqual(
      answer.results.map((row) => [row.ok, row.reason]),
      [
        [true, null],
        [false, '内容不完整:请填写进展情况并选择当前状态'],
      ],
    );
    assert.equal((await read('fgw12', 'fgw.reporter')).state, 'draft');
  });

  test('only the approver signs off a batch; a row in the wrong state is refused and the rest signed off', async () => {
    const jxj11Rev = await revOf('jxj11', 'jxj.reporter');
    const rows = [
      { reportId: id('jxj1'), baseRevision: 2 },
      { reportId: id('jxj11'), baseRevision: jxj11Rev },
    ];
    const byClerk = await batch('jxj.reporter', 'sign-off', { rows });
    assert.equal(byClerk.statusCode, 403);
    assert.equal((await read('jxj1', 'jxj.reporter')).state, 'submitted');
    const answer = body<Answer>(await batch('jxj.approver', 'sign-off', { rows }));
    assert.deepEqual(
      answer.results.map((row) => [row.ok, row.state, row.code]),
      [
        [true, 'signed_off', null],
        [false, null, 'report.invalid_transition'],
      ],
    );
    assert.equal(answer.results[1]?.reason, '该报告当前为「草稿」,不能签发');
    // The other approvers' filings, for the office's batch.
    const czj = body<Answer>(
      await batch('czj.reporter', 'submit', {
        rows: [
          { reportId: id('czj1'), baseRevision: 1 },
          { reportId: id('czj12'), baseRevision: 1 },
        ],
      }),
    );
    assert.equal(czj.done, 2);
    const czjSigned = body<Answer>(
      await batch('czj.approver', 'sign-off', {
        rows: [
          { reportId: id('czj1'), baseRevision: 2 },
          { reportId: id('czj12'), baseRevision: 2 },
        ],
      }),
    );
    assert.equal(czjSigned.done, 2);
    assert.equal(
      body<Answer>(
        await batch('fgw.approver', 'sign-off', { rows: [{ reportId: id('fgw1'), baseRevision: 2 }] }),
      ).done,
      1,
    );
  });

  test('the office accepts and returns selected filings: reasons per row or per batch, units may not', async () => {
    assert.equal(
      (await batch('jxj.approver', 'accept', { rows: [{ reportId: id('jxj1'), baseRevision: 3 }] }))
        .statusCode,
      403,
    );
    const accepted = body<Answer>(
      await batch('supervisor', 'accept', {
        rows: [
          { reportId: id('jxj1'), baseRevision: 3 },
          { reportId: id('fgw12'), baseRevision: 1 },
        ],
      }),
    );
    assert.deepEqual(
      accepted.results.map((row) => [row.ok, row.state, row.reason]),
      [
        [true, 'accepted', null],
        [false, null, '该报告当前为「草稿」,不能采纳'],
      ],
    );
    const noReason = body<Answer>(
      await batch('supervisor', 'return', { rows: [{ reportId: id('czj1'), baseRevision: 3 }] }),
    );
    assert.equal(noReason.results[0]?.reason, '请写明退回理由');
    assert.equal((await read('czj1')).state, 'signed_off');
    const returned = body<Answer>(
      await batch('supervisor', 'return', {
        reasons: '请补充佐证材料',
        rows: [
          { reportId: id('czj1'), baseRevision: 3 },
          { reportId: id('czj12'), baseRevision: 3, reasons: '完成进度与实际不符' },
          { reportId: id('jxj1'), baseRevision: 4 },
        ],
      }),
    );
    assert.deepEqual(
      returned.results.map((row) => [row.ok, row.code]),
      [
        [true, null],
        [true, null],
        [false, 'report.already_accepted'],
      ],
    );
    assert.equal((await read('czj1')).revisions.at(-1)?.reason, '请补充佐证材料');
    assert.equal((await read('czj12')).revisions.at(-1)?.reason, '完成进度与实际不符');
    assert.deepEqual((await auditOf('czj12')).slice(-1), ['report.return']);
  });

  test('a batch is bounded, names each report once, and is validated before anything runs', async () => {
    const many = Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => ({ reportId: i + 1, baseRevision: 1 }));
    assert.equal(errorCode(await batch('supervisor', 'accept', { rows: many })), 'request.invalid');
    const twice = [
      { reportId: id('fgw1'), baseRevision: 3 },
      { reportId: id('fgw1'), baseRevision: 3 },
    ];
    assert.equal((await batch('supervisor', 'accept', { rows: twice })).statusCode, 400);
    assert.equal((await batch('supervisor', 'accept', { rows: [] })).statusCode, 400);
    assert.equal((await read('fgw1')).state, 'signed_off');
  });
});
