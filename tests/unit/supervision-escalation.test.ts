import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EscalationInput } from '../../src/core/supervision/escalation.ts';
import { DEFAULT_ESCALATION, dueNotices, noticeKey } from '../../src/core/supervision/escalation.ts';
import { isPast } from '../../src/services/supervision/escalation-tick.ts';
import type { PeriodRecord } from '../../src/services/plans/plans.types.ts';

const CHINA = 480;
/** 10:00 Beijing time on a day of July 2024. */
const july = (day: number): Date => new Date(Date.UTC(2024, 6, day, 2));

function input(overrides: Partial<EscalationInput> = {}): EscalationInput {
  return {
    taskId: 15,
    unitId: 11,
    period: '2024-Q2',
    dueOn: '2024-07-10',
    now: july(1),
    utcOffsetMinutes: CHINA,
    filed: false,
    ...overrides,
  };
}

const keysAt = (day: number, overrides: Partial<EscalationInput> = {}): string[] =>
  dueNotices(input({ now: july(day), ...overrides })).map((notice) => notice.key);

describe('stages', () => {
  test('nothing is due more than three days before the due date', () => {
    assert.deepEqual(keysAt(6), []);
  });

  test('a reminder is due from three days before the due date to the due day itself', () => {
    for (const day of [7, 10]) assert.deepEqual(keysAt(day), ['reminder:15:11:2024-Q2:1'], `7-${day}`);
    const [reminder] = dueNotices(input({ now: july(8) }));
    assert.equal(reminder?.dueFrom, '2024-07-07');
    assert.equal(reminder?.message, '二季度填报将于2024-07-10截止,请按时报送');
  });

  test('催办 is due the day after the due date, and the reminder has lapsed', () => {
    assert.deepEqual(keysAt(11), ['urge:15:11:2024-Q2:1']);
  });

  test('督办单 level 1 follows at five days overdue and level 2 at ten, each alone: the highest stage reached', () => {
    assert.deepEqual(keysAt(15), ['supervision_order:15:11:2024-Q2:1']);
    assert.deepEqual(keysAt(20), ['supervision_order:15:11:2024-Q2:2']);
  });

  test('every escalation says how many days late the input truly is', () => {
    assert.deepEqual(
      [11, 15, 40].map((day) => dueNotices(input({ now: july(day) }))[0]?.message),
      [
        '二季度填报截止2024-07-10,已逾期1天,请立即报送',
        '二季度填报截止2024-07-10,已逾期5天,下发督办单',
        '二季度填报截止2024-07-10,已逾期30天,升级督办',
      ],
    );
  });

  test('a filed input needs no notice at any stage', () => {
    for (const day of [8, 11, 20]) assert.deepEqual(keysAt(day, { filed: true }), []);
  });

  test('the day is the city’s day: 00:30 Beijing time after the due day is already overdue', () => {
    const keys = dueNotices(input({ now: new Date('2024-07-10T16:30:00Z') })).map((notice) => notice.kind);
    assert.deepEqual(keys, ['urge']);
  });

  test('the stages follow the configuration', () => {
    const config = { remindDaysBefore: 0, urgeDaysOverdue: 2, supervisionOrderDaysOverdue: [3, 4] as const };
    assert.deepEqual(keysAt(9, { config }), []);
    assert.deepEqual(keysAt(11, { config }), []);
    assert.deepEqual(
      dueNotices(input({ now: july(14), config })).map((notice) => `${notice.kind}/${notice.level}`),
      ['supervision_order/2'],
    );
  });
});

