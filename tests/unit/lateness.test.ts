import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CITY_UTC_OFFSET_MINUTES, cityDate } from '../../src/core/period/city-date.ts';
import { daysLate, isLate } from '../../src/core/period/lateness.ts';
import { addDays, dueInstant } from '../../src/core/period/period.ts';

const DUE = '2024-07-10';
const days = (at: string, extendedDueOn?: string | null) =>
  daysLate({ dueOn: DUE, at: new Date(at), extendedDueOn });
const late = (at: string, extendedDueOn?: string | null) =>
  isLate({ dueOn: DUE, at: new Date(at), extendedDueOn });

describe('one lateness rule, in the city’s time zone', () => {
  test('the city is UTC+8 and its date turns at 16:00 UTC', () => {
    assert.equal(CITY_UTC_OFFSET_MINUTES, 480);
    assert.equal(cityDate(new Date('2024-07-10T15:59:59.999Z')), '2024-07-10');
    assert.equal(cityDate(new Date('2024-07-10T16:00:00Z')), '2024-07-11');
  });

  test('an act on the due day itself is on time, from its first to its last city second', () => {
    assert.deepEqual([days('2024-07-09T16:00:00Z'), late('2024-07-09T16:00:00Z')], [0, false]);
    assert.deepEqual([days('2024-07-10T15:59:59.999Z'), late('2024-07-10T15:59:59.999Z')], [0, false]);
  });

  test('midnight in the city after the due day is one day late, though it is still the due day in UTC', () => {
    assert.deepEqual([days('2024-07-10T16:00:00Z'), late('2024-07-10T16:00:00Z')], [1, true]);
    assert.equal(days('2024-07-11T15:59:59Z'), 1);
    assert.equal(days('2024-07-11T16:00:00Z'), 2);
  });

  test('an act before the due day is never negatively late', () => {
    assert.deepEqual([days('2024-07-01T00:00:00Z'), late('2024-07-01T00:00:00Z')], [0, false]);
  });

  test('a granted extension is the due day: on time through its last city second, late from the next midnight', () => {
    assert.deepEqual(
      [days('2024-07-14T15:59:59Z', '2024-07-14'), late('2024-07-14T15:59:59Z', '2024-07-14')],
      [0, false],
    );
    assert.deepEqual(
      [days('2024-07-14T16:00:00Z', '2024-07-14'), late('2024-07-14T16:00:00Z', '2024-07-14')],
      [1, true],
    );
  });

  test('an extension earlier than the due date, or none, leaves the plan’s date', () => {
    assert.equal(days('2024-07-10T12:00:00Z', '2024-07-01'), 0);
    assert.equal(days('2024-07-12T12:00:00Z', '2024-07-01'), 2);
    assert.equal(days('2024-07-12T12:00:00Z', null), 2);
  });

  test('an extension that is not a date is refused, not ignored', () => {
    assert.throws(() => days('2024-07-12T12:00:00Z', '2024-02-30'), /date/);
  });

  test('late exactly when at or after the instant the (extended) due day ends in the city', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }),
        fc.integer({ min: -3, max: 5 }),
        (ms, extra) => {
          const at = new Date(ms);
          const extendedDueOn = extra > 0 ? addDays(DUE, extra) : null;
          const ends = dueInstant(extendedDueOn ?? DUE, CITY_UTC_OFFSET_MINUTES).getTime();
          assert.equal(isLate({ dueOn: DUE, at, extendedDueOn }), ms >= ends);
          assert.equal(
            isLate({ dueOn: DUE, at, extendedDueOn }),
            daysLate({ dueOn: DUE, at, extendedDueOn }) > 0,
          );
        },
      ),
    );
  });
});
