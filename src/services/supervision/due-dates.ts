// One unit's effective due date for a task in a period, for the reporting loop's late flag:
// the plan's date, moved by an approved extension and, if the calendar says so, off a day off.
import type { IsoDate } from '../../core/period/period.ts';
import type { PeriodRecord } from '../reports/reports.types.ts';
import type { Repositories } from '../store.ts';
import { loadPlanRules } from './plan-rules.usecases.ts';
import { dueDateFor } from './supervision-context.ts';

export async function effectiveDueOn(
  repos: Repositories,
  slot: { period: PeriodRecord; taskId: number; unitId: number },
): Promise<IsoDate> {
  const { period, taskId, unitId } = slot;
  const rules = await loadPlanRules(repos, period.planId);
  const extensions = await repos.extensions.findMany({ periodIds: [period.id], taskId, unitId });
  return dueDateFor({ rules, extensions }, { period, taskId, unitId }).dueOn;
}

/** Every task's due date for one unit in a period (worklists), reading rules and extensions once. */
export async function effectiveDueDates(
  repos: Repositories,
  slot: { period: PeriodRecord; unitId: number },
): Promise<(taskId: number) => IsoDate> {
  const { period, unitId } = slot;
  const rules = await loadPlanRules(repos, period.planId);
  const extensions = await repos.extensions.findMany({ periodIds: [period.id], unitId });
  return (taskId) => dueDateFor({ rules, extensions }, { period, taskId, unitId }).dueOn;
}
