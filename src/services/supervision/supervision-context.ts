// What supervision reads about a plan in one go: its rules, periods, tasks with indicators,
// extension requests and completion claims, and each unit's effective due date from them.
import type { Comparator, Indicator } from '../../core/plan/plan.types.ts';
import type { PeriodKey } from '../../core/period/period.ts';
import { formatPeriod, parsePeriod } from '../../core/period/period.ts';
import type { EffectiveDueDate, Extension } from '../../core/supervision/deadlines.ts';
import { effectiveDueDate } from '../../core/supervision/deadlines.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { IndicatorRecord, PeriodRecord, TaskRecord } from '../reports/reports.types.ts';
import type { Repositories } from '../store.ts';
import { loadPlanRules } from './plan-rules.usecases.ts';
import type { CompletionRecord, ExtensionRecord } from './supervision.types.ts';

export interface SupervisionContext {
  plan: PlanRecord;
  rules: PlanRules;
  /** The plan's periods in order. */
  periods: PeriodRecord[];
  tasks: Map<number, TaskRecord>;
  extensions: ExtensionRecord[];
  completions: CompletionRecord[];
}

export async function loadSupervisionContext(
  repos: Repositories,
  plan: PlanRecord,
): Promise<SupervisionContext> {
  // One query at a time: inside a transaction the repositories share one connection.
  const rules = await loadPlanRules(repos, plan.id);
  const periods = (await repos.plans.findPeriods(plan.id)).map((period): PeriodRecord => ({
    id: period.id,
    planId: period.planId,
    key: periodKey(period.key),
    opensOn: period.opensOn,
    dueOn: period.dueOn,
    state: period.state,
  }));
  periods.sort((a, b) => a.key.localeCompare(b.key));
  const tasks = new Map((await repos.reports.findTasks(plan.id)).map((task) => [task.id, task]));
  const extensions = await repos.extensions.findMany({ periodIds: periods.map((period) => period.id) });
  const completions = await repos.completions.findInPlan(plan.id);
  return { plan, rules, periods, tasks, extensions, completions };
}

function periodKey(key: string): PeriodKey {
  return formatPeriod(parsePeriod(key));
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

const COMPARATORS: readonly Comparator[] = ['ge', 'gt', 'approx', 'le', 'lt', 'eq'];

/** A stored indicator as the pace rules read it; one with an unknown comparator is left out. */
export function indicatorsOf(task: TaskRecord): { id: number; indicator: Indicator }[] {
  return task.indicators.flatMap((record: IndicatorRecord) => {
    const comparator = COMPARATORS.find((candidate) => candidate === record.comparator);
    if (comparator === undefined) return [];
    const { metric, targetValue: value, unit, raw } = record;
    return [{ id: record.id, indicator: { metric, value, unit, comparator, stretch: false, raw } }];
  });
}
