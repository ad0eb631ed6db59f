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
    allowedEvents: string[];
    content: { progress: string; problems: string; percentComplete: number | null } | null;
    revisions: {
      rev: number;
      event: string;
      state: string;
      authorAccountId: number | null;
      reason: string | null;
    }[];
  };
}
interface Ledger {
  facts: { unitId: number; ruleKey: string }[];
}

describe(`corrections inside a unit on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    deps.clock.set(new Date('2024-07-01T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const task = (seq: number) => fx.taskIds.get(seq) ?? 0;
  const actorAccountId = (login: string) => {
    const { actor } = fx.as(login);
    return actor.kind === 'account' ? actor.accountId : null;
  };
  /** 市发改委's task report, signed off by its approver's edit. */
  let editedId = 0;
  const step = (login: string, id: number, name: string, payload?: object) =>
    call(login, 'POST', `/api/reports/${id}/${name}`, payload);
  const read = async (login: string, id: number) =>
    body<ReportBody>(await call(login, 'GET', `/api/reports/${id}`)).report;
  const auditOf = async (id: number) =>
    (await deps.store.repos.audit.findForEntity('report', String(id))).map((event) => event.action);

  /** A complete draft of the login's unit, submitted to its approver. */
  async function submitted(login: string, url: string): Promise<number> {
    const saved = await call(login, 'PUT', url, {
      baseRev: 0,
      progress: '按计划推进',
      selfStatus: 'on_track',
      problems: '',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const { id } = body<ReportBody>(saved).report;
    assert.equal((await step(login, id, 'submit')).statusCode, 200);
    return id;
  }

  test('the clerk withdraws a submitted filing to a draft, edits it again, and cannot once it is signed off', async () => {
    const id = await submitted('jxj.reporter', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`);
    const withdrawn = await step('jxj.reporter', id, 'withdraw');
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const report = body<ReportBody>(withdrawn).report;
    assert.equal(report.state, 'draft');
    assert.deepEqual(report.revisions.at(-1)?.event, 'withdraw');
    const edited = await call('jxj.reporter', 'PUT', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`, {
      baseRev: report.rev,
      progress: '按计划推进,补充数据',
    });
    assert.equal(edited.statusCode, 200, edited.body);
    // A save answers with the filing's steps and the saved revision, so the form still shows the withdrawal.
    assert.deepEqual(
      body<ReportBody>(edited).report.revisions.map((r) => [r.rev, r.event]),
      [
        [2, 'submit'],
        [3, 'withdraw'],
        [4, 'save'],
      ],
    );
    assert.equal((await step('jxj.reporter', id, 'submit')).statusCode, 200);
    assert.equal((await step('jxj.approver', id, 'sign-off')).statusCode, 200);
    const late = await step('jxj.reporter', id, 'withdraw');
    assert.equal(late.statusCode, 409);
    assert.equal(errorCode(late), 'report.invalid_transition');
    assert.deepEqual(await auditOf(id), [
      'report.save',
      'report.submit',
      'report.withdraw',
      'report.save',
      'report.submit',
      'report.sign_off',
    ]);
  });

  test('another unit cannot withdraw a filing it cannot see: it answers like a missing one', async () => {
    const id = await submitted('czj.reporter', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`);
    const refused = await step('jxj.reporter', id, 'withdraw');
    assert.equal(refused.statusCode, 404);
    assert.equal((await read('czj.reporter', id)).state, 'submitted');
  });

  test('the approver returns a filing to the clerk with a reason; the clerk may not, and a reason is required', async () => {
    const id = await submitted('czj.reporter', `/api/tasks/${task(12)}/periods/2024-Q2/task-report`);
    assert.equal((await step('czj.reporter', id, 'send-back', { reasons: '数据有误' })).statusCode, 403);
    const empty = await step('czj.approver', id, 'send-back', { reasons: '   ' });
    assert.equal(errorCode(empty), 'report.reasons_required');
    const sent = await step('czj.approver', id, 'send-back', { reasons: '完成进度请按季度口径' });
    assert.equal(sent.statusCode, 200, sent.body);
    const report = await read('czj.reporter', id);
    assert.equal(report.state, 'draft');
    assert.equal(report.revisions.at(-1)?.event, 'send_back');
    assert.equal(report.revisions.at(-1)?.reason, '完成进度请按季度口径');
    assert.equal(report.revisions.at(-1)?.authorAccountId, actorAccountId('czj.approver'));
    assert.ok((await auditOf(id)).includes('report.send_back'));
    const notices = body<{ notifications: { title: string; lines?: string[] }[] }>(
      await call('czj.reporter', 'GET', '/api/notifications?kind=sent_back'),
    ).notifications;
    assert.equal(notices.length, 1, 'the clerk is told');
    assert.match(notices[0]?.title ?? '', /^审核人退回修改:2024年二季度第12项/);
    // The office never sees the in-unit steps.
    const office = await read('supervisor', id);
    assert.deepEqual(office.revisions, []);
  });

  test('the approver edits and signs off in one step; the edit is its own revision naming the fields changed', async () => {
    const id = await submitted('fgw.reporter', `/api/tasks/${task(1)}/periods/2024-Q2/task-report`);
    editedId = id;
    const seen = await read('fgw.approver', id);
    assert.ok(seen.allowedEvents.includes('revise'));
    const byClerk = await step('fgw.reporter', id, 'edit-sign-off', {
      baseRev: seen.rev,
      problems: '资金缺口',
    });
    assert.equal(byClerk.statusCode, 403);
    const stale = await step('fgw.approver', id, 'edit-sign-off', {
      baseRev: seen.rev - 1,
      problems: '资金缺口',
    });
    assert.equal(errorCode(stale), 'report.stale_revision');
    const done = await step('fgw.approver', id, 'edit-sign-off', {
      baseRev: seen.rev,
      problems: '资金缺口',
      percentComplete: 50,
    });
    assert.equal(done.statusCode, 200, done.body);
    const report = body<ReportBody>(done).report;
    assert.equal(report.state, 'signed_off');
    assert.equal(report.content?.problems, '资金缺口');
    const [revise, signOff] = report.revisions.slice(-2);
    assert.equal(revise?.event, 'revise');
    assert.equal(revise?.authorAccountId, actorAccountId('fgw.approver'));
    assert.equal(revise?.reason, '审核人修改了:完成进度、存在问题');
    assert.equal(signOff?.event, 'sign_off');
    assert.deepEqual((await auditOf(id)).slice(-2), ['report.revise', 'report.sign_off']);
    const again = await step('fgw.approver', id, 'edit-sign-off', { baseRev: report.rev, problems: '再改' });
    assert.equal(errorCode(again), 'report.invalid_transition');
  });

  test("none of the unit's own corrections counts as a return in the assessment; the office's return does", async () => {
    const returnsOf = async (unitId: number) => {
      const ledger = body<Ledger>(await call('supervisor', 'GET', '/api/assessment/2024/ledger'));
      return ledger.facts.filter((fact) => fact.unitId === unitId && fact.ruleKey === 'report.returned')
        .length;
    };
    for (const unit of ['市经信局', '市财政局', '市发改委']) {
      assert.equal(await returnsOf(fx.unitIds.get(unit) ?? 0), 0, unit);
    }
    const fgw = fx.unitIds.get('市发改委') ?? 0;
    const returned = await step('supervisor', editedId, 'return', { reasons: '请补充佐证' });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.equal(await returnsOf(fgw), 1);
  });
});
