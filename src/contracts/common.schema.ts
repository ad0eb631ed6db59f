// Shapes every route shares: the error body and the error statuses routes document.
import { z } from 'zod';
import { MAX_MILESTONE_TEXT } from '../core/plan/task-milestones.ts';
import { MAX_REASON_LENGTH } from '../core/report/report-state.ts';

export const ErrorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().describe("stable code, e.g. 'account.locked'"),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: 'ErrorBody' });

/** Error answers every route may give. */
export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  413: ErrorBodySchema,
  429: ErrorBodySchema,
} as const;

/** No body: the answer has not changed since the tag the client sent in If-None-Match. */
export const NotModifiedSchema = z.null().describe('Not modified since the ETag sent in If-None-Match');

/** PostgreSQL's integer columns (int4) hold ids up to this; a larger id names nothing. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole number as paths and query strings write it: plain decimal digits, nothing else. Number()
 * would read '0x10', '1e1' and ' 16' as 16, 10 and 16, so one resource had many addresses.
 */
export function decimalInteger(bounds: { min: number; max: number }) {
  return z
    .union([
      z.number(),
      z.string().regex(/^(0|[1-9][0-9]{0,15})$/, 'write the number in decimal digits only'),
    ])
    .transform(Number)
    .pipe(z.number().int().min(bounds.min).max(bounds.max));
}

/** An id in a path, query or body: 1 .. INT4_MAX. */
export const IdParamSchema = decimalInteger({ min: 1, max: INT4_MAX });
/** An id inside a JSON body (a number there, never a string): 1 .. INT4_MAX. */
export const BodyIdSchema = z.number().int().positive().max(INT4_MAX);
/** A required reason or note, as long as the office's forms allow. */
export const ReasonTextSchema = z.string().min(1).max(MAX_REASON_LENGTH);
export const IsoDateTimeSchema = z.string().describe('ISO 8601 date-time');

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type ErrorBody = z.output<typeof ErrorBodySchema>;

/** A task's plan for one quarter (进度安排 第一季度…), as the plan keeps it (core/plan/task-milestones.ts). */
export const TaskMilestoneSchema = z
  .strictObject({
    quarter: z.number().int().min(1).max(4),
    text: z.string().min(1).max(MAX_MILESTONE_TEXT),
  })
  .meta({ id: 'TaskMilestone' });
