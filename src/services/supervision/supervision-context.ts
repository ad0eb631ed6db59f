// What supervision reads about a plan in one go: its rules, periods, tasks with indicators,
// extension requests and completion claims. A unit's effective due date from them is
// reports/due-dates.ts (dueDateFor), which the reporting loop uses for the late flag too.
import type { Indicator } from '../../core/plan/plan.types.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import type { PeriodRecord, PlanRecord, TaskWithIndicators } from '../plans/plans.types.ts';
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

/** A stored indicator as the pace rules read it. */
export function indicatorsOf(task: TaskWithIndicators): { id: number; indicator: Indicator }[] {
  return task.indicators.map(({ id, metric, targetValue: value, unit, comparator, raw }) => ({
    id,
    indicator: { metric, value, unit, comparator, stretch: false, raw },
  }));
}
