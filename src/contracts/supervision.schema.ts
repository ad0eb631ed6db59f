// Shapes of the plan's rules and of computed lights.
import { z } from 'zod';
import { SELF_STATUSES } from '../core/report/report.types.ts';
import { IdParamSchema, IsoDateTimeSchema } from './common.schema.ts';
import { IsoDateSchema } from './plan.schema.ts';
import { PeriodKeySchema } from './report.schema.ts';
import { QualityRulesSchema } from './quality-rules.schema.ts';
const Count = z.number().int().min(0).max(10_000);
const Tenths = z.number().int().min(0).max(100_000).describe('tenths of a point');

const LightConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('filed_late'),
    minDays: Count,
    afterAcceptance: z
      .boolean()
      .optional()
      .describe('keep colouring the light after the office accepts the report'),
  }),
  z.strictObject({ kind: z.literal('missing'), minDays: Count }),
  z.strictObject({ kind: z.literal('progress_gap'), overPoints: Count }),
  z.strictObject({ kind: z.literal('indicator_behind'), minCount: Count }),
  z.strictObject({ kind: z.literal('self_reported_behind') }),
  z.strictObject({
    kind: z.literal('returned'),
    minTimes: Count,
    afterAcceptance: z
      .boolean()
      .optional()
      .describe('keep colouring the light after the office accepts the report'),
  }),
]);

export const PlanRulesSchema = z
  .strictObject({
    lights: z.strictObject({
      rules: z
        .array(
          z.strictObject({
            key: z.string().min(1).max(60),
            light: z.enum(['yellow', 'red']),
            when: LightConditionSchema,
          }),
        )
        .max(50),
    }),
    escalation: z.strictObject({
      remindDaysBefore: Count,
      urgeDaysOverdue: Count,
      supervisionOrderDaysOverdue: z.tuple([Count, Count]),
    }),
    scoring: z.strictObject({
      fullScore: Tenths.describe('the score every unit starts from, in tenths (1000 = 100 points)'),
      lateFiling: Tenths.describe('lost when every owed filing is late; scaled by the late share'),
      missingFiling: Tenths,
      returnedReport: Tenths,
      yellowCard: Tenths,
      redCard: Tenths,
      completedOnTime: Tenths,
    }),
    calendar: z.strictObject({
      shiftOffDays: z.boolean().describe('move a due date on a weekend or holiday to the next working day'),
      holidays: z.array(IsoDateSchema).max(400),
      workdays: z.array(IsoDateSchema).max(400).describe('weekend days that are working days (调休)'),
    }),
    quality: QualityRulesSchema.optional().describe('left out: the quality rules stay as they are'),
  })
  .meta({ id: 'PlanRules' });

export const PlanRulesViewSchema = z.strictObject({
  year: z.number().int(),
  isDefault: z.boolean(),
  updatedAt: IsoDateTimeSchema.nullable(),
  rules: PlanRulesSchema.extend({ quality: QualityRulesSchema }).meta({ id: 'PlanRulesView' }),
});

export const LightsQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  unitId: IdParamSchema.optional(),
  taskId: IdParamSchema.optional(),
});

const LightColorSchema = z.enum(['green', 'yellow', 'red']);

export const LightSchema = z.strictObject({
  period: z.string(),
  task: z.strictObject({ id: z.number().int(), seq: z.number().int(), text: z.string() }),
  unit: z.strictObject({ id: z.number().int(), name: z.string() }),
  role: z.enum(['lead', 'responsible']),
  light: LightColorSchema,
  label: z.string(),
  reasons: z.array(z.string()),
  matches: z.array(z.strictObject({ ruleKey: z.string(), light: LightColorSchema, reason: z.string() })),
  dueOn: z.string(),
  baseDueOn: z.string(),
  extensionId: z.number().int().nullable(),
  shiftedFrom: z.string().nullable(),
  filedAt: IsoDateTimeSchema.nullable(),
  selfStatus: z.enum(SELF_STATUSES).nullable(),
  percentComplete: z.number().nullable(),
  returnCount: z.number().int(),
  completionVerified: z.boolean(),
  elapsedShare: z.number(),
  indicators: z.array(
    z.strictObject({
      indicatorId: z.number().int(),
      metric: z.string(),
      actual: z.number(),
      pace: z.enum(['behind', 'on_pace', 'ahead', 'achieved']),
      paceLabel: z.string(),
      explanation: z.string(),
    }),
  ),
});

export const LightsSchema = z.strictObject({
  period: z.string(),
  tally: z.strictObject({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() }),
  lights: z.array(LightSchema),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type PlanRules = z.output<typeof PlanRulesSchema>;
export type PlanRulesView = z.output<typeof PlanRulesViewSchema>;
export type Light = z.output<typeof LightSchema>;
export type Lights = z.output<typeof LightsSchema>;
