// The share model's rules one at a time: the full score, each deduction and credit as its share of
// the unit's owed filings (or led tasks), rounding, provisional items, and bad input refused.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { assignmentEvents } from '../../src/core/assessment/assignments.ts';
import type { AssessmentEvent } from '../../src/core/assessment/assessment.types.ts';
import { computeLedger, shareOf } from '../../src/core/assessment/ledger.ts';
import { formatPoints, formatSignedPoints } from '../../src/core/assessment/points.ts';
import {
  DEFAULT_SCORING_RULES,
  scoringFormula,
  scoringRulesOrDefault,
} from '../../src/core/assessment/scoring-rules.ts';

const RULES = DEFAULT_SCORING_RULES;

/** A unit owing `tasks` tasks for four quarters, leading all of them. */
function unitYear(unitId: number, tasks: number): AssessmentEvent[] {
  return Array.from({ length: tasks }, (_, index) => index + 1).flatMap((taskId): AssessmentEvent[] => [
    { kind: 'task_assigned', id: `assigned:${taskId}:${unitId}`, unitId, taskId, role: 'lead' },
    ...(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] as const).map((period): AssessmentEvent => ({
      kind: 'filing_owed',
      id: `owed:${period}:${taskId}:${unitId}`,
      unitId,
      taskId,
      period,
    })),
  ]);
}

/** `late`, `missing` and `returned` facts on the unit's first tasks' Q2 filings. */
function behaviour(
  unitId: number,
  counts: { late: number; missing: number; returned: number },
): AssessmentEvent[] {
  const events: AssessmentEvent[] = [];
  let taskId = 1;
  for (let i = 0; i < counts.late; i += 1, taskId += 1)
    events.push({
      kind: 'filed_late',
      id: `late:${unitId}:${taskId}`,
      unitId,
      taskId,
      period: '2024-Q2',
      daysLate: 3,
    });
  for (let i = 0; i < counts.missing; i += 1, taskId += 1)
    events.push({
      kind: 'filing_missing',
      id: `missing:${unitId}:${taskId}`,
      unitId,
      taskId,
      period: '2024-Q2',
      provisional: false,
    });
  for (let i = 0; i < counts.returned; i += 1, taskId += 1)
    events.push({
      kind: 'report_returned',
      id: `return:${unitId}:${taskId}`,
      unitId,
      taskId,
      period: '2024-Q2',
    });
  return events;
}

const totalOf = (events: readonly AssessmentEvent[], unitId: number) =>
  computeLedger({ rules: RULES, events }).results.find((result) => result.unitId === unitId)?.total;

