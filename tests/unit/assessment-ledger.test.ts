import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { assignmentEvents } from '../../src/core/assessment/assignments.ts';
import type { AssessmentEvent } from '../../src/core/assessment/assessment.types.ts';
import { computeLedger } from '../../src/core/assessment/ledger.ts';
import { formatPoints, formatSignedPoints } from '../../src/core/assessment/points.ts';
import type { ScoringRules } from '../../src/core/assessment/scoring-rules.ts';
import { DEFAULT_SCORING_RULES } from '../../src/core/assessment/scoring-rules.ts';

const RULES = DEFAULT_SCORING_RULES;

function only(events: AssessmentEvent[], rules: ScoringRules = RULES) {
  const ledger = computeLedger({ rules, events });
  assert.equal(ledger.lines.length, 1);
  const [line] = ledger.lines;
  assert.ok(line);
  return line;
}

describe('one line per fact, linked to its event', () => {
  test('a lead unit earns the lead points for its task', () => {
    const line = only([{ kind: 'task_assigned', id: 'a1', unitId: 1, taskId: 15, role: 'lead' }]);
    assert.deepEqual(line, {
      unitId: 1,
      points: 20,
      ruleKey: 'task.lead',
      eventRef: 'a1',
      explanation: '作为牵头单位承担任务15,得2.0分',
    });
  });

  test('a co-responsible unit earns the co points', () => {
    const line = only([{ kind: 'task_assigned', id: 'a2', unitId: 2, taskId: 15, role: 'co' }]);
    assert.equal(line.points, 10);
    assert.equal(line.ruleKey, 'task.co');
  });

  test('a late filing costs a flat amount per occurrence by default', () => {
    const line = only([
      { kind: 'filed_late', id: 'r1', unitId: 1, taskId: 15, period: '2024-Q2', daysLate: 6 },
    ]);
    assert.equal(line.points, -5);
    assert.equal(line.explanation, '2024年二季度任务15填报逾期6天,扣0.5分');
  });

  test('a per-day amount adds to the late-filing deduction and is spelled out', () => {
    const rules = { ...RULES, lateFiling: { perOccurrence: 5, perDay: 1 } };
    const labels = new Map([[15, '第15项']]);
    const events: AssessmentEvent[] = [
      { kind: 'filed_late', id: 'r1', unitId: 1, taskId: 15, period: '2024-Q2', daysLate: 3 },
    ];
    const [line] = computeLedger({ rules, events, taskLabels: labels }).lines;
    assert.equal(line?.points, -8);
    assert.equal(line?.explanation, '2024年二季度第15项填报逾期3天,扣0.8分(每次0.5分+每天0.1分×3天)');
  });

  test('a missing filing, a returned report and each card deduct their amounts', () => {
    const events: AssessmentEvent[] = [
      { kind: 'filing_missing', id: 'm1', unitId: 1, taskId: 15, period: '2024-Q3' },
      { kind: 'report_returned', id: 'v1', unitId: 1, taskId: 15, period: '2024-Q3' },
      { kind: 'card_issued', id: 'c1', unitId: 1, taskId: 15, cardId: 1, color: 'yellow' },
      { kind: 'card_issued', id: 'c2', unitId: 1, taskId: 15, cardId: 2, color: 'red' },
    ];
    const lines = computeLedger({ rules: RULES, events }).lines;
    assert.deepEqual(
      lines.map((line) => [line.eventRef, line.ruleKey, line.points]),
      [
        ['m1', 'filing.missing', -20],
        ['v1', 'report.returned', -5],
        ['c1', 'card.yellow', -10],
        ['c2', 'card.red', -30],
      ],
    );
    assert.equal(lines[3]?.explanation, '任务15被亮红牌,扣3.0分');
  });

  test('lowering a red card to yellow gives back the difference', () => {
    const events: AssessmentEvent[] = [
      { kind: 'card_issued', id: 'c2', unitId: 1, taskId: 15, cardId: 2, color: 'red' },
      { kind: 'card_lowered', id: 'c2-lowered', unitId: 1, taskId: 15, cardId: 2 },
    ];
    const ledger = computeLedger({ rules: RULES, events });
    assert.equal(ledger.lines[1]?.points, 20);
    assert.equal(ledger.results[0]?.total, -10);
  });

  test('lowering a card that was never issued red to the unit is refused', () => {
    const yellow: AssessmentEvent[] = [
      { kind: 'card_issued', id: 'c1', unitId: 1, taskId: 15, cardId: 1, color: 'yellow' },
      { kind: 'card_lowered', id: 'c1-lowered', unitId: 1, taskId: 15, cardId: 1 },
    ];
    assert.throws(() => computeLedger({ rules: RULES, events: yellow }), { code: 'assessment.unknown_card' });
    const otherUnit: AssessmentEvent[] = [
      { kind: 'card_issued', id: 'c2', unitId: 1, taskId: 15, cardId: 2, color: 'red' },
      { kind: 'card_lowered', id: 'c2-lowered', unitId: 2, taskId: 15, cardId: 2 },
    ];
    assert.throws(() => computeLedger({ rules: RULES, events: otherUnit }), {
      code: 'assessment.unknown_card',
    });
  });
});

