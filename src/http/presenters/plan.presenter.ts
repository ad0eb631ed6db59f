// Plan records -> the API's plan, period and task shapes (ISO dates, units as references).
import type { z } from 'zod';
import type { IsoDate } from '../../core/period/period.ts';
import { PERIOD_PHASE_LABELS, periodPhase } from '../../core/period/period-phase.ts';
import { holdsOn } from '../../core/unit/directory.ts';
import type { TaskDetail, TaskWithUnits } from '../../services/plans/plan-tasks.queries.ts';
import type { PlanOverview } from '../../services/plans/plans.queries.ts';
import type { PeriodRecord, PlanRecord } from '../../services/plans/plans.types.ts';
import type {
  PeriodSchema,
  PlanOverviewSchema,
  PlanSchema,
  PlanTaskSchema,
  TaskDetailSchema,
  TaskSchema,
} from '../../contracts/plan.schema.ts';

export function presentPlan(plan: PlanRecord & { taskCount: number }): z.output<typeof PlanSchema> {
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    issuer: plan.issuer,
    publishedAt: plan.publishedAt,
    deadline: plan.deadline,
    cadence: plan.cadence,
    hotline: plan.hotline,
    announcedTaskCount: plan.announcedTaskCount,
    state: plan.state,
    dueDaysAfterQuarterEnd: plan.dueDaysAfterQuarterEnd,
    source: { format: plan.sourceFormat, fileName: plan.sourceFileName, encoding: plan.sourceEncoding },
    importedAt: plan.importedAt.toISOString(),
    taskCount: plan.taskCount,
  };
}

/** The period's state on `today` (the city's date): 未开始 / 填报中 / 已截止 / 已关闭. */
export function presentPeriod(period: PeriodRecord, today: IsoDate): z.output<typeof PeriodSchema> {
  const { key, opensOn, dueOn, closedAt } = period;
  const state = periodPhase(period, today);
  return {
    key,
    opensOn,
    dueOn,
    state,
    stateLabel: PERIOD_PHASE_LABELS[state],
    closedAt: closedAt?.toISOString() ?? null,
  };
}

export function presentOverview(overview: PlanOverview, today: IsoDate): z.output<typeof PlanOverviewSchema> {
  return {
    plan: presentPlan({ ...overview.plan, taskCount: overview.counts.tasks }),
    structure: overview.structure.map(({ id, parentId, kind, number, title, path, taskCount }) => ({
      id,
      parentId,
      kind,
      number,
      title,
      path,
      taskCount,
    })),
    periods: overview.periods.map((period) => presentPeriod(period, today)),
    counts: overview.counts,
  };
}

export function presentTask(task: TaskWithUnits): z.output<typeof TaskSchema> {
  const ref = ({ unitId, name, kind }: TaskWithUnits['leadUnits'][number]) => ({ id: unitId, name, kind });
  return {
    id: task.id,
    seq: task.seq,
    path: task.path,
    text: task.text,
    leadUnits: task.leadUnits.map(ref),
    responsibleUnits: task.responsibleUnits.map(ref),
    assignment: task.assignmentCertainty,
    confirmed: task.assignmentCertainty === 'certain' || task.assignmentConfirmedAt !== null,
    complete: task.complete,
    indicatorCount: task.indicatorCount,
    leaderName: task.leaderName,
  };
}

/** A task of the plan's list, with its quarter plans. */
export function presentPlanTask(task: TaskWithUnits): z.output<typeof PlanTaskSchema> {
  return { ...presentTask(task), milestones: presentMilestones(task.milestones) };
}

const presentMilestones = (milestones: TaskWithUnits['milestones']) =>
  milestones.map(({ quarter, text }) => ({ quarter, text }));

export function presentTaskDetail(detail: TaskDetail): z.output<typeof TaskDetailSchema> {
  return {
    asOf: detail.asOf,
    carriedFrom: detail.carriedFrom,
    task: presentTask(detail.task),
    milestones: presentMilestones(detail.task.milestones),
    indicators: detail.indicators.map(
      ({ id, position, metric, targetValue, unit, comparator, stretch, raw }) => ({
        id,
        position,
        metric,
        targetValue,
        unit,
        comparator,
        stretch,
        raw,
      }),
    ),
    assignments: detail.history.map((a) => ({
      id: a.id,
      unitId: a.unitId,
      unitName: a.unitName,
      role: a.role,
      position: a.position,
      validFrom: a.validFrom,
      validTo: a.validTo,
      source: a.source,
      reason: a.reason,
      current: holdsOn(a, detail.asOf),
    })),
  };
}
