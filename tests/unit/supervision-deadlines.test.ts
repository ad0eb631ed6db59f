import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { dueDate } from '../../src/core/period/period.ts';
import { isLate, daysLate } from '../../src/core/period/lateness.ts';
import type { Extension, WorkCalendar } from '../../src/core/supervision/deadlines.ts';
import {
  dayOfWeek,
  daysBetween,
  effectiveDueDate,
  localDate,
  nextWorkingDay,
} from '../../src/core/supervision/deadlines.ts';

const CHINA = 480;
const UNIT = 11;
const OTHER_UNIT = 12;
const COUNTIES = 900;
const TASK = 15;

/** 2024 National Day: 1–7 October off, Sunday 29 September and Saturday 12 October worked. */
const CALENDAR_2024: WorkCalendar = {
  shiftOffDays: true,
  holidays: [
    '2024-10-01',
    '2024-10-02',
    '2024-10-03',
    '2024-10-04',
    '2024-10-05',
    '2024-10-06',
    '2024-10-07',
  ],
  workdays: ['2024-09-29', '2024-10-12'],
};

function extension(overrides: Partial<Extension>): Extension {
  return {
    id: 1,
    unitId: UNIT,
    taskId: TASK,
    period: '2024-Q2',
    status: 'approved',
    newDueOn: '2024-07-20',
    ...overrides,
  };
}

const BASE = {
  baseDueOn: '2024-07-10',
  unitId: UNIT,
  taskId: TASK,
  period: '2024-Q2' as const,
  extensions: [],
};

describe('weekends and holidays', () => {
  test('a due date on a Saturday moves to the next Monday when the calendar rule is on', () => {
    const saturday = dueDate('2024-Q2', { daysAfterQuarterEnd: 6 });
    assert.equal(saturday, '2024-07-06');
    assert.equal(dayOfWeek(saturday), 6);
    const due = effectiveDueDate({ ...BASE, baseDueOn: saturday, calendar: CALENDAR_2024 });
    assert.equal(due.dueOn, '2024-07-08');
    assert.equal(due.shiftedFrom, '2024-07-06');
  });

  test('a due date on a Sunday moves to Monday', () => {
    assert.equal(nextWorkingDay('2024-07-07', CALENDAR_2024), '2024-07-08');
  });

  test('without the calendar rule a weekend due date stays where it is', () => {
    const due = effectiveDueDate({ ...BASE, baseDueOn: '2024-07-06' });
    assert.equal(due.dueOn, '2024-07-06');
    assert.equal(due.shiftedFrom, null);
    const off = effectiveDueDate({
      ...BASE,
      baseDueOn: '2024-07-06',
      calendar: { ...CALENDAR_2024, shiftOffDays: false },
    });
    assert.equal(off.dueOn, '2024-07-06');
  });

  test('a due date inside the National Day holiday moves past the whole holiday', () => {
    assert.equal(nextWorkingDay('2024-10-05', CALENDAR_2024), '2024-10-08');
  });

  test('a weekend made a working day (调休) keeps its due date', () => {
    assert.equal(nextWorkingDay('2024-10-12', CALENDAR_2024), '2024-10-12');
    assert.equal(nextWorkingDay('2024-09-29', CALENDAR_2024), '2024-09-29');
  });

  test('a working day is its own next working day', () => {
    assert.equal(nextWorkingDay('2024-07-10', CALENDAR_2024), '2024-07-10');
  });
});