describe('the share model', () => {
  test('a unit with nothing against it keeps the full score, whatever its number of tasks', () => {
    assert.equal(totalOf(unitYear(1, 3), 1), 1000);
    assert.equal(totalOf(unitYear(2, 54), 2), 1000);
    assert.equal(computeLedger({ rules: RULES, events: [], unitIds: [7] }).results[0]?.total, 1000);
  });

  test('two units with the same shares of late, missing and returned filings score the same, 3 tasks or 54', () => {
    const small = [...unitYear(1, 3), ...behaviour(1, { late: 1, missing: 1, returned: 1 })];
    const big = [...unitYear(2, 54), ...behaviour(2, { late: 18, missing: 18, returned: 18 })];
    const ledger = computeLedger({ rules: RULES, events: [...small, ...big] });
    const [first, second] = ledger.results;
    assert.equal(first?.total, second?.total);
    assert.equal(first?.rank, second?.rank);
    // 100 − 20/12 − 40/12 − 10/12 = 100 − 1.7 − 3.3 − 0.8
    assert.equal(first?.total, 1000 - 17 - 33 - 8);
  });

  test('any equal shares give equal scores (to rounding) for any two task counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 20 }),
        fc.nat(4),
        fc.nat(4),
        fc.nat(4),
        (small, factor, late, missing, returned) => {
          fc.pre(late + missing + returned <= small * 4);
          const a = [...unitYear(1, small), ...behaviour(1, { late, missing, returned })];
          const b = [
            ...unitYear(2, small * factor),
            ...behaviour(2, { late: late * factor, missing: missing * factor, returned: returned * factor }),
          ];
          const ledger = computeLedger({ rules: RULES, events: [...a, ...b] });
          assert.equal(ledger.results[0]?.total, ledger.results[1]?.total);
        },
      ),
    );
  });

  test('filing late ranks above not filing at all', () => {
    const late = [...unitYear(1, 10), ...behaviour(1, { late: 10, missing: 0, returned: 0 })];
    const missing = [...unitYear(2, 10), ...behaviour(2, { late: 0, missing: 10, returned: 0 })];
    const ledger = computeLedger({ rules: RULES, events: [...late, ...missing] });
    assert.deepEqual(
      ledger.results.map((result) => result.unitId),
      [1, 2],
    );
  });

  test('a card costs its weight times one over the owed filings', () => {
    const events: AssessmentEvent[] = [
      ...unitYear(1, 5),
      { kind: 'card_issued', id: 'card:1', unitId: 1, taskId: 1, cardId: 1, color: 'yellow' },
    ];
    assert.equal(totalOf(events, 1), 1000 - 10);
  });

  test('lowering a card that was never issued red to the unit is refused', () => {
    const events: AssessmentEvent[] = [
      ...unitYear(1, 1),
      { kind: 'card_issued', id: 'card:1', unitId: 1, taskId: 1, cardId: 1, color: 'yellow' },
      { kind: 'card_lowered', id: 'card-lowered:1', unitId: 1, taskId: 1, cardId: 1 },
    ];
    assert.throws(() => computeLedger({ rules: RULES, events }), { code: 'assessment.unknown_card' });
  });

  test('completion on or before the deadline earns its share of the led tasks; after it, nothing', () => {
    const done = (id: string, verifiedOn: string): AssessmentEvent => ({
      kind: 'completion_verified',
      id,
      unitId: 1,
      taskId: 1,
      verifiedOn,
      deadline: '2024-12-31',
    });
    assert.equal(totalOf([...unitYear(1, 4), done('done:1', '2024-12-31')], 1), 1000 + 13);
    assert.equal(totalOf([...unitYear(1, 4), done('done:1', '2025-01-01')], 1), 1000);
  });

  test('an overdue filing of an open quarter counts as missing, marked provisional', () => {
    const events: AssessmentEvent[] = [
      ...unitYear(1, 2),
      {
        kind: 'filing_missing',
        id: 'missing:1',
        unitId: 1,
        taskId: 1,
        period: '2024-Q4',
        provisional: true,
        daysOverdue: 3,
      },
    ];
    const ledger = computeLedger({ rules: RULES, events });
    assert.equal(ledger.results[0]?.total, 1000 - 50);
    assert.equal(ledger.bases[0]?.provisional, true);
    assert.match(ledger.facts[0]?.explanation ?? '', /已逾期3天\(暂计/);
  });

  test('shares round to the nearest tenth, halves away from zero', () => {
    assert.equal(shareOf(-500, 1, 8), -63);
    assert.equal(shareOf(300, 1, 8), 38);
    assert.equal(shareOf(-200, 1, 3), -67);
    assert.equal(shareOf(-200, 0, 3), 0);
  });

  test('the same events always give the same ledger', () => {
    const events = [...unitYear(1, 3), ...behaviour(1, { late: 2, missing: 1, returned: 1 })];
    assert.deepEqual(
      computeLedger({ rules: RULES, events }),
      computeLedger({ rules: RULES, events: [...events].reverse() }),
    );
  });

  test('the formula names every rule with its weight', () => {
    const [formula] = scoringFormula(RULES);
    assert.equal(
      formula,
      '得分 = 满分100.0 − 20.0 × 逾期次数 ÷ 应报次数 − 40.0 × 未报次数 ÷ 应报次数 − 10.0 × 退回次数 ÷ 应报次数 − 20.0 × 黄牌数 ÷ 应报次数 − 50.0 × 红牌数 ÷ 应报次数 + 30.0 × 降牌数 ÷ 应报次数 + 5.0 × 按期办结数 ÷ 牵头任务数',
    );
  });

  test('rules stored before the share model read as the defaults', () => {
    const old = { taskPoints: { lead: 20, co: 10 }, lateFiling: { perOccurrence: 5, perDay: 0 } };
    assert.deepEqual(scoringRulesOrDefault(old), DEFAULT_SCORING_RULES);
    const own = { ...DEFAULT_SCORING_RULES, fullScore: 300 };
    assert.deepEqual(scoringRulesOrDefault(own), own);
  });

  test('an event listed twice is refused', () => {
    const events = [...unitYear(1, 1), ...unitYear(1, 1)];
    assert.throws(() => computeLedger({ rules: RULES, events }), { code: 'assessment.duplicate_event' });
  });

  test('a late filing of less than one whole day is refused', () => {
    const events: AssessmentEvent[] = [
      { kind: 'filed_late', id: 'late:1', unitId: 1, taskId: 1, period: '2024-Q1', daysLate: 0 },
    ];
    assert.throws(() => computeLedger({ rules: RULES, events }), { code: 'assessment.invalid_event' });
  });

  test('rules must be whole tenths, and a red card cannot cost less than a yellow one', () => {
    assert.throws(() => computeLedger({ rules: { ...RULES, lateFiling: 1.5 }, events: [] }), {
      code: 'assessment.invalid_rules',
    });
    assert.throws(() => computeLedger({ rules: { ...RULES, fullScore: -1 }, events: [] }), {
      code: 'assessment.invalid_rules',
    });
    assert.throws(() => computeLedger({ rules: { ...RULES, redCard: 10, yellowCard: 20 }, events: [] }), {
      code: 'assessment.invalid_rules',
    });
  });
});

