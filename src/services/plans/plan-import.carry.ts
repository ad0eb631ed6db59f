// Carrying the previous year's open tasks into a new plan: which may be carried (not verified
// complete by that year's end), and the writes that carry them with their units and origin.
import type { CarryCandidate } from '../../core/plan/import-carry.ts';
import { holdsOn, nameOn } from '../../core/unit/directory.ts';
import type { Repositories } from '../store.ts';
import type { NewAssignment, PlanRecord, TaskRecord } from './plans.types.ts';

export async function findCarryCandidates(
  repos: Repositories,
  year: number | null,
): Promise<CarryCandidate[]> {
  if (year === null) return [];
  const previous = await repos.plans.findByYear(year - 1);
  if (!previous) return [];
  const yearEnd = `${previous.year}-12-31`;
  const tasks = await repos.tasks.findByPlan(previous.id, { asOf: yearEnd });
  const completions = await repos.completions.findInPlan(previous.id);
  const done = new Set(
    completions
      .filter((c) => c.state === 'verified' && c.verifiedOn !== null && c.verifiedOn <= yearEnd)
      .map((c) => c.taskId),
  );
  const open = tasks.filter((task) => !done.has(task.id));
  const assignments = await repos.tasks.findAssignments(open.map((t) => t.id));
  const { versions } = await repos.units.loadHistory();
  return open.map((task) => {
    const held = assignments.filter((a) => a.taskId === task.id && holdsOn(a, yearEnd));
    const names = (role: string) =>
      held.filter((a) => a.role === role).map((a) => nameOn(versions, a.unitId, yearEnd));
    return {
      taskId: task.id,
      year: previous.year,
      seq: task.seq,
      text: task.text,
      leadUnits: names('lead'),
      responsibleUnits: names('responsible'),
    };
  });
}

/** New tasks after the plan's last number, each naming its origin, with the units holding it at year end. */
export async function writeCarriedTasks(
  repos: Repositories,
  input: {
    plan: PlanRecord;
    taskIds: readonly number[];
    firstSeq: number;
    startsOn: string;
    now: Date;
    accountId: number | null;
  },
): Promise<{ from: number; seq: number }[]> {
  if (input.taskIds.length === 0) return [];
  const originals = await repos.tasks.findByIds(input.taskIds);
  const yearEnd = `${input.plan.year - 1}-12-31`;
  const carried = await repos.tasks.insertMany(
    originals.map((task, i): Omit<TaskRecord, 'id'> => ({
      planId: input.plan.id,
      seq: input.firstSeq + i,
      structureNodeId: null,
      path: [],
      text: task.text,
      assignmentCertainty: 'certain',
      assignmentConfirmedAt: input.now,
      assignmentConfirmedBy: input.accountId,
      complete: true,
      sourceLine: null,
      leaderName: task.leaderName,
      // Last year's quarter plans do not hold for the year the task is carried into.
      milestones: [],
      carriedFromTaskId: task.id,
    })),
  );
  const assignments = await repos.tasks.findAssignments(originals.map((t) => t.id));
  const newIdOf = new Map(carried.map((task) => [task.carriedFromTaskId, task.id]));
  await repos.tasks.insertAssignments(
    assignments
      .filter((a) => holdsOn(a, yearEnd))
      .map((a): NewAssignment => ({
        taskId: newIdOf.get(a.taskId) ?? 0,
        unitId: a.unitId,
        role: a.role,
        position: a.position,
        validFrom: input.startsOn,
        validTo: null,
        source: 'carried',
        reason: `延续自${input.plan.year - 1}年度任务`,
        createdAt: input.now,
        createdBy: input.accountId,
      })),
  );
  return carried.map((task) => ({ from: task.carriedFromTaskId ?? 0, seq: task.seq }));
}
