// The units that owe a task's reports on a date, groups expanded to their members. The reporting
// loop calls this inside its own transactions, so it takes repositories rather than a store.
import { unitsOwing, type OwingRole } from '../../core/plan/owing.ts';
import { directoryOn, holdsOn, nameOn } from '../../core/unit/directory.ts';
import type { Repositories } from '../store.ts';

export interface OwingUnit {
  unitId: number;
  /** The unit's name on the date. */
  name: string;
  role: OwingRole;
  /** The group the task names, when the unit owes as one of its members; null when named directly. */
  viaGroupId: number | null;
}

export interface UnitRef {
  unitId: number;
  name: string;
}

export interface TaskOwing {
  units: OwingUnit[];
  /** Groups assigned to the task without members on the date (…成员单位 not yet filled in). */
  emptyGroups: UnitRef[];
}

/** One task: `asOf` is an ISO date, e.g. the period's last day. */
export async function findUnitsOwingTask(input: {
  repos: Repositories;
  taskId: number;
  asOf: string;
}): Promise<TaskOwing> {
  const { byTask } = await findUnitsOwingTasks({ ...input, taskIds: [input.taskId] });
  return byTask.get(input.taskId) ?? { units: [], emptyGroups: [] };
}

/** Many tasks at once (one read of the directory and the assignments). */
export async function findUnitsOwingTasks(input: {
  repos: Repositories;
  taskIds: readonly number[];
  asOf: string;
}): Promise<{ byTask: Map<number, TaskOwing> }> {
  const { repos, asOf } = input;
  const [history, assignments] = await Promise.all([
    repos.units.loadHistory(),
    repos.tasks.findAssignments(input.taskIds),
  ]);
  const directory = directoryOn(history, asOf);
  const name = (unitId: number) => nameOn(history.versions, unitId, asOf);
  const byTask = new Map<number, TaskOwing>();
  for (const taskId of input.taskIds) {
    const holding = assignments.filter((a) => a.taskId === taskId && holdsOn(a, asOf));
    const { owing, emptyGroupIds } = unitsOwing(holding, directory);
    byTask.set(taskId, {
      units: owing.map((o) => ({ ...o, name: name(o.unitId) })),
      emptyGroups: emptyGroupIds.map((unitId) => ({ unitId, name: name(unitId) })),
    });
  }
  return { byTask };
}
