import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  joinedMilestones,
  keptMilestones,
  MAX_MILESTONE_TEXT,
  milestoneOf,
  parseMilestones,
  periodMilestone,
  quarterName,
} from '../../src/core/plan/task-milestones.ts';

describe("a task's quarter milestones as the plan keeps them", () => {
  test('kept in quarter order, trimmed, blank ones left out, the first of a quarter winning', () => {
    assert.deepEqual(
      keptMilestones([
        { quarter: 3, text: ' 主体封顶。 ' },
        { quarter: 1, text: '   ' },
        { quarter: 2, text: '完成招标。' },
        { quarter: 3, text: '又一次' },
      ]),
      [
        { quarter: 2, text: '完成招标。' },
        { quarter: 3, text: '主体封顶。' },
      ],
    );
  });

  test('a text longer than the bound is cut to it', () => {
    const [kept] = keptMilestones([{ quarter: 4, text: '完'.repeat(MAX_MILESTONE_TEXT + 10) }]);
    assert.equal(kept?.text.length, MAX_MILESTONE_TEXT);
  });

  test('two tasks merged join each quarter, the first task first', () => {
    assert.deepEqual(
      joinedMilestones(
        [{ quarter: 1, text: '完成选址。' }],
        [
          { quarter: 1, text: '完成设计。' },
          { quarter: 4, text: '竣工。' },
        ],
      ),
      [
        { quarter: 1, text: '完成选址。 完成设计。' },
        { quarter: 4, text: '竣工。' },
      ],
    );
  });

  test('a stored value reads back only as a well-formed list', () => {
    const good = [
      { quarter: 1, text: '摸底。' },
      { quarter: 4, text: '完工。' },
    ];
    assert.deepEqual(parseMilestones(good), good);
    assert.deepEqual(parseMilestones([]), []);
    for (const bad of [
      null,
      {},
      [{ quarter: 5, text: '五季度' }],
      [{ quarter: '1', text: '摸底。' }],
      [{ quarter: 1 }],
      [{ quarter: 1, text: ' ' }],
      [
        { quarter: 4, text: '完工。' },
        { quarter: 1, text: '摸底。' },
      ],
    ]) {
      assert.equal(parseMilestones(bad), null, JSON.stringify(bad));
    }
  });

  test("a quarter's milestone, or none", () => {
    const milestones = [{ quarter: 2 as const, text: '开工。' }];
    assert.equal(milestoneOf(milestones, 2), '开工。');
    assert.equal(milestoneOf(milestones, 1), null);
    assert.equal(periodMilestone(milestones, '2024-Q2'), '开工。');
    assert.equal(periodMilestone(milestones, '2024-Q3'), null);
    assert.equal(periodMilestone(milestones, 'bad'), null);
    assert.equal(quarterName(3), '三季度');
  });
});
