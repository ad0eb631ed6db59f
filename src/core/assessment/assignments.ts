// Assignment facts for the ledger from a task's lead and responsible units. A task assigned to
// a group (各县市区政府, …成员单位) is owed by every member, so each member earns its own points.
import type { TaskAssignedEvent } from './assessment.types.ts';

export interface TaskAssignment {
  taskId: number;
  leadUnitIds: readonly number[];
  responsibleUnitIds: readonly number[];
  /** Members of each group unit; a unit absent from the map is not a group. */
  groupMembers: ReadonlyMap<number, readonly number[]>;
}

/**
 * One event per unit that owes the task, with a stable id `assigned:{taskId}:{unitId}`. A unit
 * named both as lead and as co-responsible (directly or through a group) counts once, as lead.
 * A group whose members are not filled in yet yields no events.
 */
export function assignmentEvents(assignment: TaskAssignment): TaskAssignedEvent[] {
  const expand = (unitIds: readonly number[]): number[] =>
    unitIds.flatMap((unitId) => assignment.groupMembers.get(unitId) ?? [unitId]);
  const leads = [...new Set(expand(assignment.leadUnitIds))];
  const cos = [...new Set(expand(assignment.responsibleUnitIds))].filter((unitId) => !leads.includes(unitId));
  const event = (unitId: number, role: 'lead' | 'co'): TaskAssignedEvent => ({
    kind: 'task_assigned',
    id: `assigned:${assignment.taskId}:${unitId}`,
    unitId,
    taskId: assignment.taskId,
    role,
  });
  return [...leads.map((unitId) => event(unitId, 'lead')), ...cos.map((unitId) => event(unitId, 'co'))];
}
