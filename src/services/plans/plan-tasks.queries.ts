// A plan's tasks with the units assigned on a date, filtered by unit, structure and words;
// one task with its indicators and every assignment it has had.
import { notFound } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { directoryOn, findByName, holdsOn, nameOn } from '../../core/unit/directory.ts';
import type { DirectoryHistory, UnitOnDate } from '../../core/unit/unit.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { getPlanByYear, planAsOf } from './plans.queries.ts';
import type { AssignmentRecord, IndicatorRecord, PlanRecord, TaskFilter, TaskRecord } from './plans.types.ts';

export interface AssignedUnit {
  unitId: number;
  name: string;
  kind: string;
}

export interface TaskWithUnits extends TaskRecord {
  leadUnits: AssignedUnit[];
  responsibleUnits: AssignedUnit[];
  indicatorCount: number;
}

export interface TaskQuery {
  /** A unit's id or name: its tasks, including those given to a group it belongs to. */
  unit?: string;
  /** Structure numbers joined by '.' or '/', e.g. '二.一'. */
  section?: string;
  /** Words in the task's text. */
  q?: string;
  asOf?: string;
}

export async function findPlanTasks(
  input: { actor: Actor; store: Store; clock: Clock; year: number } & TaskQuery,
): Promise<{ plan: PlanRecord; asOf: string; tasks: TaskWithUnits[] }> {
  assertCan(input.actor, 'plan.read');
  const { repos } = input.store;
  const plan = await getPlanByYear(repos, input.year);
  const asOf = planAsOf(plan.year, input.asOf, input.clock);
  const history = await repos.units.loadHistory();
  const directory = directoryOn(history, asOf);
  const filter: TaskFilter = { asOf };
  if (input.unit !== undefined) filter.unitIds = unitAndGroups(directory, input.unit);
  if (input.section !== undefined) filter.pathPrefix = input.section.split(/[./]/).filter(Boolean);
  if (input.q !== undefined && input.q.trim() !== '') filter.text = input.q.trim();
  const tasks = await repos.tasks.findByPlan(plan.id, filter);
  const ids = tasks.map((task) => task.id);
  const assignments = await repos.tasks.findAssignments(ids);
  const indicators = await repos.tasks.findIndicators(ids);
  return {
    plan,
    asOf,
    tasks: tasks.map((task) => withUnits(task, { assignments, indicators, history, asOf })),
  };
}

function unitAndGroups(directory: readonly UnitOnDate[], written: string): number[] {
  const unit = /^\d+$/.test(written)
    ? directory.find((u) => u.id === Number(written))
    : findByName(directory, written);
  if (!unit) throw notFound('unit.not_found', `no unit '${written}' on that date`, { unit: written });
  const byId = new Map(directory.map((u) => [u.id, u]));
  const result = new Set<number>();
  const visit = (id: number) => {
    if (result.has(id)) return;
    result.add(id);
    for (const groupId of byId.get(id)?.groupIds ?? []) visit(groupId);
  };
  visit(unit.id);
  return [...result];
}

function withUnits(
  task: TaskRecord,
  context: {
    assignments: AssignmentRecord[];
    indicators: IndicatorRecord[];
    history: DirectoryHistory;
    asOf: string;
  },
): TaskWithUnits {
  const { history, asOf } = context;
  const holding = context.assignments.filter((a) => a.taskId === task.id && holdsOn(a, asOf));
  const unit = (a: AssignmentRecord): AssignedUnit => ({
    unitId: a.unitId,
    name: nameOn(history.versions, a.unitId, asOf),
    kind: kindOn(history, a.unitId, asOf),
  });
  const byPosition = (a: AssignmentRecord, b: AssignmentRecord) => a.position - b.position || a.id - b.id;
  return {
    ...task,
    leadUnits: holding
      .filter((a) => a.role === 'lead')
      .sort(byPosition)
      .map(unit),
    responsibleUnits: holding
      .filter((a) => a.role === 'responsible')
      .sort(byPosition)
      .map(unit),
    indicatorCount: context.indicators.filter((i) => i.taskId === task.id).length,
  };
}

function kindOn(history: DirectoryHistory, unitId: number, date: string): string {
  const own = history.versions.filter((v) => v.unitId === unitId);
  return (own.find((v) => holdsOn(v, date)) ?? own.at(-1))?.kind ?? 'unknown';
}

export interface TaskDetail {
  plan: PlanRecord;
  asOf: string;
  task: TaskWithUnits;
  indicators: IndicatorRecord[];
  /** Every assignment row, past, current and scheduled, with the unit's name on its first day. */
  history: (AssignmentRecord & { unitName: string })[];
  /** The previous year's task this one carries on, by year and number. */
  carriedFrom: { year: number; seq: number } | null;
}

export async function getPlanTask(input: {
  actor: Actor;
  store: Store;
  clock: Clock;
  year: number;
  seq: number;
  asOf?: string;
}): Promise<TaskDetail> {
  assertCan(input.actor, 'plan.read');
  const { repos } = input.store;
  const plan = await getPlanByYear(repos, input.year);
  const task = await repos.tasks.findBySeq(plan.id, input.seq);
  if (!task)
    throw notFound('task.not_found', `plan ${plan.year} has no task ${input.seq}`, {
      year: plan.year,
      seq: input.seq,
    });
  const asOf = planAsOf(plan.year, input.asOf, input.clock);
  const assignments = await repos.tasks.findAssignments([task.id]);
  const indicators = await repos.tasks.findIndicators([task.id]);
  const history = await repos.units.loadHistory();
  return {
    plan,
    asOf,
    task: withUnits(task, { assignments, indicators, history, asOf }),
    indicators,
    history: assignments.map((a) => ({ ...a, unitName: nameOn(history.versions, a.unitId, a.validFrom) })),
    carriedFrom: await originOf(repos, task),
  };
}

async function originOf(
  repos: Repositories,
  task: TaskRecord,
): Promise<{ year: number; seq: number } | null> {
  if (task.carriedFromTaskId === null) return null;
  const origin = await repos.tasks.findById(task.carriedFromTaskId);
  const plan = origin && (await repos.plans.findAll()).find((p) => p.id === origin.planId);
  return origin && plan ? { year: plan.year, seq: origin.seq } : null;
}
