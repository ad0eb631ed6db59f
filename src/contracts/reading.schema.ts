// Shapes of the reading pages: worklist, one task in one period, the office's matrix, the public list.
import { z } from 'zod';
import { PERIOD_PHASES } from '../core/period/period-phase.ts';
import { PROGRESS_CODES, type ProgressCode } from '../core/report/progress.ts';
import { REPORT_KINDS, REPORT_STATES } from '../core/report/report.types.ts';
import { UNIT_KINDS } from '../core/unit/directory.ts';
import { IdParamSchema, TaskMilestoneSchema } from './common.schema.ts';
import {
  ContentSchema,
  IndicatorActualSchema,
  PeriodKeySchema,
  ReportSchema,
  SelfStatusSchema,
  UnitRefSchema,
} from './report.schema.ts';

export const PeriodQuerySchema = z.strictObject({ period: PeriodKeySchema });
export const WorklistQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  unitId: IdParamSchema.optional().describe('the office may name any unit'),
});

const RoleSchema = z.enum(['lead', 'responsible']);

export const PeriodSchema = z
  .strictObject({
    key: z.string(),
    opensOn: z.string(),
    dueOn: z.string(),
    state: z
      .enum(PERIOD_PHASES)
      .describe('on the city date: scheduled 未开始, open 填报中, due 已截止, closed 已关闭'),
    stateLabel: z.string(),
  })
  .meta({ id: 'Period' });

export const TaskRefSchema = z.strictObject({
  id: z.number().int(),
  seq: z.number().int(),
  text: z.string(),
  path: z.array(z.string()),
});

const IndicatorSchema = z.strictObject({
  id: z.number().int(),
  metric: z.string(),
  targetValue: z.number(),
  unit: z.string(),
  comparator: z.string(),
  raw: z.string(),
});

/** Where a filing stands: 待填报, 草稿, 待签发, 已报送, 已退回, 已采纳, 逾期 (core report-labels). */
const StandingFields = {
  state: z.enum(PROGRESS_CODES),
  stateLabel: z.string(),
  dueOn: z.string(),
  daysToDue: z.number().int(),
  late: z.boolean(),
  overdue: z.boolean(),
};

const OwingFields = {
  unitId: z.number().int(),
  name: z.string(),
  role: RoleSchema,
  roleLabel: z.string(),
  viaGroup: UnitRefSchema.nullable(),
};

export const WorklistSchema = z.strictObject({
  period: PeriodSchema,
  unit: UnitRefSchema,
  items: z.array(
    z.strictObject({
      task: TaskRefSchema,
      role: RoleSchema,
      roleLabel: z.string(),
      kind: z.enum(REPORT_KINDS),
      viaGroup: UnitRefSchema.nullable(),
      reportId: z.number().int().nullable(),
      rev: z.number().int(),
      reportState: z.enum(REPORT_STATES).nullable(),
      ...StandingFields,
    }),
  ),
});

export const OwingUnitSchema = z.strictObject(OwingFields);

export const TaskPeriodSchema = z.strictObject({
  task: TaskRefSchema.extend({
    indicators: z.array(IndicatorSchema),
    milestones: z
      .array(TaskMilestoneSchema)
      .max(4)
      .describe("the task's plan for each quarter the notice's schedule fills (本季度计划: the period's)"),
  }),
  period: PeriodSchema,
  myRole: RoleSchema.nullable(),
  units: z.array(
    z.strictObject({
      ...OwingFields,
      kind: z.enum(REPORT_KINDS),
      standing: z.strictObject(StandingFields).nullable(),
    }),
  ),
  taskReports: z.array(ReportSchema),
  unitInputs: z.array(ReportSchema),
  missing: z.array(OwingUnitSchema).nullable(),
  prefill: ContentSchema.nullable(),
});

export const LeadInputsSchema = z.strictObject({
  task: TaskRefSchema,
  period: PeriodSchema,
  inputs: z.array(ReportSchema),
  missing: z.array(OwingUnitSchema),
  /** The co-units' filed progress, each under its unit's name, to start the task report from. */
  suggestedProgress: z.string(),
});

const Count = z.number().int();
const CountsSchema = z.strictObject({
  owed: Count,
  late: Count,
  todo: Count,
  draft: Count,
  awaiting_sign_off: Count,
  submitted: Count,
  returned: Count,
  accepted: Count,
  overdue: Count,
} satisfies Record<ProgressCode | 'owed' | 'late', typeof Count>);

const SectionSchema = z.strictObject({ path: z.array(z.string()), title: z.string().nullable() });

export const MatrixSchema = z.strictObject({
  period: PeriodSchema,
  rows: z.array(
    z.strictObject({
      task: TaskRefSchema,
      section: SectionSchema,
      cells: z.array(
        z.strictObject({
          ...OwingFields,
          kind: z.enum(REPORT_KINDS),
          reportId: z.number().int().nullable(),
          rev: z.number().int().describe('the current revision, 0 before the first save'),
          ...StandingFields,
        }),
      ),
    }),
  ),
  units: z.array(
    z.strictObject({
      unitId: z.number().int(),
      name: z.string(),
      fullName: z.string().nullable(),
      kind: z.enum(UNIT_KINDS),
      counts: CountsSchema,
    }),
  ),
  sections: z.array(z.strictObject({ section: SectionSchema, counts: CountsSchema })),
  totals: CountsSchema,
});

export const PublishedSchema = z.strictObject({
  period: z.strictObject({ key: z.string(), dueOn: z.string() }),
  entries: z.array(
    z.strictObject({
      /** The notice's own task number (序号). */
      seq: z.number().int(),
      text: z.string(),
      path: z.array(z.string()),
      leadUnit: z.string(),
      progress: z.string(),
      selfStatus: SelfStatusSchema.nullable(),
      selfStatusLabel: z.string().nullable(),
      percentComplete: z.number().int().nullable(),
      indicatorActuals: z.array(IndicatorActualSchema),
      acceptedAt: z.string(),
    }),
  ),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type Period = z.output<typeof PeriodSchema>;
export type TaskRef = z.output<typeof TaskRefSchema>;
export type Worklist = z.output<typeof WorklistSchema>;
export type OwingUnit = z.output<typeof OwingUnitSchema>;
export type TaskPeriod = z.output<typeof TaskPeriodSchema>;
export type LeadInputs = z.output<typeof LeadInputsSchema>;
export type Matrix = z.output<typeof MatrixSchema>;
export type Published = z.output<typeof PublishedSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type Standing = z.output<z.ZodObject<typeof StandingFields>>;
export type WorklistItem = Worklist['items'][number];
export type Counts = z.output<typeof CountsSchema>;
export type MatrixRow = Matrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type MatrixUnit = Matrix['units'][number];
export type PublishedEntry = Published['entries'][number];
