// A small year worked by hand under the share model: three units, three tasks, the default rules
// (full 100; late 20, missing 40, returned 10, yellow 20, red 50 per share of owed filings; on time
// +5 per share of led tasks), every line rounded to tenths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignmentEvents } from '../../src/core/assessment/assignments.ts';
import type { AssessmentEvent } from '../../src/core/assessment/assessment.types.ts';
import { computeLedger } from '../../src/core/assessment/ledger.ts';
import { formatPoints } from '../../src/core/assessment/points.ts';
import { DEFAULT_SCORING_RULES } from '../../src/core/assessment/scoring-rules.ts';
import { formatStatement, unitStatement } from '../../src/core/assessment/statement.ts';

const DRC = 1; // 市发改委
const ECONOMY = 2; // 市经信局
const JINGHU = 3; // 镜湖区
const PROJECT_GROUP = 900; // 市重点项目推进组成员单位: 市发改委 and 镜湖区

const LABELS = new Map([
  [15, '第15项'],
  [21, '第21项'],
  [133, '第133项'],
]);

const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] as const;

/** The filings a unit owes for a task in the given quarters. */
function owed(
  unitId: number,
  taskId: number,
  quarters: readonly (typeof QUARTERS)[number][],
): AssessmentEvent[] {
  return quarters.map((period) => ({
    kind: 'filing_owed',
    id: `owed:${period}:${taskId}:${unitId}`,
    unitId,
    taskId,
    period,
  }));
}

const EVENTS: AssessmentEvent[] = [
  ...assignmentEvents({
    taskId: 15,
    leadUnitIds: [DRC],
    responsibleUnitIds: [ECONOMY],
    groupMembers: new Map(),
  }),
  ...assignmentEvents({
    taskId: 21,
    leadUnitIds: [ECONOMY],
    responsibleUnitIds: [PROJECT_GROUP],
    groupMembers: new Map([[PROJECT_GROUP, [DRC, JINGHU]]]),
  }),
  ...assignmentEvents({
    taskId: 133,
    leadUnitIds: [JINGHU],
    responsibleUnitIds: [],
    groupMembers: new Map(),
  }),
  ...owed(DRC, 15, QUARTERS),
  ...owed(DRC, 21, QUARTERS),
  ...owed(ECONOMY, 15, QUARTERS),
  ...owed(ECONOMY, 21, QUARTERS),
  ...owed(JINGHU, 21, ['2024-Q1', '2024-Q2', '2024-Q3']),
  ...owed(JINGHU, 133, ['2024-Q1', '2024-Q2', '2024-Q3']),
  { kind: 'filed_late', id: 'late:101', unitId: DRC, taskId: 15, period: '2024-Q1', daysLate: 3 },
  {
    kind: 'completion_verified',
    id: 'done:15',
    unitId: DRC,
    taskId: 15,
    verifiedOn: '2024-11-20',
    deadline: '2024-12-31',
  },
  { kind: 'report_returned', id: 'return:7', unitId: ECONOMY, taskId: 21, period: '2024-Q2' },
  { kind: 'report_returned', id: 'return:9', unitId: ECONOMY, taskId: 21, period: '2024-Q2' },
  { kind: 'card_issued', id: 'card:1', unitId: ECONOMY, taskId: 21, cardId: 1, color: 'red' },
  { kind: 'card_lowered', id: 'card-lowered:1', unitId: ECONOMY, taskId: 21, cardId: 1 },
  { kind: 'filed_late', id: 'late:233', unitId: ECONOMY, taskId: 15, period: '2024-Q3', daysLate: 5 },
  {
    kind: 'filing_missing',
    id: 'missing:2024-Q3:133:3',
    unitId: JINGHU,
    taskId: 133,
    period: '2024-Q3',
    provisional: false,
  },
  {
    kind: 'filing_missing',
    id: 'missing:2024-Q3:21:3',
    unitId: JINGHU,
    taskId: 21,
    period: '2024-Q3',
    provisional: true,
    daysOverdue: 4,
  },
  { kind: 'card_issued', id: 'card:2', unitId: JINGHU, taskId: 133, cardId: 2, color: 'yellow' },
  {
    kind: 'completion_verified',
    id: 'done:133',
    unitId: JINGHU,
    taskId: 133,
    verifiedOn: '2025-01-05',
    deadline: '2024-12-31',
  },
];

