import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveDueDate } from '../../src/core/supervision/deadlines.ts';
import type { LightRules } from '../../src/core/supervision/light-rules.ts';
import { DEFAULT_LIGHT_RULES } from '../../src/core/supervision/light-rules.ts';
import type { LightInput } from '../../src/core/supervision/lights.ts';
import { computeLight } from '../../src/core/supervision/lights.ts';

const CHINA = 480;
/** Noon Beijing time on a day of July 2024. */
const july = (day: number): Date => new Date(Date.UTC(2024, 6, day, 4));

function input(overrides: Partial<LightInput> = {}): LightInput {
  return {
    period: '2024-Q2',
    dueOn: '2024-07-10',
    filedAt: july(8),
    now: july(20),
    utcOffsetMinutes: CHINA,
    status: 'on_track',
    percentComplete: 50,
    elapsedShare: 0.5,
    indicatorPaces: [],
    returnCount: 0,
    completionVerified: false,
    ...overrides,
  };
}

describe('green', () => {
  test('filed on time and on pace is green, and says so', () => {
    const result = computeLight(input());
    assert.equal(result.light, 'green');
    assert.deepEqual(result.reasons, ['二季度已按期填报', '完成50%,时间已过50%', '未触发预警规则']);
    assert.deepEqual(result.matches, []);
  });

  test('not filed before the due date is green: nothing is owed yet', () => {
    const result = computeLight(input({ filedAt: null, now: july(9), status: null, percentComplete: null }));
    assert.equal(result.light, 'green');
    assert.equal(result.reasons[0], '二季度填报尚未到截止日(2024-07-10)');
  });

  test('a task whose completion was verified is green whatever else holds', () => {
    const result = computeLight(
      input({
        filedAt: july(20),
        returnCount: 2,
        status: 'behind',
        percentComplete: 10,
        completionVerified: true,
      }),
    );
    assert.equal(result.light, 'green');
    assert.deepEqual(result.reasons, ['已完成并经核验']);
  });

  test('trailing the calendar by exactly 10 points is still green', () => {
    assert.equal(computeLight(input({ percentComplete: 40 })).light, 'green');
  });
});

describe('yellow', () => {
  test('filed 1–5 days late is yellow', () => {
    for (const day of [11, 15]) {
      const result = computeLight(input({ filedAt: july(day) }));
      assert.equal(result.light, 'yellow', `filed on 7-${day}`);
      assert.deepEqual(result.reasons, [`二季度填报逾期${day - 10}天`]);
    }
  });

  test('more than 10 points behind the elapsed share is yellow', () => {
    const result = computeLight(input({ percentComplete: 35 }));
    assert.equal(result.light, 'yellow');
    assert.deepEqual(result.reasons, ['完成35%,时间已过50%,落后15个百分点']);
  });

  test('exactly 25 points behind is yellow, not red', () => {
    assert.equal(computeLight(input({ percentComplete: 25 })).light, 'yellow');
  });

  test('any indicator 欠进度 is yellow, naming the indicator and its figures', () => {
    const paces = [
      {
        metric: '新增小微企业首贷户',
        pace: 'behind' as const,
        explanation: '实际1200家,按进度应达1250家(全年2500家×50%)',
      },
      { metric: '地区生产总值增长', pace: 'on_pace' as const, explanation: '实际7.4%' },
    ];
    const result = computeLight(input({ indicatorPaces: paces }));
    assert.equal(result.light, 'yellow');
    assert.deepEqual(result.reasons, [
      '1项指标欠进度:新增小微企业首贷户(实际1200家,按进度应达1250家(全年2500家×50%))',
    ]);
  });

  test('a unit reporting its own task as 滞后 is yellow', () => {
    const result = computeLight(input({ status: 'behind' }));
    assert.equal(result.light, 'yellow');
    assert.deepEqual(result.reasons, ['单位自评滞后']);
  });

  test('a report returned once is yellow', () => {
    assert.deepEqual(computeLight(input({ returnCount: 1 })).reasons, ['二季度报告被退回1次']);
  });

  test('missing up to five days past due is yellow', () => {
    const result = computeLight(input({ filedAt: null, now: july(13), status: null, percentComplete: null }));
    assert.equal(result.light, 'yellow');
    assert.deepEqual(result.reasons, ['二季度填报截止2024-07-10,已逾期3天未报']);
  });
});

