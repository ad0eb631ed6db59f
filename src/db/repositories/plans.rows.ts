// Rows of the plan and task tables -> service records, checking the text columns that hold a
// fixed set of values (the database checks them too; this keeps the types honest).
import type { Assignment, Cadence, SourceFormat, StructureKind } from '../../core/plan/plan.types.ts';
import type {
  AssignmentRecord,
  AssignmentRole,
  IndicatorRecord,
  PeriodRecord,
  PeriodState,
  PlanRecord,
  PlanState,
  StructureNodeRecord,
  TaskRecord,
} from '../../services/plans/plans.types.ts';
import type { Comparator, TaskMilestone } from '../../core/plan/plan.types.ts';
import { parseMilestones } from '../../core/plan/task-milestones.ts';
import { isPeriodKey, type PeriodKey } from '../../core/period/period.ts';
import type {
  periods,
  plans,
  structureNodes,
  taskAssignments,
  taskIndicators,
  tasks,
} from '../schema/index.ts';

export function asOneOf<T extends string>(values: readonly T[], value: string, column: string): T {
  const found = values.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`unexpected value '${value}' in ${column}`);
  return found;
}

const orNull = <T extends string>(values: readonly T[], value: string | null, column: string): T | null =>
  value === null ? null : asOneOf(values, value, column);

const PLAN_STATES: readonly PlanState[] = ['draft', 'active', 'archived'];
const CADENCES: readonly Cadence[] = ['quarterly', 'monthly', 'half-yearly', 'yearly'];
const FORMATS: readonly SourceFormat[] = ['text', 'html', 'docx', 'xlsx'];
const KINDS: readonly StructureKind[] = ['part', 'section', 'subsection'];
const PERIOD_STATES: readonly PeriodState[] = ['scheduled', 'open', 'closed'];
const CERTAINTIES: readonly Assignment[] = ['certain', 'inferred'];
const ROLES: readonly AssignmentRole[] = ['lead', 'responsible'];
const COMPARATORS: readonly Comparator[] = ['ge', 'gt', 'approx', 'le', 'lt', 'eq'];

export function toPlanRecord(row: typeof plans.$inferSelect): PlanRecord {
  return {
    ...row,
    state: asOneOf(PLAN_STATES, row.state, 'plans.state'),
    cadence: orNull(CADENCES, row.cadence, 'plans.cadence'),
    sourceFormat: orNull(FORMATS, row.sourceFormat, 'plans.source_format'),
  };
}

export function toStructureNodeRecord(row: typeof structureNodes.$inferSelect): StructureNodeRecord {
  return { ...row, kind: asOneOf(KINDS, row.kind, 'structure_nodes.kind') };
}

function periodKey(value: string): PeriodKey {
  if (!isPeriodKey(value)) throw new Error(`unexpected value '${value}' in periods.key`);
  return value;
}

export function toPeriodRecord(row: typeof periods.$inferSelect): PeriodRecord {
  const { id, planId, key, opensOn, dueOn, closedAt } = row;
  return {
    id,
    planId,
    key: periodKey(key),
    opensOn,
    dueOn,
    closedAt,
    state: asOneOf(PERIOD_STATES, row.state, 'periods.state'),
  };
}

export function toTaskRecord(row: typeof tasks.$inferSelect): TaskRecord {
  return {
    ...row,
    assignmentCertainty: asOneOf(CERTAINTIES, row.assignmentCertainty, 'tasks.assignment_certainty'),
    milestones: toMilestones(row.milestones),
  };
}

/** tasks.milestones as the plan keeps them (the column is jsonb: its shape is checked here). */
export function toMilestones(value: unknown): TaskMilestone[] {
  const milestones = parseMilestones(value);
  if (milestones === null) throw new Error(`unexpected value ${JSON.stringify(value)} in tasks.milestones`);
  return milestones;
}

export function toComparator(value: string): Comparator {
  return asOneOf(COMPARATORS, value, 'task_indicators.comparator');
}

export function toIndicatorRecord(row: typeof taskIndicators.$inferSelect): IndicatorRecord {
  return { ...row, comparator: toComparator(row.comparator) };
}

export function toAssignmentRecord(row: typeof taskAssignments.$inferSelect): AssignmentRecord {
  return { ...row, role: asOneOf(ROLES, row.role, 'task_assignments.role') };
}
