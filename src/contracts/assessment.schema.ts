// Shapes of the assessment, closed quarters, the burden meter and the units' robots and orders.
import { z } from 'zod';
import { RULE_ORDER } from '../core/assessment/scoring-rules.ts';
import { WEBHOOK_PLATFORMS } from '../core/supervision/webhook-payload.ts';
import { IdParamSchema, IsoDateTimeSchema } from './common.schema.ts';
import { YearSchema } from './plan.schema.ts';
import { PeriodKeySchema } from './report.schema.ts';
import { PlanRulesSchema } from './supervision.schema.ts';

const Int = z.number().int();
const RuleKeySchema = z.enum(RULE_ORDER);
const Points = z.strictObject({ tenths: Int, display: z.string() });

const LineSchema = z.strictObject({
  unitId: Int,
  ruleKey: RuleKeySchema,
  label: z.string(),
  points: Points,
  count: Int.describe('facts counted by the rule'),
  base: Int.describe('what the count is divided by: owed filings, or led tasks for completions'),
  provisional: Int.describe('counted facts that are provisional (a quarter still open)'),
  explanation: z.string(),
});

const FactSchema = z.strictObject({
  unitId: Int,
  ruleKey: RuleKeySchema,
  eventRef: z.string(),
  explanation: z.string(),
  provisional: z.boolean(),
});

const Formula = z.array(z.string()).describe('the scoring formula in words (Chinese)');

export const UnitParamsSchema = z.strictObject({ year: YearSchema, unitId: IdParamSchema });
export const PeriodCloseParamsSchema = z.strictObject({ year: YearSchema, key: PeriodKeySchema });

export const LedgerSchema = z.strictObject({
  year: Int,
  formula: Formula,
  results: z.array(
    z.strictObject({
      unitId: Int,
      unitName: z.string(),
      total: Points,
      rank: Int,
      owedFilings: Int,
      leadTasks: Int,
      provisional: z.boolean().describe('the total counts overdue filings of a quarter still open'),
      lineCount: Int,
    }),
  ),
  lines: z.array(LineSchema),
  facts: z.array(FactSchema),
  totalOfLines: Points.describe('the sum of every line item; equals the sum of the totals'),
});

export const StatementSchema = z.strictObject({
  year: Int,
  unitId: Int,
  unitName: z.string(),
  total: Points,
  rank: Int,
  rankedUnits: Int,
  owedFilings: Int,
  leadTasks: Int,
  provisional: z.boolean(),
  formula: Formula,
  subtotals: z.array(
    z.strictObject({ ruleKey: RuleKeySchema, label: z.string(), count: Int, points: Points }),
  ),
  lines: z.array(LineSchema),
  facts: z.array(FactSchema),
  text: z.array(z.string()),
});

export const AssessmentRulesSchema = z.strictObject({
  year: Int,
  scoring: PlanRulesSchema.shape.scoring,
  formula: Formula,
  rules: z.array(
    z.strictObject({ ruleKey: RuleKeySchema, label: z.string(), points: Points, per: z.string() }),
  ),
});

const SnapshotLightSchema = z.strictObject({
  taskId: Int,
  seq: Int,
  unitId: Int,
  unitName: z.string(),
  light: z.enum(['green', 'yellow', 'red']),
  reasons: z.array(z.string()),
});
const SnapshotCardSchema = z.strictObject({
  id: Int,
  taskId: Int,
  unitId: Int,
  color: z.enum(['yellow', 'red']),
  issuedColor: z.enum(['yellow', 'red']),
  state: z.enum(['issued', 'answered', 'lowered', 'closed']),
});

export const SnapshotSchema = z.strictObject({
  period: z.string(),
  takenAt: IsoDateTimeSchema,
  lights: z.array(SnapshotLightSchema),
  cards: z.array(SnapshotCardSchema),
  scores: z.array(z.strictObject({ unitId: Int, unitName: z.string(), total: Int, rank: Int })),
});

export const ClosedPeriodSchema = z.strictObject({
  period: z.strictObject({ key: z.string(), state: z.string() }),
  snapshot: SnapshotSchema,
});

export const SnapshotDiffSchema = z.strictObject({
  period: z.string(),
  previousPeriod: z.string().nullable(),
  lightsChanged: z.array(
    z.strictObject({
      taskId: Int,
      unitId: Int,
      from: z.enum(['green', 'yellow', 'red']).nullable(),
      to: z.enum(['green', 'yellow', 'red']).nullable(),
    }),
  ),
  newCards: z.array(SnapshotCardSchema),
  scoreDeltas: z.array(z.strictObject({ unitId: Int, before: Int, after: Int, delta: Int })),
});

export const BurdenQuerySchema = z.strictObject({
  year: YearSchema,
  period: PeriodKeySchema.optional(),
  unitId: IdParamSchema.optional(),
});

export const BurdenSchema = z.strictObject({
  year: Int,
  statement: z.string(),
  formFields: z.array(z.string()),
  screenshotsRequired: z.literal(0),
  rows: z.array(
    z.strictObject({
      unitId: Int,
      unitName: z.string(),
      period: z.string(),
      forms: Int,
      formFields: Int,
      indicatorFields: Int,
      fields: Int,
      screenshotsRequired: z.literal(0),
    }),
  ),
});

export const WebhookBodySchema = z.strictObject({
  webhook: z
    .strictObject({
      platform: z.enum(WEBHOOK_PLATFORMS),
      url: z.string().min(1).max(1000),
      secret: z.string().min(1).max(200).nullish().describe('DingTalk signing secret (加签)'),
    })
    .nullable()
    .describe('null removes the group chat'),
});
export const WebhookParamsSchema = z.strictObject({ unitId: IdParamSchema });
export const WebhookViewSchema = z.strictObject({
  webhook: z
    .strictObject({
      unitId: Int,
      platform: z.enum(WEBHOOK_PLATFORMS),
      url: z.string(),
      hasSecret: z.boolean(),
    })
    .nullable(),
});

export const OrdersQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  unitId: IdParamSchema.optional(),
});
export const OrdersSchema = z.strictObject({
  orders: z.array(
    z.strictObject({
      id: Int,
      taskId: Int,
      unitId: Int,
      level: Int,
      dueFrom: z.string(),
      message: z.string(),
      issuedAt: IsoDateTimeSchema,
    }),
  ),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type UnitParams = z.input<typeof UnitParamsSchema>;
export type Ledger = z.output<typeof LedgerSchema>;
export type Statement = z.output<typeof StatementSchema>;
export type AssessmentRules = z.output<typeof AssessmentRulesSchema>;
export type Snapshot = z.output<typeof SnapshotSchema>;
export type ClosedPeriod = z.output<typeof ClosedPeriodSchema>;
export type SnapshotDiff = z.output<typeof SnapshotDiffSchema>;
export type BurdenQuery = z.input<typeof BurdenQuerySchema>;
export type Burden = z.output<typeof BurdenSchema>;
