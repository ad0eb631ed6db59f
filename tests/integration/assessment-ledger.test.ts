import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_PLAN_RULES } from '../../src/core/supervision/plan-rules.ts';
import { testApp } from './support/http.ts';
import {
  caller,
  file,
  ok,
  returnAndRefile,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Points {
  tenths: number;
  display: string;
}
interface Ledger {
  results: { unitId: number; unitName: string; total: Points; rank: number }[];
  lines: { unitId: number; ruleKey: string; points: Points; eventRef: string; explanation: string }[];
  totalOfLines: Points;
}
interface Statement {
  total: Points;
  rank: number;
  rankedUnits: number;
  subtotals: { ruleKey: string; count: number; points: Points }[];
  lines: { ruleKey: string; eventRef: string }[];
  text: string[];
}

describe(`the assessment ledger on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    const [t1, t11, t12] = [fx.task(1), fx.task(11), fx.task(12)];
    await file(call, deps.clock, {
      unit: 'fgw',
      taskId: t1,
      period: '2024-Q1',
      lead: true,
      signOffAt: '2024-04-02T02:00:00Z',
    });
    await file(call, deps.clock, {
      unit: 'jxj',
      taskId: t1,
      period: '2024-Q1',
      signOffAt: '2024-04-08T02:00:00Z',
    });
    await file(call, deps.clock, {
      unit: 'jxj',
      taskId: t11,
      period: '2024-Q1',
      lead: true,
      signOffAt: '2024-04-03T02:00:00Z',
    });
    await returnAndRefile(
      call,
      'czj',
      await file(call, deps.clock, {
        unit: 'czj',
        taskId: t1,
        period: '2024-Q1',
        signOffAt: '2024-04-03T02:00:00Z',
      }),
    );
    deps.clock.set(new Date('2024-04-12T02:00:00Z'));
    const card = (unit: string, taskId: number, color: string) => ({
      taskId,
      unitId: fx.unit(unit),
      period: '2024-Q1',
      color,
      reason: '未按时报送',
      rectifyBy: '2024-04-30',
    });
    const red = ok<{ card: { id: number } }>(
      await call('supervisor', 'POST', '/api/cards', card('市财政局', t12, 'red')),
    ).card;
    ok(await call('czj.reporter', 'POST', `/api/cards/${red.id}/answer`, { text: '已补报' }));
    ok(await call('supervisor', 'POST', `/api/cards/${red.id}/lower`));
    ok(await call('supervisor', 'POST', '/api/cards', card('无为市', t11, 'yellow')));
    ok(await call('supervisor', 'POST', '/api/periods/2024/2024-Q1/close'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test("each unit's total is the sum of its line items, and the ranking follows the totals", async () => {
    const ledger = ok<Ledger>(await call('supervisor', 'GET', '/api/assessment/2024/ledger'));
    for (const result of ledger.results) {
      const sum = ledger.lines
        .filter((line) => line.unitId === result.unitId)
        .reduce((total, line) => total + line.points.tenths, 0);
      assert.equal(result.total.tenths, sum, result.unitName);
    }
    const totals = ledger.results.map((result) => [result.unitName, result.total.tenths, result.rank]);
    assert.deepEqual(totals, [
      ['市经信局', 25, 1],
      ['市发改委', 10, 2],
      ['市财政局', -5, 3],
      ['南陵县', -10, 4],
      ['无为市', -20, 5],
    ]);
    assert.equal(ledger.totalOfLines.tenths, 0);
  });

  test('a unit reads its own statement line by line, with the event behind every line', async () => {
    const statement = ok<Statement>(
      await call('czj.reporter', 'GET', `/api/assessment/2024/units/${fx.unit('市财政局')}/statement`),
    );
    assert.deepEqual([statement.total.display, statement.rank, statement.rankedUnits], ['-0.5', 3, 5]);
    assert.deepEqual(
      statement.subtotals.map((entry) => [entry.ruleKey, entry.count, entry.points.tenths]),
      [
        ['task.lead', 1, 20],
        ['task.co', 1, 10],
        ['filing.missing', 1, -20],
        ['report.returned', 1, -5],
        ['card.red', 1, -30],
        ['card.lowered', 1, 20],
      ],
    );
    assert.match(statement.text[0] ?? '', /^市财政局:考核得分-0.5分,排名第3/);
  });

  test("a unit cannot read another unit's statement or the whole ledger; leaders read both", async () => {
    const other = `/api/assessment/2024/units/${fx.unit('市财政局')}/statement`;
    assert.equal((await call('fgw.reporter', 'GET', other)).statusCode, 403);
    assert.equal((await call('leader', 'GET', other)).statusCode, 200);
    assert.equal((await call(null, 'GET', other)).statusCode, 401);
    assert.equal((await call('czj.reporter', 'GET', '/api/assessment/2024/ledger')).statusCode, 403);
    assert.equal((await call('leader', 'GET', '/api/assessment/2024/ledger')).statusCode, 200);
  });

  test('the scoring rules are published to every signed-in account and follow the admin’s changes', async () => {
    const rules = ok<{ rules: { ruleKey: string; points: Points }[] }>(
      await call('nl.reporter', 'GET', '/api/assessment/2024/rules'),
    );
    assert.deepEqual(rules.rules.find((rule) => rule.ruleKey === 'filing.late')?.points, {
      tenths: -5,
      display: '-0.5',
    });
    assert.equal((await call(null, 'GET', '/api/assessment/2024/rules')).statusCode, 401);
    const scoring = { ...DEFAULT_PLAN_RULES.scoring, lateFiling: { perOccurrence: 5, perDay: 1 } };
    ok(await call('admin', 'PUT', '/api/plans/2024/rules', { ...DEFAULT_PLAN_RULES, scoring }));
    const ledger = ok<Ledger>(await call('supervisor', 'GET', '/api/assessment/2024/ledger'));
    const late = ledger.lines.find((line) => line.ruleKey === 'filing.late');
    assert.equal(late?.points.tenths, -8);
    assert.match(late?.explanation ?? '', /逾期3天/);
  });

  test('the CSV export starts with a BOM and lists units in rank order with per-rule subtotals', async () => {
    const response = await call('leader', 'GET', '/api/assessment/2024/export.csv');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/csv/);
    assert.ok(response.body.startsWith('\uFEFF'));
    const rows = response.body.slice(1).trim().split('\r\n');
    assert.equal(
      rows[0],
      '排名,单位,考核得分,牵头任务,配合任务,逾期填报,未填报,报告退回,黄牌,红牌,红牌降黄,按期办结,明细条数',
    );
    assert.equal(rows[1], '1,市经信局,2.2,2.0,1.0,-0.8,0.0,0.0,0.0,0.0,0.0,0.0,3');
    assert.equal(rows.length, 6);
    assert.equal((await call('jxj.reporter', 'GET', '/api/assessment/2024/export.csv')).statusCode, 403);
  });
});
