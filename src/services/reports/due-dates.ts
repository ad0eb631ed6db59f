// One unit's effective due date for a task in a period, for the reporting loop's late flag:
// the plan's date, moved by an approved extension and, if the calendar says so, off a day off.
// Rules and extension requests come from the cached reference.
import type { IsoDate } from '../../core/period/period.ts';
import type { EffectiveDueDate, Extension } from '../../core/supervision/deadlines.ts';
import { effectiveDueDate } from '../../core/supervision/deadlines.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import type { ExtensionRecord } from '../supervision/supervision.types.ts';
import { readReference, type Reference } from '../reference/reference-cache.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';

export async function effectiveDueOn(
  repos: Repositories,
  slot: { period: PeriodRecord; taskId: number; unitId: number; reference?: Reference },
): Promise<IsoDate> {
  return (await effectiveDueDates(repos, slot))(slot.taskId);
}

/** Every task's due date for one unit in a period (worklists), reading rules and extensions once. */
export async function effectiveDueDates(
  repos: Repositories,
  slot: { period: PeriodRecord; unitId: number; reference?: Reference },
): Promise<(taskId: number) => IsoDate> {
  const { period, unitId } = slot;
  const reference = slot.reference ?? (await readReference(repos));
  const rules = await reference.rules(period.planId);
  const extensions = (await reference.extensions(period.id)).filter((request) => request.unitId === unitId);
  return (taskId) => dueDateFor({ rules, extensions }, { period, taskId, unitId }).dueOn;
}

/** Approved requests in the shape the deadline rules read. */
export function coreExtensions(extensions: readonly ExtensionRecord[]): Extension[] {
  return extensions.flatMap((extension) =>
    extension.status === 'approved'
      ? [
          {
            id: extension.id,
            unitId: extension.unitId,
            taskId: extension.taskId,
            period: extension.period,
            status: extension.status,
            newDueOn: extension.grantedDueOn ?? extension.requestedDueOn,
          },
        ]
      : [],
  );
}

/** The unit's due date for the task in the period: the plan's, extended, then off weekends if the calendar says so. */
export function dueDateFor(
  context: { rules: PlanRules; extensions: readonly ExtensionRecord[] },
  slot: { period: PeriodRecord; taskId: number; unitId: number; groupIds?: readonly number[] },
): EffectiveDueDate {
  return effectiveDueDate({
    baseDueOn: slot.period.dueOn,
    unitId: slot.unitId,
    groupIds: slot.groupIds ?? [],
    taskId: slot.taskId,
    period: slot.period.key,
    extensions: coreExtensions(context.extensions),
    calendar: context.rules.calendar,
  });
}
