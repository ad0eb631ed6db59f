// The audit view's query and answer.
import { z } from 'zod';
import { decimalInteger, INT4_MAX, IsoDateTimeSchema } from './common.schema.ts';

const Moment = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .describe('a date (midnight in the city) or an ISO date-time');

export const AuditQuerySchema = z.strictObject({
  entityType: z.string().min(1).max(50).optional(),
  entityId: z.string().min(1).max(50).optional(),
  actor: z.string().min(1).max(100).optional().describe("an account's login or id, or an operator's label"),
  from: Moment.optional().describe('inclusive'),
  to: Moment.optional().describe('exclusive'),
  page: decimalInteger({ min: 1, max: INT4_MAX }).default(1),
  pageSize: decimalInteger({ min: 1, max: 200 }).default(50),
});

export const AuditEventSchema = z
  .strictObject({
    id: z.number().int(),
    at: IsoDateTimeSchema,
    actor: z.strictObject({
      kind: z.enum(['account', 'system', 'anonymous']),
      accountId: z.number().int().nullable(),
      login: z.string().nullable(),
      label: z.string().nullable(),
    }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEvent' });

export const AuditPageSchema = z.strictObject({
  events: z.array(AuditEventSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type AuditEvent = z.output<typeof AuditEventSchema>;
export type AuditPage = z.output<typeof AuditPageSchema>;
