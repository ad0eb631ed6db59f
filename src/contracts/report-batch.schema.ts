// Batches of filings: one request, a bounded list of { reportId, baseRevision }, and one result
// per row (done, or refused with its code and Chinese reason).
import { z } from 'zod';
import { MAX_REASON_LENGTH } from '../core/report/report-state.ts';
import { REPORT_STATES } from '../core/report/report.types.ts';
import { MAX_BATCH_ROWS } from '../core/report/batch-limits.ts';
import { INT4_MAX } from './common.schema.ts';
import { SaveReportBodySchema } from './report.schema.ts';

const IdSchema = z.number().int().positive().max(INT4_MAX);
const ReasonsSchema = z.string().min(1).max(MAX_REASON_LENGTH);

const BatchRowSchema = z.strictObject({
  reportId: IdSchema,
  baseRevision: z.number().int().min(1).max(INT4_MAX),
  reasons: ReasonsSchema.optional(),
});

export const BatchBodySchema = z
  .strictObject({
    rows: z.array(BatchRowSchema).min(1).max(MAX_BATCH_ROWS),
    /** On return: the reasons for every row that has none of its own. */
    reasons: ReasonsSchema.optional(),
    /** Work out every row's outcome without writing anything (the confirm step). */
    dryRun: z.boolean().default(false),
  })
  .refine((body) => new Set(body.rows.map((row) => row.reportId)).size === body.rows.length, {
    message: 'each report at most once in a batch',
    path: ['rows'],
  });

const BatchResultSchema = z.strictObject({
  reportId: z.number().int(),
  ok: z.boolean(),
  state: z.enum(REPORT_STATES).nullable(),
  rev: z.number().int().nullable(),
  code: z.string().nullable(),
  reason: z.string().nullable(),
});

export const BatchAnswerSchema = z.strictObject({
  dryRun: z.boolean(),
  done: z.number().int(),
  refused: z.number().int(),
  results: z.array(BatchResultSchema),
});

export const SendBackBodySchema = z.strictObject({ reasons: ReasonsSchema });

/** The approver's edit: the save's fields without evidence files, from the revision seen. */
export const EditSignOffBodySchema = SaveReportBodySchema.omit({ attachmentIds: true }).extend({
  baseRev: z.number().int().min(1),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type BatchBody = z.input<typeof BatchBodySchema>;
export type BatchAnswer = z.output<typeof BatchAnswerSchema>;
export type SendBackBody = z.input<typeof SendBackBodySchema>;
export type EditSignOffBody = z.input<typeof EditSignOffBodySchema>;
