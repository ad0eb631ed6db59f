import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp } from './support/http.ts';
import { multipartFile } from './support/loop-fixture.ts';
import {
  caller,
  code,
  file,
  ok,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Completion {
  id: number;
  state: string;
  verifiedOn: string | null;
  decisionReason: string | null;
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe(`completion (办结) claims on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let t12 = 0;

  const claim = (login: string, payload: object = {}) =>
    call(login, 'POST', '/api/completions', { taskId: t12, evidence: '项目已竣工验收', ...payload });
  const upload = async (login: string) => {
    const { payload, headers } = multipartFile('验收报告.pdf', PDF);
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/attachments',
      payload,
      headers: { ...headers, ...fx.as(login).headers },
    });
    return ok<{ attachment: { id: number } }>(response, 201).attachment.id;
  };

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    t12 = fx.task(12);
    deps.clock.set(new Date('2024-05-10T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('only the lead unit claims completion, and only with its own files', async () => {
    assert.equal(code(await claim('fgw.reporter')), 'completion.not_lead');
    assert.equal((await claim('supervisor')).statusCode, 403);
    assert.equal((await claim('czj.reporter', { evidence: '' })).statusCode, 400);
    const foreign = await upload('fgw.reporter');
    assert.equal(
      code(await claim('czj.reporter', { attachmentIds: [foreign] })),
      'completion.attachment_not_found',
    );
  });

  test('a rejected claim needs a reason; a second claim then goes through and is verified', async () => {
    const mine = await upload('czj.reporter');
    const first = ok<{ completion: Completion }>(
      await claim('czj.reporter', { attachmentIds: [mine] }),
    ).completion;
    assert.equal(code(await claim('czj.approver')), 'completion.pending');
    assert.equal(
      (await call('czj.approver', 'POST', `/api/completions/${first.id}/verify`, {})).statusCode,
      403,
    );
    assert.equal(
      code(await call('supervisor', 'POST', `/api/completions/${first.id}/reject`, {})),
      'completion.reason_required',
    );
    const rejected = ok<{ completion: Completion }>(
      await call('supervisor', 'POST', `/api/completions/${first.id}/reject`, { reason: '缺少验收文件' }),
    ).completion;
    assert.equal(rejected.state, 'rejected');
    const second = ok<{ completion: Completion }>(await claim('czj.approver')).completion;
    const verified = ok<{ completion: Completion }>(
      await call('supervisor', 'POST', `/api/completions/${second.id}/verify`),
    ).completion;
    assert.deepEqual([verified.state, verified.verifiedOn], ['verified', '2024-05-10']);
    assert.equal(code(await claim('czj.approver')), 'completion.already_verified');
  });

  test('a task completed early is still filed for the quarter it was verified in, and leaves the later quarters', async () => {
    const tasks = async (login: string, period: string) =>
      ok<{ items: { task: { seq: number } }[] }>(
        await call(login, 'GET', `/api/worklist?period=${period}`),
      ).items.map((item) => item.task.seq);
    assert.deepEqual(await tasks('fgw.reporter', '2024-Q2'), [1, 12]);
    assert.deepEqual(await tasks('fgw.reporter', '2024-Q3'), [1]);
    assert.deepEqual(await tasks('czj.reporter', '2024-Q4'), [1]);
    const save = await call('fgw.reporter', 'PUT', `/api/tasks/${t12}/periods/2024-Q3/unit-input`, {
      baseRev: 0,
      progress: '已完成',
    });
    assert.equal(code(save), 'report.not_owed');
    const matrix = ok<{ rows: { task: { seq: number }; cells: unknown[] }[] }>(
      await call('supervisor', 'GET', '/api/matrix?period=2024-Q3'),
    );
    assert.equal(matrix.rows.find((row) => row.task.seq === 12)?.cells.length ?? 0, 0);
  });

  test('a verified task is green in its quarter whatever else holds', async () => {
    await file(call, deps.clock, {
      unit: 'czj',
      taskId: t12,
      period: '2024-Q2',
      lead: true,
      signOffAt: '2024-07-20T02:00:00Z',
      content: { percentComplete: 100, selfStatus: 'completed' },
    });
    const lights = ok<{ lights: { unit: { name: string }; light: string; reasons: string[] }[] }>(
      await call('supervisor', 'GET', `/api/lights?period=2024-Q2&taskId=${t12}`),
    ).lights;
    assert.ok(lights.length === 2 && lights.every((light) => light.light === 'green'));
    assert.deepEqual(lights[0]?.reasons, ['已完成并经核验']);
    const q3 = ok<{ lights: unknown[] }>(
      await call('supervisor', 'GET', `/api/lights?period=2024-Q3&taskId=${t12}`),
    );
    assert.equal(q3.lights.length, 0);
  });

  test('the lead unit is credited in the ledger for completing on time', async () => {
    const ledger = ok<{
      lines: { unitId: number; ruleKey: string; count: number; base: number; points: { tenths: number } }[];
    }>(await call('leader', 'GET', '/api/assessment/2024/ledger'));
    const credit = ledger.lines.filter((line) => line.ruleKey === 'completion.on_time');
    // +5.0 × on-time completions ÷ the tasks the unit leads
    assert.deepEqual(
      credit.map((line) => [line.unitId, line.count, line.points.tenths]),
      [[fx.unit('市财政局'), 1, Math.round(50 / (credit[0]?.base ?? 1))]],
    );
  });

  test('a unit lists its own claims and the office all of them', async () => {
    const own = ok<{ completions: Completion[] }>(
      await call('czj.reporter', 'GET', '/api/completions?year=2024'),
    ).completions;
    assert.equal(own.length, 2);
    assert.equal(
      ok<{ completions: Completion[] }>(await call('fgw.reporter', 'GET', '/api/completions?year=2024'))
        .completions.length,
      0,
    );
    assert.equal(
      ok<{ completions: Completion[] }>(await call('supervisor', 'GET', '/api/completions?year=2024'))
        .completions.length,
      2,
    );
  });
});
