import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  comparePeriods,
  dateOfEpochDay,
  epochDayOf,
  dueDate,
  dueInstant,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodOfDate,
  periodsOfYear,
  quarterEnd,
  quarterStart,
  tryParsePeriod,
} from '../../src/core/period/period.ts';
import { isLate } from '../../src/core/period/lateness.ts';

const CHINA = 480;

describe('period strings', () => {
  test('parse and format round-trip 2024-Q3', () => {
    assert.deepEqual(parsePeriod('2024-Q3'), { year: 2024, quarter: 3 });
    assert.equal(formatPeriod({ year: 2024, quarter: 3 }), '2024-Q3');
  });

  test('anything but YYYY-Qn with n in 1..4 is refused with period.invalid', () => {
    for (const bad of ['2024-Q0', '2024-Q5', '2024Q1', '24-Q1', '2024-q1', ' 2024-Q1', '2024-Q1 ']) {
      assert.equal(tryParsePeriod(bad), null, bad);
      assert.throws(() => parsePeriod(bad), { code: 'period.invalid', kind: 'invalid' });
    }
  });

  test('a year has four periods in order', () => {
    assert.deepEqual(periodsOfYear(2024), ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });

  test('periods order by year then quarter, and Q4 is followed by next year’s Q1', () => {
    assert.ok(comparePeriods('2023-Q4', '2024-Q1') < 0);
    assert.ok(comparePeriods('2024-Q2', '2024-Q1') > 0);
    assert.equal(comparePeriods('2024-Q2', '2024-Q2'), 0);
    assert.equal(nextPeriod('2024-Q4'), '2025-Q1');
    assert.equal(nextPeriod('2024-Q1'), '2024-Q2');
  });
});

describe('quarter dates', () => {
  test('quarters start on the first of January, April, July and October', () => {
    assert.deepEqual(periodsOfYear(2024).map(quarterStart), [
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
    ]);
  });

  test('quarters end on 31 March, 30 June, 30 September and 31 December', () => {
    assert.deepEqual(periodsOfYear(2024).map(quarterEnd), [
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });

  test('the period of a date is the quarter holding it', () => {
    assert.equal(periodOfDate('2024-02-29'), '2024-Q1');
    assert.equal(periodOfDate('2024-07-01'), '2024-Q3');
    assert.equal(periodOfDate('2024-12-31'), '2024-Q4');
  });

  test('every period contains its own start and end dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(1, 2, 3, 4), (year, quarter) => {
        const key = `${year}-Q${quarter}`;
        return periodOfDate(quarterStart(key)) === key && periodOfDate(quarterEnd(key)) === key;
      }),
    );
  });

  test('adding days crosses months, years and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2024-12-31', 5), '2025-01-05');
    assert.throws(() => addDays('2024-02-30', 1), { code: 'date.invalid' });
  });

  test('a date and its day number agree with the calendar both ways, for any day in four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 120_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        assert.equal(dateOfEpochDay(day), iso);
        assert.equal(epochDayOf(iso), day);
      }),
    );
  });

  test('only real dates written as YYYY-MM-DD are dates', () => {
    assert.equal(epochDayOf('2000-02-29'), 11_016);
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      assert.throws(() => epochDayOf(bad), { code: 'date.invalid' }, bad);
    }
    for (const bad of ['2024-1-01', '2024-01-1x', '2024/01/01', '2024-01-010', ' 2024-01-01', '']) {
      assert.throws(() => epochDayOf(bad), { code: 'date.invalid' }, bad);
    }
  });
});

describe('due dates', () => {
  test('the default due date is N days after the quarter ends', () => {
    assert.equal(dueDate('2024-Q1', { daysAfterQuarterEnd: 5 }), '2024-04-05');
    assert.equal(dueDate('2024-Q4', { daysAfterQuarterEnd: 10 }), '2025-01-10');
    assert.equal(dueDate('2024-Q2', { daysAfterQuarterEnd: 0 }), '2024-06-30');
  });

  test('a due-date rule must be a whole number of days, not negative', () => {
    assert.throws(() => dueDate('2024-Q1', { daysAfterQuarterEnd: -1 }), { code: 'period.invalid_due_rule' });
    assert.throws(() => dueDate('2024-Q1', { daysAfterQuarterEnd: 1.5 }), {
      code: 'period.invalid_due_rule',
    });
  });

  test('a due day ends at midnight in the city’s time zone', () => {
    assert.equal(dueInstant('2024-04-05', CHINA).toISOString(), '2024-04-05T16:00:00.000Z');
  });

  test('a filing on the due day is on time; one after midnight Beijing time is late', () => {
    const dueOn = '2024-04-05';
    assert.equal(isLate({ dueOn, at: new Date('2024-04-05T15:59:59Z'), utcOffsetMinutes: CHINA }), false);
    assert.equal(isLate({ dueOn, at: new Date('2024-04-05T16:00:00Z'), utcOffsetMinutes: CHINA }), true);
  });
});
