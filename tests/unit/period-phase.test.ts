// One calendar: a period's state on a day, the same for every presenter and page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PERIOD_PHASE_LABELS, periodPhase } from '../../src/core/period/period-phase.ts';

const q2 = { opensOn: '2024-04-01', dueOn: '2024-07-05', state: 'scheduled' };

describe('the state of a period on a day', () => {
  test('未开始 before it opens, 填报中 from the opening through the due day, 已截止 after it', () => {
    const states = ['2024-03-31', '2024-04-01', '2024-07-05', '2024-07-06', '2026-01-01'].map((day) =>
      periodPhase(q2, day),
    );
    assert.deepEqual(states, ['scheduled', 'open', 'open', 'due', 'due']);
    assert.deepEqual(
      states.map((state) => PERIOD_PHASE_LABELS[state]),
      ['未开始', '填报中', '填报中', '已截止', '已截止'],
    );
  });

  test('a closed period is 已关闭 whatever the day, even before its due date', () => {
    for (const day of ['2024-03-01', '2024-06-01', '2024-08-01']) {
      assert.equal(periodPhase({ ...q2, state: 'closed' }, day), 'closed');
    }
  });

  test('a quarter whose due date has passed is never 未开始: the state agrees with lateness', () => {
    const past = { opensOn: '2024-01-01', dueOn: '2024-04-05', state: 'scheduled' };
    assert.equal(periodPhase(past, '2026-12-06'), 'due');
  });
});