describe('completion before the deadline', () => {
  const completed = (verifiedOn: string): AssessmentEvent[] => [
    { kind: 'completion_verified', id: 'done', unitId: 1, taskId: 15, verifiedOn, deadline: '2024-12-31' },
  ];

  test('a task completed early earns the on-time credit', () => {
    const line = only(completed('2024-10-15'));
    assert.equal(line.points, 10);
    assert.equal(line.explanation, '任务15于2024-10-15核验办结,未超完成时限2024-12-31,加1.0分');
  });

  test('completion verified on the deadline day itself still counts as on time', () => {
    assert.equal(only(completed('2024-12-31')).points, 10);
  });

  test('completion verified after the deadline earns nothing', () => {
    assert.deepEqual(computeLedger({ rules: RULES, events: completed('2025-01-01') }).lines, []);
  });
});

describe('totals and validation', () => {
  const eventArb = fc.oneof(
    fc.record({
      kind: fc.constant('task_assigned' as const),
      role: fc.constantFrom('lead' as const, 'co' as const),
    }),
    fc.record({
      kind: fc.constant('filed_late' as const),
      period: fc.constant('2024-Q1' as const),
      daysLate: fc.integer({ min: 1, max: 60 }),
    }),
    fc.record({ kind: fc.constant('filing_missing' as const), period: fc.constant('2024-Q2' as const) }),
    fc.record({ kind: fc.constant('report_returned' as const), period: fc.constant('2024-Q3' as const) }),
    fc.record({
      kind: fc.constant('card_issued' as const),
      cardId: fc.constant(0),
      color: fc.constantFrom('yellow' as const, 'red' as const),
    }),
    fc.record({
      kind: fc.constant('completion_verified' as const),
      verifiedOn: fc.constantFrom('2024-06-30', '2025-01-15'),
      deadline: fc.constant('2024-12-31'),
    }),
  );
  const eventsArb = fc
    .array(fc.tuple(eventArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 9 })), {
      maxLength: 40,
    })
    .map((rows) =>
      rows.map(([fact, unitId, taskId], index): AssessmentEvent => {
        const base = { id: `e${index}`, unitId, taskId };
        return fact.kind === 'card_issued' ? { ...fact, ...base, cardId: index } : { ...fact, ...base };
      }),
    );

  test('each unit’s total is the sum of its line items, and every line names an event', () => {
    const rules = { ...RULES, lateFiling: { perOccurrence: 5, perDay: 1 } };
    fc.assert(
      fc.property(eventsArb, (events) => {
        const ledger = computeLedger({ rules, events });
        const refs = new Set(events.map((event) => event.id));
        for (const result of ledger.results) {
          const sum = ledger.lines
            .filter((line) => line.unitId === result.unitId)
            .reduce((s, l) => s + l.points, 0);
          assert.equal(result.total, sum);
          assert.ok(Number.isInteger(result.total));
        }
        assert.ok(ledger.lines.every((line) => refs.has(line.eventRef)));
      }),
    );
  });

  test('the same events always give the same ledger', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        assert.deepEqual(computeLedger({ rules: RULES, events }), computeLedger({ rules: RULES, events }));
      }),
    );
  });

  test('a unit without events is ranked with 0', () => {
    const events: AssessmentEvent[] = [
      { kind: 'task_assigned', id: 'a1', unitId: 1, taskId: 15, role: 'lead' },
    ];
    const ledger = computeLedger({ rules: RULES, events, unitIds: [1, 2] });
    assert.deepEqual(ledger.results, [
      { unitId: 1, total: 20, rank: 1 },
      { unitId: 2, total: 0, rank: 2 },
    ]);
  });

  test('a rule set to 0 leaves no line', () => {
    const rules = { ...RULES, returnedReport: 0 };
    const events: AssessmentEvent[] = [
      { kind: 'report_returned', id: 'v1', unitId: 1, taskId: 15, period: '2024-Q3' },
    ];
    assert.deepEqual(computeLedger({ rules, events }).lines, []);
  });

  test('an event listed twice is refused', () => {
    const event: AssessmentEvent = { kind: 'task_assigned', id: 'a1', unitId: 1, taskId: 15, role: 'lead' };
    assert.throws(() => computeLedger({ rules: RULES, events: [event, event] }), {
      code: 'assessment.duplicate_event',
      kind: 'invalid',
    });
  });

  test('a late filing of less than one whole day is refused', () => {
    const events: AssessmentEvent[] = [
      { kind: 'filed_late', id: 'r1', unitId: 1, taskId: 15, period: '2024-Q2', daysLate: 0 },
    ];
    assert.throws(() => computeLedger({ rules: RULES, events }), { code: 'assessment.invalid_event' });
  });

  test('rules must be whole tenths, and a red card cannot cost less than a yellow one', () => {
    assert.throws(() => computeLedger({ rules: { ...RULES, missingFiling: 1.5 }, events: [] }), {
      code: 'assessment.invalid_rules',
    });
    assert.throws(() => computeLedger({ rules: { ...RULES, yellowCard: 40 }, events: [] }), {
      code: 'assessment.invalid_rules',
    });
  });
});

describe('assignments through groups', () => {
  test('each member of a group assigned a task owes it and earns the co points on its own', () => {
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
