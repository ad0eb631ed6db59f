// Shapes of the supervision acts: cards, extension requests, completion claims, hotline records.
import { z } from 'zod';
import { MAX_REASON_LENGTH } from '../core/report/report-state.ts';
import { MAX_EVIDENCE_LENGTH } from '../core/supervision/completion.ts';
import { HOTLINE_CHANNELS, HOTLINE_LIMITS } from '../core/supervision/hotline.ts';
import { IdParamSchema, INT4_MAX, IsoDateTimeSchema } from './common.schema.ts';
import { IsoDateSchema, YearSchema } from './plan.schema.ts';
import { PeriodKeySchema } from './report.schema.ts';

const Id = z.number().int().positive().max(INT4_MAX);
const Text = z.string().min(1).max(MAX_REASON_LENGTH);
const ColorSchema = z.enum(['yellow', 'red']);
const CardStateSchema = z.enum(['issued', 'answered', 'lowered', 'closed']);

export const IssueCardBodySchema = z.strictObject({
  taskId: Id,
  unitId: Id,
  period: PeriodKeySchema,
  color: ColorSchema,
  reason: Text,
  rectifyBy: IsoDateSchema.describe('the rectification deadline (整改期限)'),
});

export const CardStepBodySchema = z.strictObject({
  text: Text.describe('the rectification, or the office’s note'),
});
export const OptionalNoteBodySchema = z
  .strictObject({ text: z.string().max(MAX_REASON_LENGTH).optional() })
  .nullish();
export const CardParamsSchema = z.strictObject({ cardId: IdParamSchema });
export const CardsQuerySchema = z.strictObject({
  year: YearSchema.optional(),
  period: PeriodKeySchema.optional(),
  unitId: IdParamSchema.optional(),
  taskId: IdParamSchema.optional(),
});

export const CardSchema = z
  .strictObject({
    id: z.number().int(),
    taskId: z.number().int(),
    unitId: z.number().int(),
    period: z.string(),
    color: ColorSchema,
    colorLabel: z.string(),
    issuedColor: ColorSchema,
    state: CardStateSchema,
    reason: z.string(),
    rectifyBy: z.string(),
    rectificationOverdue: z.boolean(),
    history: z.array(
      z.strictObject({
        action: z.enum(['issue', 'answer', 'reject_answer', 'lower', 'close']),
        by: z.number().int().nullable(),
        at: IsoDateTimeSchema,
        text: z.string(),
        state: CardStateSchema,
        color: ColorSchema,
      }),
    ),
  })
  .meta({ id: 'Card' });

export const OneCardSchema = z.strictObject({ card: CardSchema });
export const CardsSchema = z.strictObject({ cards: z.array(CardSchema) });

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

export const LogHotlineBodySchema = z.strictObject({
  taskId: Id,
  channel: z.enum(HOTLINE_CHANNELS),
  caller: z.string().max(HOTLINE_LIMITS.caller).nullish(),
  content: z.string().min(1).max(HOTLINE_LIMITS.text),
});
export const HotlineAnswerBodySchema = z.strictObject({
  text: z.string().min(1).max(HOTLINE_LIMITS.text),
});
export const HotlineParamsSchema = z.strictObject({ messageId: IdParamSchema });
export const TaskParamsSchema = z.strictObject({ taskId: IdParamSchema });

const HotlineAnswerSchema = z.strictObject({
  id: z.number().int(),
  unitId: z.number().int(),
  text: z.string(),
  answeredAt: IsoDateTimeSchema,
});

export const HotlineSchema = z.strictObject({
  id: z.number().int(),
  taskId: z.number().int(),
  channel: z.enum(HOTLINE_CHANNELS),
  caller: z.string().nullable().describe('shown to the office and leaders only'),
  content: z.string(),
  loggedAt: IsoDateTimeSchema,
  answers: z.array(HotlineAnswerSchema),
});
export const LoggedHotlineSchema = z.strictObject({
  message: HotlineSchema,
  notifiedUnitIds: z.array(z.number().int()),
});
export const HotlineListSchema = z.strictObject({ messages: z.array(HotlineSchema) });
export const OneHotlineAnswerSchema = z.strictObject({ answer: HotlineAnswerSchema });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type IssueCardBody = z.input<typeof IssueCardBodySchema>;
export type Card = z.output<typeof CardSchema>;
export type OneCard = z.output<typeof OneCardSchema>;
export type Cards = z.output<typeof CardsSchema>;
export type RequestExtensionBody = z.input<typeof RequestExtensionBodySchema>;
export type Extension = z.output<typeof ExtensionSchema>;
export type OneExtension = z.output<typeof OneExtensionSchema>;
export type Extensions = z.output<typeof ExtensionsSchema>;
export type ClaimCompletionBody = z.input<typeof ClaimCompletionBodySchema>;
export type Completion = z.output<typeof CompletionSchema>;
export type OneCompletion = z.output<typeof OneCompletionSchema>;
export type Completions = z.output<typeof CompletionsSchema>;
export type LogHotlineBody = z.input<typeof LogHotlineBodySchema>;
export type TaskParams = z.input<typeof TaskParamsSchema>;
export type Hotline = z.output<typeof HotlineSchema>;
export type LoggedHotline = z.output<typeof LoggedHotlineSchema>;
export type HotlineList = z.output<typeof HotlineListSchema>;
export type OneHotlineAnswer = z.output<typeof OneHotlineAnswerSchema>;
