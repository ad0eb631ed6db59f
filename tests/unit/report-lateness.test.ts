import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { laterDate, isLate } from '../../src/core/period/lateness.ts';
import { CITY_UTC_OFFSET_MINUTES } from '../../src/core/period/city-date.ts';
import { countBy, filingProgress } from '../../src/core/report/progress.ts';

const late = (at: string, extendedDueOn?: string) =>
  isLate({ dueOn: '2024-07-05', at: new Date(at), utcOffsetMinutes: CITY_UTC_OFFSET_MINUTES, extendedDueOn });

describe('lateness in the city’s time zone', () => {
  test('a filing at 23:59 on the due day, Beijing time, is on time', () => {
    assert.equal(late('2024-07-05T15:59:59Z'), false);
  });

  test('a filing at 00:00 the day after the due day, Beijing time, is late', () => {
    assert.equal(late('2024-07-05T16:00:00Z'), true);
  });

  test('a later extension moves the due day for that unit; an earlier one never counts', () => {
    assert.equal(late('2024-07-08T02:00:00Z', '2024-07-10'), false);
    assert.equal(late('2024-07-11T02:00:00Z', '2024-07-10'), true);
    assert.equal(late('2024-07-06T02:00:00Z', '2024-07-01'), true);
    assert.equal(laterDate('2024-07-05', null), '2024-07-05');
  });
});

describe('where a filing stands', () => {
  const now = new Date('2024-07-01T02:00:00Z');
  const at = (report: Parameters<typeof filingProgress>[0]['report'], when = now) =>
    filingProgress({ report, dueOn: '2024-07-05', now: when });

  test('no filing yet is 待填报, with the days left to the due date', () => {
    const progress = at(null);
    assert.deepEqual([progress.code, progress.label, progress.daysToDue], ['todo', '待填报', 4]);
  });

  test("each report state maps to the worklist's words", () => {
    const label = (state: 'draft' | 'submitted' | 'signed_off' | 'returned' | 'accepted') =>
      at({ state, late: false }).label;
    assert.deepEqual((['draft', 'submitted', 'signed_off', 'returned', 'accepted'] as const).map(label), [
      '草稿',
      '待签发',
      '已报送',
      '已退回',
      '已采纳',
    ]);
  });

  test('after the due day a filing not yet with the office is 逾期; one with the office is not', () => {
    const after = new Date('2024-07-06T01:00:00Z');
    assert.equal(at({ state: 'draft', late: false }, after).code, 'overdue');
    assert.equal(at(null, after).overdue, true);
    assert.equal(at({ state: 'signed_off', late: true }, after).code, 'submitted');
    assert.equal(at({ state: 'signed_off', late: true }, after).late, true);
  });

  test('tallies count owed, each state and late filings per key', () => {
    const items = [
      { unit: 'a', code: 'todo' as const, late: false },
      { unit: 'a', code: 'accepted' as const, late: true },
      { unit: 'b', code: 'overdue' as const, late: false },
    ];
    const counts = countBy(
      items,
      (item) => item.unit,
      (item) => item,
    );
    assert.deepEqual([counts.get('a')?.owed, counts.get('a')?.accepted, counts.get('a')?.late], [2, 1, 1]);
    assert.equal(counts.get('b')?.overdue, 1);
  });
});
