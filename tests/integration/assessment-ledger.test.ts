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
interface Line {
  unitId: number;
  ruleKey: string;
  points: Points;
  count: number;
  base: number;
  explanation: string;
}
interface Ledger {
  formula: string[];
  results: { unitId: number; unitName: string; total: Points; rank: number; owedFilings: number }[];
  lines: Line[];
  facts: { unitId: number; ruleKey: string; eventRef: string }[];
  totalOfLines: Points;
}
interface Statement {
  total: Points;
  rank: number;
  rankedUnits: number;
  owedFilings: number;
  formula: string[];
  subtotals: { ruleKey: string; count: number; points: Points }[];
  lines: Line[];
  facts: { ruleKey: string; eventRef: string }[];
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
    // Q1 (closed) and Q2 (begun) owed: 100 − 20×1/4 late; 100 − 40×1/4 missing; 100 − 40/4 − 10/4
    // − 50/4 + 30/4; 100 − 40/2 missing; 100 − 40/2 − 20/2 yellow.
    assert.deepEqual(totals, [
      ['市经信局', 950, 1],
      ['市发改委', 900, 2],
      ['市财政局', 825, 3],
      ['南陵县', 800, 4],
      ['无为市', 700, 5],
    ]);
    assert.equal(ledger.totalOfLines.tenths, 950 + 900 + 825 + 800 + 700);
    assert.match(ledger.formula[0] ?? '', /^得分 = 满分100\.0 − 20\.0 × 逾期次数 ÷ 应报次数/);
  });

  test('a unit reads its own statement line by line, with the event behind every line', async () => {
    const statement = ok<Statement>(
      await call('czj.reporter', 'GET', `/api/assessment/2024/units/${fx.unit('市财政局')}/statement`),
    );
    assert.deepEqual([statement.total.display, statement.rank, statement.rankedUnits], ['82.5', 3, 5]);
    assert.equal(statement.owedFilings, 4);
    assert.deepEqual(
      statement.lines.map((line) => [line.ruleKey, line.count, line.base, line.points.tenths]),
      [
        ['base.full', 1, 1, 1000],
        ['filing.missing', 1, 4, -100],
        ['report.returned', 1, 4, -25],
        ['card.red', 1, 4, -125],
        ['card.lowered', 1, 4, 75],
      ],
    );
    assert.equal(statement.facts.length, 4);
    assert.ok(statement.facts.every((fact) => fact.eventRef !== ''));
    assert.equal(statement.formula.length > 0, true);
    assert.match(statement.text[0] ?? '', /^市财政局:考核得分82.5分,排名第3/);
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
      tenths: -200,
      display: '-20.0',
    });
    assert.equal((await call(null, 'GET', '/api/assessment/2024/rules')).statusCode, 401);
    const scoring = { ...DEFAULT_PLAN_RULES.scoring, fullScore: 500, lateFiling: 100 };
    ok(await call('admin', 'PUT', '/api/plans/2024/rules', { ...DEFAULT_PLAN_RULES, scoring }));
    const ledger = ok<Ledger>(await call('supervisor', 'GET', '/api/assessment/2024/ledger'));
    const late = ledger.lines.find((line) => line.ruleKey === 'filing.late');
    assert.equal(late?.points.tenths, -25);
    assert.match(late?.explanation ?? '', /逾期填报1次 ÷ 应报4次 × 10\.0分/);
    const economy = ledger.results.find((result) => result.unitName === '市经信局');
    assert.equal(economy?.total.tenths, 500 - 25);
  });

  test('the CSV export starts with a BOM, lists units in rank order with their bases and per-rule subtotals, then the formula', async () => {
    const response = await call('leader', 'GET', '/api/assessment/2024/export.csv');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/csv/);
    assert.ok(response.body.startsWith('\uFEFF'));
    const rows = response.body.slice(1).trim().split('\r\n');
    assert.equal(
      rows[0],
      '排名,单位,考核得分,应报次数,牵头任务数,基础分,逾期填报,未填报,报告退回,黄牌,红牌,红牌降黄,按期办结,含暂计项',
    );
    assert.equal(rows[1], '1,市经信局,47.5,4,1,50.0,-2.5,0.0,0.0,0.0,0.0,0.0,0.0,否');
    assert.equal(rows[6], '');
    assert.equal(rows[7], '计分公式');
    assert.match(rows[8] ?? '', /^得分 = 满分50\.0/);
    assert.equal((await call('jxj.reporter', 'GET', '/api/assessment/2024/export.csv')).statusCode, 403);
  });
});
