// Shapes of the office's yellow and red cards (黄牌 / 红牌): issue, answer, lower, close.
import { z } from 'zod';
import {
  BodyIdSchema as Id,
  IdParamSchema,
  IsoDateTimeSchema,
  ReasonTextSchema as Text,
} from './common.schema.ts';
import { MAX_REASON_LENGTH } from '../core/report/report-state.ts';
import { IsoDateSchema, YearSchema } from './plan.schema.ts';
import { PeriodKeySchema } from './report.schema.ts';

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

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type IssueCardBody = z.input<typeof IssueCardBodySchema>;
export type Card = z.output<typeof CardSchema>;
export type OneCard = z.output<typeof OneCardSchema>;
export type Cards = z.output<typeof CardsSchema>;
