// A small year worked by hand: three units, three tasks, the default rules with 0.1 per day late.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignmentEvents } from '../../src/core/assessment/assignments.ts';
import type { AssessmentEvent } from '../../src/core/assessment/assessment.types.ts';
import { computeLedger } from '../../src/core/assessment/ledger.ts';
import { formatPoints } from '../../src/core/assessment/points.ts';
import { DEFAULT_SCORING_RULES } from '../../src/core/assessment/scoring-rules.ts';
import { formatStatement, unitStatement } from '../../src/core/assessment/statement.ts';

const RULES = { ...DEFAULT_SCORING_RULES, lateFiling: { perOccurrence: 5, perDay: 1 } };

const DRC = 1; // 市发改委
const ECONOMY = 2; // 市经信局
const JINGHU = 3; // 镜湖区
const PROJECT_GROUP = 900; // 市重点项目推进组成员单位: 市发改委 and 镜湖区

const LABELS = new Map([
  [15, '第15项'],
  [21, '第21项'],
  [133, '第133项'],
]);

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
    responsibleUnitIds: [DRC],
    groupMembers: new Map(),
  }),
  { kind: 'filed_late', id: 'input:101', unitId: DRC, taskId: 15, period: '2024-Q1', daysLate: 2 },
  { kind: 'report_returned', id: 'review:7', unitId: ECONOMY, taskId: 21, period: '2024-Q2' },
  { kind: 'report_returned', id: 'review:9', unitId: ECONOMY, taskId: 21, period: '2024-Q2' },
  { kind: 'card_issued', id: 'card:1', unitId: ECONOMY, taskId: 21, cardId: 1, color: 'red' },
  { kind: 'filing_missing', id: 'close:2024-Q3:133:3', unitId: JINGHU, taskId: 133, period: '2024-Q3' },
  { kind: 'card_issued', id: 'card:2', unitId: JINGHU, taskId: 133, cardId: 2, color: 'yellow' },
  { kind: 'filed_late', id: 'input:233', unitId: ECONOMY, taskId: 15, period: '2024-Q3', daysLate: 5 },
  { kind: 'card_lowered', id: 'card:1:lowered', unitId: ECONOMY, taskId: 21, cardId: 1 },
  {
    kind: 'completion_verified',
    id: 'done:15',
    unitId: DRC,
    taskId: 15,
    verifiedOn: '2024-11-20',
    deadline: '2024-12-31',
  },
  {
    kind: 'completion_verified',
    id: 'done:133',
    unitId: JINGHU,
    taskId: 133,
    verifiedOn: '2025-01-05',
    deadline: '2024-12-31',
  },
];

const ledger = computeLedger({ rules: RULES, events: EVENTS, taskLabels: LABELS });
const pointsOf = (unitId: number): Array<[string, number]> =>
  ledger.lines.filter((line) => line.unitId === unitId).map((line) => [line.eventRef, line.points]);

describe('a year for three units, computed by hand', () => {
  test('市发改委: lead 2.0 + co 1.0 + co via group 1.0 − late 0.7 + on time 1.0 = 4.3', () => {
    assert.deepEqual(pointsOf(DRC), [
      ['assigned:15:1', 20],
      ['assigned:21:1', 10],
      ['assigned:133:1', 10],
      ['input:101', -7],
      ['done:15', 10],
    ]);
  });

  test('市经信局: co 1.0 + lead 2.0 − 2 returns 1.0 − red 3.0 + lowered 2.0 − late 1.0 = 0.0', () => {
    assert.deepEqual(pointsOf(ECONOMY), [
      ['assigned:15:2', 10],
      ['assigned:21:2', 20],
      ['review:7', -5],
      ['review:9', -5],
      ['card:1', -30],
      ['input:233', -10],
      ['card:1:lowered', 20],
    ]);
  });

  test('镜湖区: co via group 1.0 + lead 2.0 − missing 2.0 − yellow 1.0, late completion earns nothing = 0.0', () => {
    assert.deepEqual(pointsOf(JINGHU), [
      ['assigned:21:3', 10],
      ['assigned:133:3', 20],
      ['close:2024-Q3:133:3', -20],
      ['card:2', -10],
    ]);
  });

  test('the totals rank 市发改委 first and the two units on 0.0 share second place', () => {
    assert.deepEqual(ledger.results, [
      { unitId: DRC, total: 43, rank: 1 },
      { unitId: ECONOMY, total: 0, rank: 2 },
      { unitId: JINGHU, total: 0, rank: 2 },
    ]);
    assert.deepEqual(
      ledger.results.map((result) => formatPoints(result.total)),
      ['4.3', '0.0', '0.0'],
    );
  });

  test('the ledger’s totals equal the sums of its line items', () => {
    for (const result of ledger.results) {
      const sum = pointsOf(result.unitId).reduce((total, [, points]) => total + points, 0);
      assert.equal(result.total, sum);
    }
  });

  test('市经信局’s statement lists subtotals by rule and every line with its event', () => {
    const statement = unitStatement(ledger, ECONOMY);
    assert.deepEqual(
      statement.subtotals.map((entry) => [entry.label, entry.count, entry.points]),
      [
        ['牵头任务', 1, 20],
        ['配合任务', 1, 10],
        ['逾期填报', 1, -10],
        ['报告退回', 2, -10],
        ['红牌', 1, -30],
        ['红牌降黄', 1, 20],
      ],
    );
    assert.deepEqual(formatStatement(statement, '市经信局'), [
      '市经信局:考核得分0.0分,排名第2(共3个单位)',
      '牵头任务1项,+2.0分',
      '配合任务1项,+1.0分',
      '逾期填报1项,-1.0分',
      '报告退回2项,-1.0分',
      '红牌1项,-3.0分',
      '红牌降黄1项,+2.0分',
      '明细:',
      '+1.0 作为责任单位承担第15项,得1.0分[assigned:15:2]',
      '+2.0 作为牵头单位承担第21项,得2.0分[assigned:21:2]',
      '-0.5 2024年二季度第21项报告被退回,扣0.5分[review:7]',
      '-0.5 2024年二季度第21项报告被退回,扣0.5分[review:9]',
      '-3.0 第21项被亮红牌,扣3.0分[card:1]',
      '-1.0 2024年三季度第15项填报逾期5天,扣1.0分(每次0.5分+每天0.1分×5天)[input:233]',
      '+2.0 第21项红牌降为黄牌,退还差额2.0分[card:1:lowered]',
    ]);
  });

  test('a unit outside the ledger has no statement', () => {
    assert.throws(() => unitStatement(ledger, 99), {
      code: 'assessment.unit_not_in_ledger',
      kind: 'not_found',
    });
  });
});
