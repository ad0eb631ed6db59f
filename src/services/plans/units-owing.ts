// The units that owe a task's reports on a date, groups expanded to their members. The reporting
// loop calls this inside its own transactions, so it takes repositories rather than a store.
import { unitsOwing, type OwingRole } from '../../core/plan/owing.ts';
import { directoryOn, holdsOn, nameOn } from '../../core/unit/directory.ts';
import type { Repositories } from '../store.ts';

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
  return owingFor(input.repos, [input.taskId], input.asOf);
}

/** Every task of a plan (or one of them), in task order, with one read of the directory. */
export async function findUnitsOwingInPlan(input: {
  repos: Repositories;
  planId: number;
  asOf: string;
  taskId?: number;
}): Promise<Owing> {
  const tasks = await input.repos.tasks.findByPlan(input.planId, { asOf: input.asOf });
  const taskIds = tasks
    .map((task) => task.id)
    .filter((id) => input.taskId === undefined || id === input.taskId);
  return owingFor(input.repos, taskIds, input.asOf);
}

async function owingFor(repos: Repositories, taskIds: readonly number[], asOf: string): Promise<Owing> {
  if (taskIds.length === 0) return { units: [], emptyGroups: [] };
  // One query at a time: inside a transaction the repositories share one connection.
  const history = await repos.units.loadHistory();
  const assignments = await repos.tasks.findAssignments(taskIds);
  const directory = directoryOn(history, asOf);
  const name = (unitId: number) => nameOn(history.versions, unitId, asOf);
  const result: Owing = { units: [], emptyGroups: [] };
  for (const taskId of taskIds) {
    const holding = assignments
      .filter((a) => a.taskId === taskId && holdsOn(a, asOf))
      .sort((a, b) => a.position - b.position || a.id - b.id);
    const { owing, emptyGroupIds } = unitsOwing(holding, directory);
    for (const { unitId, role, viaGroupId } of owing) {
      const viaGroup = viaGroupId === null ? null : { id: viaGroupId, name: name(viaGroupId) };
      result.units.push({ taskId, unitId, name: name(unitId), role, viaGroup });
    }
    for (const unitId of emptyGroupIds) result.emptyGroups.push({ taskId, unitId, name: name(unitId) });
  }
  return result;
}