describe('extensions (延期申请)', () => {
  test('an approved extension for the unit, task and period sets the due date', () => {
    const granted = extension({});
    const due = effectiveDueDate({ ...BASE, extensions: [granted] });
    assert.equal(due.dueOn, '2024-07-20');
    assert.equal(due.extension, granted);
    assert.equal(due.baseDueOn, '2024-07-10');
  });

  test('pending and rejected requests do not move the due date', () => {
    const requests = [extension({ status: 'pending' }), extension({ id: 2, status: 'rejected' })];
    assert.equal(effectiveDueDate({ ...BASE, extensions: requests }).dueOn, '2024-07-10');
  });

  test('an extension for another task, period or unit does not apply', () => {
    const others = [
      extension({ taskId: 16 }),
      extension({ id: 2, period: '2024-Q3' }),
      extension({ id: 3, unitId: OTHER_UNIT }),
    ];
    const due = effectiveDueDate({ ...BASE, extensions: others });
    assert.equal(due.dueOn, '2024-07-10');
    assert.equal(due.extension, null);
  });

  test('of two approved extensions the later date holds', () => {
    const extensions = [
      extension({ id: 1, newDueOn: '2024-07-25' }),
      extension({ id: 2, newDueOn: '2024-07-15' }),
    ];
    assert.equal(effectiveDueDate({ ...BASE, extensions }).dueOn, '2024-07-25');
  });

  test('an extension never brings a due date forward', () => {
    const due = effectiveDueDate({ ...BASE, extensions: [extension({ newDueOn: '2024-07-05' })] });
    assert.equal(due.dueOn, '2024-07-10');
    assert.equal(due.extension, null);
  });

  test('an extension granted to a group covers each member unit of the group', () => {
    const forGroup = extension({ unitId: COUNTIES });
    const member = effectiveDueDate({ ...BASE, groupIds: [COUNTIES], extensions: [forGroup] });
    assert.equal(member.dueOn, '2024-07-20');
    const outsider = effectiveDueDate({ ...BASE, unitId: OTHER_UNIT, extensions: [forGroup] });
    assert.equal(outsider.dueOn, '2024-07-10');
  });

  test('an extension granted to one member unit does not cover the other members', () => {
    const forOneMember = extension({ unitId: UNIT });
    const sibling = effectiveDueDate({
      ...BASE,
      unitId: OTHER_UNIT,
      groupIds: [COUNTIES],
      extensions: [forOneMember],
    });
    assert.equal(sibling.dueOn, '2024-07-10');
  });

  test('an extended date on a weekend moves to Monday as well', () => {
    const due = effectiveDueDate({
      ...BASE,
      extensions: [extension({ newDueOn: '2024-07-21' })],
      calendar: CALENDAR_2024,
    });
    assert.equal(due.dueOn, '2024-07-22');
    assert.equal(due.shiftedFrom, '2024-07-21');
  });
});

describe('lateness in whole days in the city’s time zone', () => {
  test('filing at 23:59:59 Beijing time on the due day is on time', () => {
    assert.equal(
      daysLate({ dueOn: '2024-07-10', at: new Date('2024-07-10T15:59:59Z'), utcOffsetMinutes: CHINA }),
      0,
    );
  });

  test('filing at 00:00 Beijing time the next day is one day late', () => {
    assert.equal(
      daysLate({ dueOn: '2024-07-10', at: new Date('2024-07-10T16:00:00Z'), utcOffsetMinutes: CHINA }),
      1,
    );
  });

  test('filing six calendar days after the due day is six days late', () => {
    assert.equal(
      daysLate({ dueOn: '2024-07-10', at: new Date('2024-07-16T03:00:00Z'), utcOffsetMinutes: CHINA }),
      6,
    );
  });

  test('filing early is never negative lateness', () => {
    assert.equal(
      daysLate({ dueOn: '2024-07-10', at: new Date('2024-07-01T00:00:00Z'), utcOffsetMinutes: CHINA }),
      0,
    );
  });

  test('the same instant can be a different date in UTC and in China', () => {
    const at = new Date('2024-07-10T20:00:00Z');
    assert.equal(localDate(at, 0), '2024-07-10');
    assert.equal(localDate(at, CHINA), '2024-07-11');
  });

  test('days between dates count calendar days across months and years', () => {
    assert.equal(daysBetween('2024-12-30', '2025-01-02'), 3);
    assert.equal(daysBetween('2024-03-01', '2024-02-28'), -2);
  });

  test('late by at least a day exactly when period.isLate says late', () => {
    const start = Date.UTC(2024, 6, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * 86_400 }),
        fc.integer({ min: -720, max: 840 }),
        (seconds, offset) => {
          const at = new Date(start + seconds * 1000);
          const late = daysLate({ dueOn: '2024-07-10', at, utcOffsetMinutes: offset });
          return late >= 1 === isLate({ dueOn: '2024-07-10', at, utcOffsetMinutes: offset });
        },
      ),
    );
  });

  test('an invalid date is refused with date.invalid', () => {
    assert.throws(() => daysBetween('2024-02-30', '2024-03-01'), { code: 'date.invalid', kind: 'invalid' });
  });
});
