// Shapes of the quality flags (a quarter's list, one filing with evidence, a dismissal) and of
// the quarter-over-quarter comparison.
import { z } from 'zod';
import { QUALITY_FLAG_KINDS } from '../core/quality/quality.types.ts';
import { REPORT_KINDS } from '../core/report/report.types.ts';
import { IdParamSchema, IsoDateTimeSchema } from './common.schema.ts';
import { PeriodKeySchema, SelfStatusSchema } from './report.schema.ts';

export const QualityFlagKindSchema = z.enum(QUALITY_FLAG_KINDS);
const Kind = z.enum(REPORT_KINDS);
const Range = z.strictObject({ start: z.number().int(), end: z.number().int() });
const Shared = {
  text: z.string(),
  other: z.string(),
  textRanges: z.array(Range),
  otherRanges: z.array(Range),
  similarity: z.number(),
};

export const QualityEvidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('repeated'), ...Shared, otherPeriod: z.string() }),
  z.strictObject({ kind: z.literal('copied'), ...Shared, otherUnit: z.string(), otherKind: Kind }),
  z.strictObject({
    kind: z.literal('noFacts'),
    lookedFor: z.array(z.enum(['figure', 'date', 'namedProject', 'outcome'])),
    length: z.number().int(),
  }),
  z.strictObject({
    kind: z.literal('vague'),
    phrases: z.array(z.strictObject({ phrase: z.string(), ranges: z.array(Range) })),
    share: z.number(),
    threshold: z.number(),
  }),
  z.strictObject({
    kind: z.literal('unsupportedCompletion'),
    claimedBy: z.array(z.enum(['status', 'percent', 'text'])),
    evidenceCount: z.number().int(),
    missing: z.array(z.enum(['evidence', 'completionStatement'])),
    statementRanges: z.array(Range),
  }),
  z.strictObject({
    kind: z.literal('indicatorOffPace'),
    indicatorId: z.number().int(),
    metric: z.string(),
    reason: z.enum(['behind', 'noBasis']),
    value: z.number(),
    unit: z.string(),
    target: z.number(),
    targetRaw: z.string(),
    expected: z.number(),
    gap: z.number(),
    quarter: z.number().int(),
    explanation: z.string(),
  }),
  z.strictObject({
    kind: z.literal('regression'),
    subject: z.enum(['percentComplete', 'indicator']),
    indicatorId: z.number().int().optional(),
    metric: z.string().optional(),
    previousPeriod: z.string().nullable(),
    previous: z.number(),
    current: z.number(),
  }),
]);

const DismissalSchema = z.strictObject({
  reason: z.string(),
  by: z.string().nullable(),
  at: IsoDateTimeSchema,
});

/** A flag in a list: what and whether dismissed, without the evidence. */
const FlagSummarySchema = z.strictObject({
  kind: QualityFlagKindSchema,
  label: z.string(),
  message: z.string(),
  dismissal: DismissalSchema.nullable(),
});

export const QualityFlagSchema = FlagSummarySchema.extend({ evidence: QualityEvidenceSchema }).meta({
  id: 'QualityFlag',
});

const SkipSchema = z.strictObject({
  kind: QualityFlagKindSchema,
  label: z.string(),
  reason: z.string(),
  message: z.string(),
  indicatorId: z.number().int().optional(),
});

const FilingRefSchema = {
  reportId: z.number().int(),
  taskId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: Kind,
  /** The revision judged and the one its content dates from (a dismissal names it). */
  rev: z.number().int(),
  contentRev: z.number().int(),
};

export const PeriodFlagsQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  unitId: IdParamSchema.optional(),
  taskId: IdParamSchema.optional(),
});

export const PeriodFlagsSchema = z.strictObject({
  period: z.string(),
  labels: z.record(QualityFlagKindSchema, z.string()),
  filings: z.array(z.strictObject({ ...FilingRefSchema, flags: z.array(FlagSummarySchema) })),
});

export const ReportFlagsSchema = z.strictObject({
  reportId: z.number().int(),
  period: z.string(),
  /** Null while the viewer has no version of the filing to judge. */
  filing: z
    .strictObject({ ...FilingRefSchema, flags: z.array(QualityFlagSchema), skipped: z.array(SkipSchema) })
    .nullable(),
});

export const DismissParamsSchema = z.strictObject({ reportId: IdParamSchema, flag: QualityFlagKindSchema });
export const DismissBodySchema = z.strictObject({ reason: z.string().min(1).max(500) });

const VersionSchema = z.strictObject({
  reportId: z.number().int(),
  period: z.string(),
  state: z.string(),
  progress: z.string(),
  problems: z.string(),
  nextSteps: z.string(),
  selfStatus: SelfStatusSchema.nullable(),
  percentComplete: z.number().int().nullable(),
  indicators: z.array(z.strictObject({ indicatorId: z.number().int(), value: z.number().nullable() })),
  evidenceCount: z.number().int(),
});

const RunSchema = z.strictObject({ kind: z.enum(['same', 'removed', 'added']), text: z.string() });

export const QuarterComparisonSchema = z.strictObject({
  task: z.strictObject({
    id: z.number().int(),
    seq: z.number().int(),
    text: z.string(),
    indicators: z.array(
      z.strictObject({ id: z.number().int(), metric: z.string(), unit: z.string(), raw: z.string() }),
    ),
  }),
  period: z.string(),
  previousPeriod: z.string().nullable(),
  units: z.array(
    z.strictObject({
      unitId: z.number().int(),
      name: z.string(),
      role: z.enum(['lead', 'responsible']).nullable(),
      kind: Kind,
      current: VersionSchema.nullable(),
      previous: VersionSchema.nullable(),
      changes: z.array(
        z.strictObject({ field: z.enum(['progress', 'problems', 'nextSteps']), runs: z.array(RunSchema) }),
      ),
    }),
  ),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type QualityFlagKind = z.output<typeof QualityFlagKindSchema>;
export type QualityEvidence = z.output<typeof QualityEvidenceSchema>;
export type QualityFlag = z.output<typeof QualityFlagSchema>;
export type PeriodFlags = z.output<typeof PeriodFlagsSchema>;
export type ReportFlags = z.output<typeof ReportFlagsSchema>;
export type QuarterComparison = z.output<typeof QuarterComparisonSchema>;
