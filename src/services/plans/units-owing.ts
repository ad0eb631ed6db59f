// The units that owe a task's reports on a date, groups expanded to their members. The reporting
// loop calls this inside its own transactions, so it takes repositories rather than a store.
import { unitsOwing, type OwingRole } from '../../core/plan/owing.ts';
import { directoryOn, holdsOn, nameOn } from '../../core/unit/directory.ts';
import type { DirectoryHistory, UnitOnDate } from '../../core/unit/unit.types.ts';
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

/** One task; `asOf` is an ISO date (the reporting loop uses the period's due date). */
export function findUnitsOwingTask(input: {
  repos: Repositories;
  taskId: number;
  asOf: string;
}): Promise<Owing> {
  return owingFor(input.repos, { taskIds: [input.taskId], asOf: input.asOf });
}

/**
 * Every task of a plan (or one of them, or those one unit owes), in task order, with one read of
 * the directory. With `unitId`, only that unit's share: the tasks naming it or a group it belongs
 * to on the date are the only ones worked out.
 */
export async function findUnitsOwingInPlan(input: {
  repos: Repositories;
  planId: number;
  asOf: string;
  taskId?: number;
  unitId?: number;
}): Promise<Owing> {
  const { repos, planId, asOf, taskId, unitId } = input;
  // One query at a time: inside a transaction the repositories share one connection.
  const history = await repos.units.loadHistory();
  const directory = directoryOn(history, asOf);
  const unitIds = unitId === undefined ? undefined : [unitId, ...groupsHolding(directory, unitId)];
  const taskIds =
    taskId === undefined
      ? (await repos.tasks.findByPlan(planId, { asOf, ...(unitIds ? { unitIds } : {}) })).map(
          (task) => task.id,
        )
      : (await repos.tasks.findById(taskId))?.planId === planId
        ? [taskId]
        : [];
  const owing = await owingFor(repos, { history, directory, taskIds, asOf });
  if (unitId === undefined) return owing;
  return {
    units: owing.units.filter((unit) => unit.unitId === unitId),
    emptyGroups: owing.emptyGroups,
  };
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

async function owingFor(
  repos: Repositories,
  input: { history?: DirectoryHistory; directory?: UnitOnDate[]; taskIds: readonly number[]; asOf: string },
): Promise<Owing> {
  const { taskIds, asOf } = input;
  if (taskIds.length === 0) return { units: [], emptyGroups: [] };
  const history = input.history ?? (await repos.units.loadHistory());
  const assignments = await repos.tasks.findAssignments(taskIds);
  const directory = input.directory ?? directoryOn(history, asOf);
  const names = new Map<number, string>();
  const name = (unitId: number) => {
    const known = names.get(unitId);
    if (known !== undefined) return known;
    const found = nameOn(history.versions, unitId, asOf);
    names.set(unitId, found);
    return found;
  };
  const byTask = new Map<number, AssignmentRecord[]>();
  for (const assignment of assignments) {
    if (!holdsOn(assignment, asOf)) continue;
    const list = byTask.get(assignment.taskId) ?? [];
    list.push(assignment);
    byTask.set(assignment.taskId, list);
  }
  const result: Owing = { units: [], emptyGroups: [] };
  for (const taskId of taskIds) {
    const holding = (byTask.get(taskId) ?? []).sort((a, b) => a.position - b.position || a.id - b.id);
    const { owing, emptyGroupIds } = unitsOwing(holding, directory);
    for (const { unitId, role, viaGroupId } of owing) {
      const viaGroup = viaGroupId === null ? null : { id: viaGroupId, name: name(viaGroupId) };
      result.units.push({ taskId, unitId, name: name(unitId), role, viaGroup });
    }
    for (const unitId of emptyGroupIds) result.emptyGroups.push({ taskId, unitId, name: name(unitId) });
  }
  return result;
}
