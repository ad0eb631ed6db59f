// What supervision reads about a plan in one go: its rules, periods, tasks with indicators,
// extension requests and completion claims, and each unit's effective due date from them.
import type { Indicator } from '../../core/plan/plan.types.ts';
import type { EffectiveDueDate, Extension } from '../../core/supervision/deadlines.ts';
import { effectiveDueDate } from '../../core/supervision/deadlines.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import type { PeriodRecord, PlanRecord } from '../plans/plans.types.ts';
import type { TaskWithIndicators } from '../reports/reports.types.ts';
import type { Repositories } from '../store.ts';
import { loadPlanRules } from './plan-rules.usecases.ts';
import type { CompletionRecord, ExtensionRecord } from './supervision.types.ts';

export interface SupervisionContext {
  plan: PlanRecord;
  rules: PlanRules;
  /** The plan's periods in order. */
  periods: PeriodRecord[];
  tasks: Map<number, TaskWithIndicators>;
  extensions: ExtensionRecord[];
  completions: CompletionRecord[];
}

export async function loadSupervisionContext(
  repos: Repositories,
  plan: PlanRecord,
): Promise<SupervisionContext> {
  // One query at a time: inside a transaction the repositories share one connection.
  const rules = await loadPlanRules(repos, plan.id);
  const periods = await repos.plans.findPeriods(plan.id);
  periods.sort((a, b) => a.key.localeCompare(b.key));
  const tasks = new Map((await repos.reports.findTasks(plan.id)).map((task) => [task.id, task]));
  const extensions = await repos.extensions.findMany({ periodIds: periods.map((period) => period.id) });
  const completions = await repos.completions.findInPlan(plan.id);
  return { plan, rules, periods, tasks, extensions, completions };
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
  context: Pick<SupervisionContext, 'rules' | 'extensions'>,
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

/** A stored indicator as the pace rules read it. */
export function indicatorsOf(task: TaskWithIndicators): { id: number; indicator: Indicator }[] {
  return task.indicators.map(({ id, metric, targetValue: value, unit, comparator, raw }) => ({
    id,
    indicator: { metric, value, unit, comparator, stretch: false, raw },
  }));
}