describe('idempotency', () => {
  test('the key names kind, task, unit, period and level', () => {
    assert.equal(
      noticeKey({ kind: 'supervision_order', taskId: 15, unitId: 11, period: '2024-Q2', level: 2 }),
      'supervision_order:15:11:2024-Q2:2',
    );
  });

  test('the same situation yields the same keys every time', () => {
    assert.deepEqual(keysAt(20), keysAt(20));
  });

  test('keys already sent are left out', () => {
    const sentKeys = new Set(keysAt(11));
    assert.deepEqual(keysAt(15, { sentKeys }), ['supervision_order:15:11:2024-Q2:1']);
  });

  test('a scheduler run every day, restarting in between, sends each notice exactly once and in order', () => {
    const sent: string[] = [];
    for (let day = 1; day <= 31; day += 1) {
      // A restart keeps only what was recorded as sent: rebuild the set from the log every run.
      const sentKeys = new Set(sent);
      for (const notice of dueNotices(input({ now: july(day), sentKeys }))) sent.push(notice.key);
      for (const notice of dueNotices(input({ now: july(day), sentKeys: new Set(sent) })))
        sent.push(notice.key);
    }
    assert.deepEqual(sent, [
      'reminder:15:11:2024-Q2:1',
      'urge:15:11:2024-Q2:1',
      'supervision_order:15:11:2024-Q2:1',
      'supervision_order:15:11:2024-Q2:2',
    ]);
  });

  test('a scheduler first seeing an input two weeks overdue sends one notice, the stage reached, and no stale reminder', () => {
    assert.deepEqual(
      dueNotices(input({ now: july(25) })).map((notice) => `${notice.kind}/${notice.level}`),
      ['supervision_order/2'],
    );
    assert.deepEqual(keysAt(26, { sentKeys: new Set(keysAt(25)) }), []);
  });

  test('keys differ between units and periods, so one unit’s notice never blocks another’s', () => {
    const a = keysAt(11);
    const b = keysAt(11, { unitId: 12 });
    const c = dueNotices(input({ period: '2024-Q3', dueOn: '2024-07-10', now: july(11) })).map((n) => n.key);
    assert.notDeepEqual(a, b);
    assert.notDeepEqual(a, c);
  });
});

describe('configuration', () => {
  test('the defaults remind 3 days before, urge the day after, and order at 5 and 10 days', () => {
    assert.deepEqual(DEFAULT_ESCALATION, {
      remindDaysBefore: 3,
      urgeDaysOverdue: 1,
      supervisionOrderDaysOverdue: [5, 10],
    });
  });

  test('escalation levels out of order are refused', () => {
    const config = { remindDaysBefore: 3, urgeDaysOverdue: 1, supervisionOrderDaysOverdue: [10, 5] as const };
    assert.throws(() => dueNotices(input({ config })), {
      code: 'escalation.invalid_config',
      kind: 'invalid',
    });
  });
});

describe('past quarters', () => {
  const period = (key: string, dueOn: string): PeriodRecord => ({
    id: Number(key.slice(-1)),
    planId: 1,
    key: key as PeriodRecord['key'],
    opensOn: `${key.slice(0, 4)}-01-01`,
    dueOn,
    state: 'scheduled',
    closedAt: null,
  });
  const periods = [period('2024-Q1', '2024-04-05'), period('2024-Q2', '2024-07-05')];

  test('a quarter is past once a later quarter’s due date has passed, and escalation never back-fills it', () => {
    const [q1, q2] = periods;
    assert.ok(q1 && q2);
    assert.equal(isPast(q1, periods, new Date('2024-07-05T02:00:00Z')), false);
    assert.equal(isPast(q1, periods, new Date('2024-07-06T02:00:00Z')), true);
    assert.equal(isPast(q2, periods, new Date('2024-10-05T02:00:00Z')), false);
  });

  test('the plan’s last quarter is past a quarter’s length after its due date, so a past year stops escalating', () => {
    const [, q2] = periods;
    assert.ok(q2);
    assert.equal(isPast(q2, periods, new Date('2024-10-05T02:00:00Z')), false, 'due 07-05 + 92 days');
    assert.equal(isPast(q2, periods, new Date('2024-10-06T02:00:00Z')), true);
    assert.equal(isPast(q2, periods, new Date('2026-12-06T02:00:00Z')), true);
  });
});