const ledger = computeLedger({ rules: DEFAULT_SCORING_RULES, events: EVENTS, taskLabels: LABELS });
const pointsOf = (unitId: number): Array<[string, number, number, number]> =>
  ledger.lines
    .filter((line) => line.unitId === unitId)
    .map((line) => [line.ruleKey, line.count, line.base, line.points]);

describe('a year for three units, computed by hand', () => {
  test('市发改委: 100 − 20×1/8 late + 5×1/1 on time = 102.5', () => {
    assert.deepEqual(pointsOf(DRC), [
      ['base.full', 1, 1, 1000],
      ['filing.late', 1, 8, -25],
      ['completion.on_time', 1, 1, 50],
    ]);
  });

  test('市经信局: 100 − 20×1/8 − 10×2/8 − 50×1/8 + 30×1/8 = 92.5 (halves round away from zero)', () => {
    assert.deepEqual(pointsOf(ECONOMY), [
      ['base.full', 1, 1, 1000],
      ['filing.late', 1, 8, -25],
      ['report.returned', 2, 8, -25],
      ['card.red', 1, 8, -63],
      ['card.lowered', 1, 8, 38],
    ]);
  });

  test('镜湖区: 100 − 40×2/6 missing (one provisional) − 20×1/6 yellow, late completion earns nothing = 83.4', () => {
    assert.deepEqual(pointsOf(JINGHU), [
      ['base.full', 1, 1, 1000],
      ['filing.missing', 2, 6, -133],
      ['card.yellow', 1, 6, -33],
    ]);
    const missing = ledger.lines.find((line) => line.unitId === JINGHU && line.ruleKey === 'filing.missing');
    assert.equal(missing?.provisional, 1);
    assert.equal(ledger.bases.find((basis) => basis.unitId === JINGHU)?.provisional, true);
    assert.equal(ledger.bases.find((basis) => basis.unitId === DRC)?.provisional, false);
  });

  test('the totals rank 市发改委, 市经信局, 镜湖区', () => {
    assert.deepEqual(ledger.results, [
      { unitId: DRC, total: 1025, rank: 1 },
      { unitId: ECONOMY, total: 925, rank: 2 },
      { unitId: JINGHU, total: 834, rank: 3 },
    ]);
    assert.deepEqual(
      ledger.results.map((result) => formatPoints(result.total)),
      ['102.5', '92.5', '83.4'],
    );
  });

  test('the ledger’s totals equal the sums of its line items', () => {
    for (const result of ledger.results) {
      const sum = pointsOf(result.unitId).reduce((total, [, , , points]) => total + points, 0);
      assert.equal(result.total, sum);
    }
  });

  test('市经信局’s statement shows each share and lists every fact with its record', () => {
    const statement = unitStatement(ledger, ECONOMY);
    assert.deepEqual(statement.basis, { unitId: ECONOMY, owedFilings: 8, leadTasks: 1, provisional: false });
    assert.deepEqual(formatStatement(statement, '市经信局'), [
      '市经信局:考核得分92.5分,排名第2(共3个单位)',
      '应报8次,牵头任务1项',
      '+100.0 基础分(满分)100.0分',
      '-2.5 逾期填报1次 ÷ 应报8次 × 20.0分,扣2.5分',
      '-2.5 报告退回2次 ÷ 应报8次 × 10.0分,扣2.5分',
      '-6.3 红牌1次 ÷ 应报8次 × 50.0分,扣6.3分',
      '+3.8 红牌降黄1次 ÷ 应报8次 × 30.0分,加3.8分',
      '明细:',
      '2024年三季度第15项填报逾期5天[late:233]',
      '2024年二季度第21项报告被退回[return:7]',
      '2024年二季度第21项报告被退回[return:9]',
      '第21项被亮红牌[card:1]',
      '第21项红牌降为黄牌[card-lowered:1]',
    ]);
  });

  test('a unit outside the ledger has no statement', () => {
    assert.throws(() => unitStatement(ledger, 99), {
      code: 'assessment.unit_not_in_ledger',
      kind: 'not_found',
    });
  });
});