describe('red', () => {
  test('filed six days late and 15 points behind is red, with both reasons, red first', () => {
    const result = computeLight(input({ filedAt: july(16), percentComplete: 35 }));
    assert.equal(result.light, 'red');
    assert.deepEqual(result.reasons, ['二季度填报逾期6天', '完成35%,时间已过50%,落后15个百分点']);
    assert.deepEqual(
      result.matches.map((match) => [match.ruleKey, match.light]),
      [
        ['filing.very_late', 'red'],
        ['filing.late', 'yellow'],
        ['progress.behind', 'yellow'],
      ],
    );
  });

  test('missing six or more days past due is red', () => {
    const result = computeLight(input({ filedAt: null, now: july(16), status: null, percentComplete: null }));
    assert.equal(result.light, 'red');
    assert.deepEqual(result.reasons, ['二季度填报截止2024-07-10,已逾期6天未报']);
  });

  test('more than 25 points behind is red', () => {
    assert.equal(computeLight(input({ percentComplete: 24 })).light, 'red');
  });

  test('a report returned twice is red', () => {
    const result = computeLight(input({ returnCount: 2 }));
    assert.equal(result.light, 'red');
    assert.deepEqual(result.reasons, ['二季度报告被退回2次']);
  });
});

describe('rules as data', () => {
  test('an approved extension moves the due date the light is judged by', () => {
    const due = effectiveDueDate({
      baseDueOn: '2024-07-10',
      unitId: 11,
      taskId: 15,
      period: '2024-Q2',
      extensions: [
        { id: 1, unitId: 11, taskId: 15, period: '2024-Q2', status: 'approved', newDueOn: '2024-07-20' },
      ],
    });
    assert.equal(computeLight(input({ dueOn: due.dueOn, filedAt: july(15) })).light, 'green');
  });

  test('an office can tighten a rule: missing three days turns red', () => {
    const strict: LightRules = {
      rules: [{ key: 'filing.missing_3', light: 'red', when: { kind: 'missing', minDays: 3 } }],
    };
    const result = computeLight(
      input({ filedAt: null, now: july(13), status: null, percentComplete: null }),
      strict,
    );
    assert.equal(result.light, 'red');
    assert.equal(result.matches[0]?.ruleKey, 'filing.missing_3');
  });

  test('with no rules every light is green', () => {
    assert.equal(computeLight(input({ filedAt: july(30), returnCount: 5 }), { rules: [] }).light, 'green');
  });

  test('the default rules are a short list with a stable key for each', () => {
    const keys = DEFAULT_LIGHT_RULES.rules.map((rule) => rule.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(keys.length <= 12);
  });

  test('a percent complete outside 0..100 is refused', () => {
    assert.throws(() => computeLight(input({ percentComplete: 120 })), {
      code: 'light.invalid_percent',
      kind: 'invalid',
    });
  });
});

describe('the light follows the latest state of the filing', () => {
  test('an accepted report filed 7 days late is not red for its lateness, and its reason says so', () => {
    const late = input({ filedAt: july(17) });
    assert.equal(computeLight(late).light, 'red');
    const accepted = computeLight({ ...late, accepted: true });
    assert.equal(accepted.light, 'green');
    assert.ok(
      accepted.reasons.includes('二季度填报逾期7天,报告已采纳,逾期已计入考核'),
      accepted.reasons.join('|'),
    );
  });

  test('an accepted report returned twice is not red for the returns', () => {
    assert.equal(computeLight(input({ returnCount: 2 })).light, 'red');
    assert.equal(computeLight(input({ returnCount: 2, accepted: true })).light, 'green');
  });

  test('a rule that says so keeps colouring the light after acceptance', () => {
    const rules: LightRules = {
      rules: [
        {
          key: 'late.kept',
          light: 'yellow',
          when: { kind: 'filed_late', minDays: 1, afterAcceptance: true },
        },
      ],
    };
    const result = computeLight(input({ filedAt: july(12), accepted: true }), rules);
    assert.equal(result.light, 'yellow');
    assert.deepEqual(result.reasons, ['二季度填报逾期2天']);
  });

  test('acceptance never hides what the work itself shows: far behind the calendar stays red', () => {
    assert.equal(computeLight(input({ percentComplete: 20, accepted: true })).light, 'red');
  });
});
