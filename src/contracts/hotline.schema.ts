// Shapes of supervision-hotline records (监督电话) routed to a task's units, and the units' answers.
import { z } from 'zod';
import { HOTLINE_CHANNELS, HOTLINE_LIMITS } from '../core/supervision/hotline.ts';
import { BodyIdSchema as Id, IdParamSchema, IsoDateTimeSchema } from './common.schema.ts';

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
export type LogHotlineBody = z.input<typeof LogHotlineBodySchema>;
export type TaskParams = z.input<typeof TaskParamsSchema>;
export type Hotline = z.output<typeof HotlineSchema>;
export type LoggedHotline = z.output<typeof LoggedHotlineSchema>;
export type HotlineList = z.output<typeof HotlineListSchema>;
export type OneHotlineAnswer = z.output<typeof OneHotlineAnswerSchema>;
