// Shapes every route shares: the error body and the error statuses routes document.
import { z } from 'zod';

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

export const IdParamSchema = z.coerce.number().int().positive();
export const IsoDateTimeSchema = z.string().describe('ISO 8601 date-time');
