// Who owes a report on a task on a date: every unit assigned to it then, with a group replaced by
// its members (each member reports). A unit named both ways owes as lead; named directly and
// through a group, it owes directly.
import { expandGroup } from '../unit/directory.ts';
import type { UnitOnDate } from '../unit/unit.types.ts';

export type OwingRole = 'lead' | 'responsible';

export interface Owing {
  unitId: number;
  role: OwingRole;
  /** The group the task names, when the unit owes as one of its members; null when named directly. */
  viaGroupId: number | null;
}

export interface OwingResult {
  owing: Owing[];
  /** Groups the task names that have no members on the date: nobody reports for them yet. */
  emptyGroupIds: number[];
}

/**
 * `assignments` are the rows holding on the date, in the notice's order; `directory` the units on
 * the date by id (unitsById), built once by the caller for a plan's worth of tasks.
 */
export function unitsOwing(
  assignments: readonly { unitId: number; role: OwingRole }[],
  directory: ReadonlyMap<number, UnitOnDate>,
): OwingResult {
  const isGroup = (unitId: number) => directory.get(unitId)?.kind === 'group';
  const owing = new Map<number, Owing>();
  const emptyGroupIds: number[] = [];
  for (const role of ['lead', 'responsible'] as const) {
    const ofRole = assignments.filter((a) => a.role === role);
    for (const { unitId } of ofRole.filter((a) => !isGroup(a.unitId))) {
      if (!owing.has(unitId)) owing.set(unitId, { unitId, role, viaGroupId: null });
    }
    for (const { unitId: groupId } of ofRole.filter((a) => isGroup(a.unitId))) {
      const members = expandGroup(directory, groupId);
      if (members.length === 0 && !emptyGroupIds.includes(groupId)) emptyGroupIds.push(groupId);
      for (const unitId of members) {
        if (!owing.has(unitId)) owing.set(unitId, { unitId, role, viaGroupId: groupId });
      }
    }
  }
  return { owing: [...owing.values()], emptyGroupIds };
}
