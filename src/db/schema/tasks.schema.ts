// Key tasks, their indicators and their unit assignments with history.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { TaskMilestone } from '../../core/plan/plan.types.ts';
import { accounts } from './accounts.schema.ts';
import { id, instant, oneOf } from './columns.ts';
import { plans, structureNodes } from './plans.schema.ts';
import { units } from './units.schema.ts';

/** A key work task (重点工作任务) under its official number (序号), unique within the plan. */
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    seq: integer('seq').notNull(),
    structureNodeId: integer('structure_node_id').references(() => structureNodes.id),
    /** Part, section and subsection numbers, e.g. {二,一,1}. */
    path: text('path').array().notNull(),
    text: text('text').notNull(),
    /** certain or inferred: how the importer split lead from co-responsible units. */
    assignmentCertainty: text('assignment_certainty').notNull(),
    assignmentConfirmedAt: instant('assignment_confirmed_at'),
    assignmentConfirmedBy: integer('assignment_confirmed_by').references(() => accounts.id),
    /** false when the source ended in the middle of this task. */
    complete: boolean('complete').notNull().default(true),
    sourceLine: integer('source_line'),
    /** 分管市领导 as written; a person, never a unit. */
    leaderName: text('leader_name'),
    /** What the task should reach by each quarter's end (进度安排): [{ quarter: 1-4, text }], in order. */
    milestones: jsonb('milestones').$type<TaskMilestone[]>().notNull().default([]),
    /** The previous year's task this one carries on (still open at that year's end). */
    carriedFromTaskId: integer('carried_from_task_id').references((): AnyPgColumn => tasks.id),
  },
  (t) => [
    uniqueIndex('tasks_plan_seq').on(t.planId, t.seq),
    oneOf('tasks_assignment_certainty', t.assignmentCertainty, ['certain', 'inferred']),
    check('tasks_milestones_list', sql`jsonb_typeof(${t.milestones}) = 'array'`),
  ],
);

/** A numeric target in a task's text (地区生产总值增长7.5%左右), value in base units. */
export const taskIndicators = pgTable(
  'task_indicators',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    position: integer('position').notNull(),
    metric: text('metric').notNull(),
    targetValue: doublePrecision('target_value').notNull(),
    unit: text('unit').notNull(),
    comparator: text('comparator').notNull(),
    stretch: boolean('stretch').notNull().default(false),
    raw: text('raw').notNull(),
  },
  (t) => [
    uniqueIndex('task_indicators_task_position').on(t.taskId, t.position),
    oneOf('task_indicators_comparator', t.comparator, ['ge', 'gt', 'approx', 'le', 'lt', 'eq']),
  ],
);

export const ASSIGNMENT_ROLES = ['lead', 'responsible'] as const;

/**
 * Which unit leads or shares a task, over time. A move ends one row (valid_to) and starts
 * another; reports keep the unit that filed them, so history stays put.
 */
export const taskAssignments = pgTable(
  'task_assignments',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
    /** Order of the unit in the notice's cell. */
    position: integer('position').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** import or manual. */
    source: text('source').notNull(),
    reason: text('reason'),
    createdAt: instant('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    index('task_assignments_task_idx').on(t.taskId),
    index('task_assignments_unit_idx').on(t.unitId),
    uniqueIndex('task_assignments_one_current')
      .on(t.taskId, t.unitId, t.role)
      .where(sql`${t.validTo} is null`),
    oneOf('task_assignments_role', t.role, ASSIGNMENT_ROLES),
    check('task_assignments_range', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