describe('assignments through groups', () => {
  test('each member of a group assigned a task owes it on its own', () => {
    const events = assignmentEvents({
      taskId: 21,
      leadUnitIds: [2],
      responsibleUnitIds: [900],
      groupMembers: new Map([[900, [31, 32, 33]]]),
    });
    assert.deepEqual(
      events.map((event) => [event.id, event.unitId, event.role]),
      [
        ['assigned:21:2', 2, 'lead'],
        ['assigned:21:31', 31, 'co'],
        ['assigned:21:32', 32, 'co'],
        ['assigned:21:33', 33, 'co'],
      ],
    );
  });

  test('a unit that leads a task and belongs to a co-responsible group counts once, as lead', () => {
    const events = assignmentEvents({
      taskId: 21,
      leadUnitIds: [31],
      responsibleUnitIds: [900, 31],
      groupMembers: new Map([[900, [31, 32]]]),
    });
    assert.deepEqual(
      events.map((event) => [event.unitId, event.role]),
      [
        [31, 'lead'],
        [32, 'co'],
      ],
    );
  });

  test('a group whose members are not filled in yet yields no assignment', () => {
    const events = assignmentEvents({
      taskId: 40,
      leadUnitIds: [],
      responsibleUnitIds: [901],
      groupMembers: new Map([[901, []]]),
    });
    assert.deepEqual(events, []);
  });
});

describe('points display', () => {
  test('tenths are shown with one decimal', () => {
    assert.equal(formatPoints(125), '12.5');
    assert.equal(formatPoints(120), '12.0');
    assert.equal(formatPoints(7), '0.7');
    assert.equal(formatPoints(0), '0.0');
    assert.equal(formatPoints(-5), '-0.5');
    assert.equal(formatPoints(-120), '-12.0');
  });

  test('signed display puts a plus on gains', () => {
    assert.equal(formatSignedPoints(20), '+2.0');
    assert.equal(formatSignedPoints(-5), '-0.5');
    assert.equal(formatSignedPoints(0), '0.0');
  });

  test('a fraction of a tenth is refused', () => {
    assert.throws(() => formatPoints(1.5), { code: 'points.not_integer', kind: 'invalid' });
  });
});
