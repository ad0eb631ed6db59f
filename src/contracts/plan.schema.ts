// Plan shapes of the API: plans, structure, periods, tasks with their units, indicators and
// assignment history, and the bodies admins send to change periods and assignments.
import { z } from 'zod';
import { PERIOD_PHASES } from '../core/period/period-phase.ts';
import {
  decimalInteger,
  IdParamSchema,
  INT4_MAX,
  IsoDateTimeSchema,
  TaskMilestoneSchema,
} from './common.schema.ts';

export const IsoDateSchema = z.iso.date().describe('a calendar date, YYYY-MM-DD');
export const YearSchema = decimalInteger({ min: 1900, max: 2999 });
const Nullable = z.string().nullable();

export const PlanSchema = z
  .strictObject({
    id: z.number().int(),
    year: z.number().int(),
    title: Nullable,
    issuer: Nullable,
    publishedAt: Nullable.describe('YYYY-MM-DD'),
    deadline: Nullable.describe('YYYY-MM-DD'),
    cadence: Nullable,
    hotline: Nullable,
    announcedTaskCount: z.number().int().nullable(),
    state: z.enum(['draft', 'active', 'archived']),
    dueDaysAfterQuarterEnd: z.number().int(),
    source: z.strictObject({ format: Nullable, fileName: Nullable, encoding: Nullable }),
    importedAt: IsoDateTimeSchema,
    taskCount: z.number().int(),
  })
  .meta({ id: 'Plan' });

export const StructureNodeSchema = z.strictObject({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: z.enum(['part', 'section', 'subsection']),
  number: z.string(),
  title: z.string(),
  path: z.array(z.string()),
  taskCount: z.number().int(),
});

export const PeriodSchema = z
  .strictObject({
    key: z.string(),
    opensOn: IsoDateSchema,
    dueOn: IsoDateSchema,
    state: z
      .enum(PERIOD_PHASES)
      .describe('on the city date: scheduled 未开始, open 填报中, due 已截止, closed 已关闭'),
    stateLabel: z.string(),
    closedAt: IsoDateTimeSchema.nullable(),
  })
  .meta({ id: 'Period' });

export const PlanOverviewSchema = z.strictObject({
  plan: PlanSchema,
  structure: z.array(StructureNodeSchema),
  periods: z.array(PeriodSchema),
  counts: z.strictObject({
    tasks: z.number().int(),
    inferred: z.number().int(),
    confirmed: z.number().int(),
    indicators: z.number().int(),
    openIssues: z.number().int(),
  }),
});

export const UnitRefSchema = z.strictObject({ id: z.number().int(), name: z.string(), kind: z.string() });

export const TaskSchema = z
  .strictObject({
    id: z.number().int(),
    seq: z.number().int(),
    path: z.array(z.string()),
    text: z.string(),
    leadUnits: z.array(UnitRefSchema),
    responsibleUnits: z.array(UnitRefSchema),
    assignment: z.enum(['certain', 'inferred']),
    confirmed: z.boolean(),
    complete: z.boolean(),
    indicatorCount: z.number().int(),
    leaderName: Nullable,
  })
  .meta({ id: 'Task' });

/** A task in the plan's list: with its quarter plans, so the list shows the chosen quarter's (本季度计划). */
export const PlanTaskSchema = TaskSchema.extend({
  milestones: z
    .array(TaskMilestoneSchema)
    .max(4)
    .describe("the task's plan for each quarter the notice's schedule fills (进度安排), in order"),
}).meta({ id: 'PlanTask' });

export const IndicatorSchema = z.strictObject({
  id: z.number().int(),
  position: z.number().int(),
  metric: z.string(),
  targetValue: z.number(),
  unit: z.string(),
  comparator: z.enum(['ge', 'gt', 'approx', 'le', 'lt', 'eq']),
  stretch: z.boolean(),
  raw: z.string(),
});

export const AssignmentSchema = z.strictObject({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  role: z.enum(['lead', 'responsible']),
  position: z.number().int(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable().describe('exclusive; null while current'),
  source: z.string(),
  reason: Nullable,
  current: z.boolean().describe('holds on the as-of date'),
});

export const TaskDetailSchema = z.strictObject({
  asOf: IsoDateSchema,
  task: TaskSchema,
  indicators: z.array(IndicatorSchema),
  milestones: z
    .array(TaskMilestoneSchema)
    .max(4)
    .describe("the task's plan for each quarter the notice's schedule fills (进度安排), in order"),
  assignments: z.array(AssignmentSchema),
  carriedFrom: z
    .strictObject({ year: z.number().int(), seq: z.number().int() })
    .nullable()
    .describe("the previous year's task this one carries on"),
});

export const YearParamsSchema = z.strictObject({ year: YearSchema });
export const TaskParamsSchema = z.strictObject({ year: YearSchema, seq: IdParamSchema });
export const PeriodParamsSchema = z.strictObject({
  year: YearSchema,
  key: z.string().regex(/^\d{4}-Q[1-4]$/),
});

export const TasksQuerySchema = z.strictObject({
  unit: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("a unit's id or name; tasks given to its groups count"),
  section: z.string().min(1).max(40).optional().describe("structure numbers, e.g. '二.一'"),
  q: z.string().max(100).optional().describe('words in the task text'),
  asOf: IsoDateSchema.optional(),
});

export const AsOfQuerySchema = z.strictObject({ asOf: IsoDateSchema.optional() });

export const PeriodDatesBodySchema = z.strictObject({ opensOn: IsoDateSchema, dueOn: IsoDateSchema });

export const MoveAssignmentBodySchema = z.strictObject({
  role: z.enum(['lead', 'responsible']).default('lead'),
  fromUnitId: z.number().int().positive().max(INT4_MAX),
  toUnitId: z.number().int().positive().max(INT4_MAX),
  effectiveOn: IsoDateSchema.optional().describe(
    'the first day the new unit holds the task; today by default',
  ),
  reason: z.string().trim().min(1).max(500),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type Plan = z.output<typeof PlanSchema>;
export type StructureNode = z.output<typeof StructureNodeSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type PlanOverview = z.output<typeof PlanOverviewSchema>;
export type UnitRef = z.output<typeof UnitRefSchema>;
export type Task = z.output<typeof TaskSchema>;
export type PlanTask = z.output<typeof PlanTaskSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type Assignment = z.output<typeof AssignmentSchema>;
export type TaskDetail = z.output<typeof TaskDetailSchema>;
export type TaskParams = z.input<typeof TaskParamsSchema>;
export type PeriodDatesBody = z.input<typeof PeriodDatesBodySchema>;
