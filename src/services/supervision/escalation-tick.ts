// One pass of reminders and escalation: for every owed filing of the open periods that has not
// reached the office, the notices the escalation rules call for now, recorded as items of each
// unit's digest of the day. Each item has its key (a key recorded before is skipped), so passes
// can repeat and restart without resending.
import { CITY_UTC_OFFSET_MINUTES, cityDate } from '../../core/period/city-date.ts';
import { addDays } from '../../core/period/period.ts';
import { dueNotices } from '../../core/supervision/escalation.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
import type { Repositories, Store } from '../store.ts';
import type { SupervisionContext } from './supervision-context.ts';
import { loadSupervisionContext } from './supervision-context.ts';
import { dueDateFor } from '../reports/due-dates.ts';
import type { DueItem } from '../notifications/digest-record.ts';
import { recordDigest } from '../notifications/digest-record.ts';

export { SCHEDULER_ACTOR } from '../notifications/digest-record.ts';

/** Not closed, and its filing window has opened. */
export function isOpen(period: PeriodRecord, now: Date): boolean {
  return period.state !== 'closed' && period.opensOn <= cityDate(now);
}

/** How long after its due date a quarter with no later one in its plan (the year's last) stays current. */
export const LAST_QUARTER_CURRENT_DAYS = 92;

/**
 * A later quarter's due date has passed, or (for the plan's last quarter) a quarter's length has
 * passed since its own: the quarter is history. Escalation never back-fills it (a server started
 * late, or a plan imported late, starts from the current quarter), and a past year's plan whose last
 * quarter the office never closed stops urging its units.
 */
export function isPast(period: PeriodRecord, periods: readonly PeriodRecord[], now: Date): boolean {
  const today = cityDate(now);
  if (addDays(period.dueOn, LAST_QUARTER_CURRENT_DAYS) < today) return true;
  return periods.some((other) => other.key > period.key && other.dueOn < today);
}

export async function recordDueNotices(input: {
  store: Store;
  now: Date;
  /** The least time between a unit's chat digest and its follow-up; DEFAULT_FOLLOW_UP_MS if not given. */
  followUpMs?: number;
}): Promise<{ recorded: number; orders: number }> {
  const { repos } = input.store;
  const byUnit = new Map<number, DueItem[]>();
  for (const plan of await repos.plans.findAll()) {
    const context = await loadSupervisionContext(repos, plan);
    const current = context.periods.filter(
      (candidate) => isOpen(candidate, input.now) && !isPast(candidate, context.periods, input.now),
    );
    for (const period of current) {
      for (const item of await dueItems(repos, context, period, input.now)) {
        const list = byUnit.get(item.notice.unitId) ?? [];
        list.push(item);
        byUnit.set(item.notice.unitId, list);
      }
    }
  }
  const totals = { recorded: 0, orders: 0 };
  for (const [unitId, items] of byUnit) {
    const added = await input.store.transaction((tx) =>
      recordDigest(tx, {
        unitId,
        items,
        now: input.now,
        ...(input.followUpMs === undefined ? {} : { followUpMs: input.followUpMs }),
      }),
    );
    totals.recorded += added.recorded;
    totals.orders += added.orders;
  }
  return totals;
}

async function dueItems(
  repos: Repositories,
  context: SupervisionContext,
  period: PeriodRecord,
  now: Date,
): Promise<DueItem[]> {
  const owing = await findUnitsOwing(repos, { period });
  const facts = await repos.supervisionFacts.findFilingFacts([period.id]);
  const filed = new Set(
    facts
      .filter((fact) => fact.firstSignedOffAt !== null)
      .map((fact) => `${fact.taskId}:${fact.unitId}:${fact.kind}`),
  );
  const sentKeys = await repos.notifications.findKeys(period.id);
  return owing.flatMap((unit) => {
    const groupIds = unit.viaGroup ? [unit.viaGroup.id] : [];
    const due = dueDateFor(context, { period, taskId: unit.taskId, unitId: unit.unitId, groupIds });
    return dueNotices({
      taskId: unit.taskId,
      unitId: unit.unitId,
      period: period.key,
      dueOn: due.dueOn,
      now,
      utcOffsetMinutes: CITY_UTC_OFFSET_MINUTES,
      filed: filed.has(`${unit.taskId}:${unit.unitId}:${kindFor(unit.role)}`),
      config: context.rules.escalation,
      sentKeys,
    }).map((notice) => ({ context, period, notice, dueOn: due.dueOn, unitName: unit.name }));
  });
}
