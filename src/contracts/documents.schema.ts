// Query and answer shapes of the document downloads and the template upload.
import { z } from 'zod';
import { IdParamSchema } from './common.schema.ts';
import { PeriodKeySchema } from './report.schema.ts';

export const DocumentPeriodQuerySchema = z.strictObject({ period: PeriodKeySchema });

export const TemplateQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  unitId: IdParamSchema.optional().describe("the office names the unit; a unit's accounts get their own"),
});

export const BulletinQuerySchema = z.strictObject({
  period: PeriodKeySchema,
  documentNumber: z.string().trim().min(1).max(60).optional().describe('发文字号, e.g. 督查通报〔2024〕2号'),
});

export const TemplateAppliedSchema = z.strictObject({
  applied: z.number().int().describe('rows saved as a new revision'),
  unchanged: z.number().int().describe("rows equal to the filing's current revision"),
  errors: z.array(z.never()).describe('always empty: a file with problems answers 400 with details.errors'),
});

/** Downloads go out as bytes under their media type; Fastify does not serialize a Buffer. */
export const FileResponseSchema = z.unknown().describe('the document');

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type TemplateApplied = z.output<typeof TemplateAppliedSchema>;
