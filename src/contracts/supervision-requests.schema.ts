// Shapes of a unit's requests the office decides: extensions of a due date (延期) and completion
// claims (办结).
import { z } from 'zod';
import { MAX_REASON_LENGTH } from '../core/report/report-state.ts';
import { MAX_EVIDENCE_LENGTH } from '../core/supervision/completion.ts';
import {
  BodyIdSchema as Id,
  IdParamSchema,
  IsoDateTimeSchema,
  ReasonTextSchema as Text,
} from './common.schema.ts';
import { IsoDateSchema, YearSchema } from './plan.schema.ts';
import { PeriodKeySchema } from './report.schema.ts';

export const RequestExtensionBodySchema = z.strictObject({
  taskId: Id,
  period: PeriodKeySchema,
  requestedDueOn: IsoDateSchema,
  reason: Text,
});
export const ApproveExtensionBodySchema = z
  .strictObject({
    dueOn: IsoDateSchema.optional().describe('another date than the one asked for'),
    reason: z.string().max(MAX_REASON_LENGTH).optional(),
  })
  .nullish();
export const DenyBodySchema = z.strictObject({ reason: Text });
export const ReasonBodySchema = z
  .strictObject({ reason: z.string().max(MAX_REASON_LENGTH).optional() })
  .nullish();
export const ExtensionParamsSchema = z.strictObject({ extensionId: IdParamSchema });
export const ExtensionsQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  unitId: IdParamSchema.optional(),
  taskId: IdParamSchema.optional(),
});

export const ExtensionSchema = z.strictObject({
  id: z.number().int(),
  taskId: z.number().int(),
  unitId: z.number().int(),
  period: z.string(),
  requestedDueOn: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  statusLabel: z.string(),
  grantedDueOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  requestedAt: IsoDateTimeSchema,
  decidedAt: IsoDateTimeSchema.nullable(),
});
export const OneExtensionSchema = z.strictObject({ extension: ExtensionSchema });
export const ExtensionsSchema = z.strictObject({ extensions: z.array(ExtensionSchema) });

export const ClaimCompletionBodySchema = z.strictObject({
  taskId: Id,
  evidence: z.string().min(1).max(MAX_EVIDENCE_LENGTH),
  attachmentIds: z.array(Id).max(20).default([]),
});
export const CompletionParamsSchema = z.strictObject({ completionId: IdParamSchema });
export const CompletionsQuerySchema = z.strictObject({ year: YearSchema, unitId: IdParamSchema.optional() });

export const CompletionSchema = z.strictObject({
  id: z.number().int(),
  taskId: z.number().int(),
  unitId: z.number().int(),
  evidence: z.string(),
  attachmentIds: z.array(z.number().int()),
  state: z.enum(['claimed', 'verified', 'rejected']),
  stateLabel: z.string(),
  claimedAt: IsoDateTimeSchema,
  decidedAt: IsoDateTimeSchema.nullable(),
  decisionReason: z.string().nullable(),
  verifiedOn: z.string().nullable(),
});
export const OneCompletionSchema = z.strictObject({ completion: CompletionSchema });
export const CompletionsSchema = z.strictObject({ completions: z.array(CompletionSchema) });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type RequestExtensionBody = z.input<typeof RequestExtensionBodySchema>;
export type Extension = z.output<typeof ExtensionSchema>;
export type OneExtension = z.output<typeof OneExtensionSchema>;
export type Extensions = z.output<typeof ExtensionsSchema>;
export type ClaimCompletionBody = z.input<typeof ClaimCompletionBodySchema>;
export type Completion = z.output<typeof CompletionSchema>;
export type OneCompletion = z.output<typeof OneCompletionSchema>;
export type Completions = z.output<typeof CompletionsSchema>;
