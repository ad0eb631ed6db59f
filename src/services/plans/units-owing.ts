// The units that owe a task's reports on a date, groups expanded to their members. The reporting
// loop calls this inside its own transactions, so it takes repositories rather than a store. The
// answer for a whole plan on a date is worked out once per version of the reference data.
import { unitsOwing, type OwingRole } from '../../core/plan/owing.ts';
import { holdsOn, nameOn, unitsById } from '../../core/unit/directory.ts';
import type { UnitOnDate } from '../../core/unit/unit.types.ts';
import { readReference, type Reference } from '../reference/reference-cache.ts';
import type { Repositories } from '../store.ts';
import type { AssignmentRecord } from './plans.types.ts';

export interface OwingUnit {
  taskId: number;
  unitId: number;
  /** The unit's name on the date. */
  name: string;
  role: OwingRole;
  /** The group the task names, when the unit owes as one of its members; null when named directly. */
  viaGroup: { id: number; name: string } | null;
}

export interface EmptyGroup {
  taskId: number;
  unitId: number;
  name: string;
}

export interface Owing {
  units: OwingUnit[];
  /** Groups assigned to a task without members on the date (…成员单位 not yet filled in): nobody reports for them. */
  emptyGroups: EmptyGroup[];
}

interface PlanOwing {
  /** Task ids in task number order. */
  taskIds: number[];
  byTask: Map<number, Owing>;
  /** Assignment rows holding on the date, by task. */
  holding: Map<number, AssignmentRecord[]>;
  directory: UnitOnDate[];
}

/** One task; `asOf` is an ISO date (the reporting loop uses the period's due date). */
export async function findUnitsOwingTask(input: {
  repos: Repositories;
  taskId: number;
  asOf: string;
  reference?: Reference;
}): Promise<Owing> {
  const task = await input.repos.tasks.findById(input.taskId);
  if (!task) return { units: [], emptyGroups: [] };
  return findUnitsOwingInPlan({ ...input, planId: task.planId });
}

/**
 * Every task of a plan (or one of them, or those one unit owes), in task order. With `unitId`,
 * only that unit's share of the tasks naming it or a group it belongs to on the date.
 */
export async function findUnitsOwingInPlan(input: {
  repos: Repositories;
  planId: number;
  asOf: string;
  taskId?: number;
  unitId?: number;
  /** The app's cached reference; without it, one read for this answer alone. */
  reference?: Reference;
}): Promise<Owing> {
  const { planId, asOf, taskId, unitId } = input;
  const reference = input.reference ?? (await readReference(input.repos));
  const plan = await planOwing(reference, planId, asOf);
  const taskIds = taskId === undefined ? plan.taskIds : plan.byTask.has(taskId) ? [taskId] : [];
  if (unitId === undefined) {
    const picked = taskIds.map((id) => plan.byTask.get(id) ?? { units: [], emptyGroups: [] });
    return { units: picked.flatMap((o) => o.units), emptyGroups: picked.flatMap((o) => o.emptyGroups) };
  }
  if (taskId !== undefined) return unitShare(plan, taskIds, unitId);
  // A unit's whole share (its worklist) is asked for on every visit: worked out once per version.
  const share = await reference.memo(`owing:${planId}:${asOf}:unit:${unitId}`, () =>
    Promise.resolve(unitShare(plan, taskIds, unitId)),
  );
  return { units: [...share.units], emptyGroups: [...share.emptyGroups] };
}

/** Only the unit's part of the tasks: tasks naming it or a group it belongs to on the date. */
function unitShare(plan: PlanOwing, taskIds: readonly number[], unitId: number): Owing {
  const picked = taskIds.map((id) => plan.byTask.get(id) ?? { units: [], emptyGroups: [] });
  const unitIds = new Set([unitId, ...groupsHolding(plan.directory, unitId)]);
  const named = (id: number) => (plan.holding.get(id) ?? []).some((a) => unitIds.has(a.unitId));
  return {
    units: picked.flatMap((o) => o.units.filter((unit) => unit.unitId === unitId)),
    emptyGroups: taskIds.filter(named).flatMap((id) => plan.byTask.get(id)?.emptyGroups ?? []),
  };
}

function planOwing(reference: Reference, planId: number, asOf: string): Promise<PlanOwing> {
  return reference.memo(`owing:${planId}:${asOf}`, async () => {
    const { tasks, assignments } = await reference.plan(planId);
    const history = await reference.history();
    const directory = await reference.directoryOn(asOf);
    const names = new Map<number, string>();
    const name = (id: number) => {
      const known = names.get(id) ?? nameOn(history.versions, id, asOf);
      names.set(id, known);
      return known;
    };
    const holding = new Map<number, AssignmentRecord[]>();
    for (const assignment of assignments) {
      if (!holdsOn(assignment, asOf)) continue;
      holding.set(assignment.taskId, [...(holding.get(assignment.taskId) ?? []), assignment]);
    }
    const byTask = new Map<number, Owing>();
    const byId = unitsById(directory);
    for (const { id: taskId } of tasks) {
      const rows = (holding.get(taskId) ?? []).sort((a, b) => a.position - b.position || a.id - b.id);
      const { owing, emptyGroupIds } = unitsOwing(rows, byId);
      byTask.set(taskId, {
        units: owing.map(({ unitId, role, viaGroupId }) => ({
          taskId,
          unitId,
          name: name(unitId),
          role,
          viaGroup: viaGroupId === null ? null : { id: viaGroupId, name: name(viaGroupId) },
        })),
        emptyGroups: emptyGroupIds.map((unitId) => ({ taskId, unitId, name: name(unitId) })),
      });
    }
    return { taskIds: tasks.map((task) => task.id), byTask, holding, directory };
  });
}

/** The groups that hold the unit on the date, directly or through another group. */
function groupsHolding(directory: readonly UnitOnDate[], unitId: number): number[] {
  const byId = new Map(directory.map((unit) => [unit.id, unit]));
  const found = new Set<number>();
  const visit = (id: number) => {
    for (const groupId of byId.get(id)?.groupIds ?? []) {
      if (!found.has(groupId)) {
        found.add(groupId);
        visit(groupId);
      }
    }
  };
  visit(unitId);
  return [...found];
}
