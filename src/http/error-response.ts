// The one mapping from errors to HTTP answers: { error: { code, message, details } }.
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError, type ErrorKind } from '../core/errors.ts';
import { databaseFailureError, databaseFailureOf } from './database-errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  storage_full: 507,
};

/** Fastify's own request errors, under stable codes of ours. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'request.too_large', message: 'the request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'request.unsupported_media_type', message: 'send JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'request.invalid_json', message: 'the JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'request.invalid_json', message: 'the body is not valid JSON' },
};

function errorResponse(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return { status, body: { error: { code, message, details } }, headers: {} };
}

export function toErrorResponse(error: unknown): ErrorResponse {
  const failure = isDomainError(error) ? null : databaseFailureOf(error);
  if (failure) return toErrorResponse(databaseFailureError(failure));
  if (isDomainError(error)) {
    const response = errorResponse(STATUS_BY_KIND[error.kind], error.code, error.message, {
      ...error.details,
    });
    const retryAfter = error.details['retryAfterSeconds'];
    return typeof retryAfter === 'number'
      ? { ...response, headers: { 'retry-after': String(retryAfter) } }
      : response;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return errorResponse(400, 'request.invalid', 'the request does not match the schema', {
      issues: validationIssues(error),
    });
  }
  const fastifyError = asClientError(error);
  if (fastifyError) {
    const known = FASTIFY_CODES[fastifyError.code];
    return known
      ? errorResponse(fastifyError.statusCode, known.code, known.message)
      : errorResponse(fastifyError.statusCode, 'request.rejected', fastifyError.message);
  }
  if (isMalformedMultipart(error)) {
    return errorResponse(400, 'request.invalid_multipart', 'the multipart body is malformed or incomplete');
  }
  // Anything else is our fault; the body never says more than this.
  return errorResponse(500, 'internal', 'something went wrong on the server');
}

function asClientError(error: unknown): (FastifyError & { statusCode: number }) | null {
  if (!(error instanceof Error) || !('code' in error) || !('statusCode' in error)) return null;
  const { statusCode, code } = error;
  if (typeof statusCode !== 'number' || typeof code !== 'string' || statusCode < 400 || statusCode >= 500)
    return null;
  return Object.assign(error, { code, statusCode });
}

interface FieldIssue {
  /** Where in the request: 'body.login', 'params.accountId', 'querystring.role'. */
  path: string;
  message: string;
  code: string;
}

function validationIssues(error: FastifyError): FieldIssue[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).flatMap((issue) => {
    const base = [context, ...issue.instancePath.split('/').filter(Boolean)].join('.');
    const keys = issue.params['keys'];
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({
        path: `${base}.${String(key)}`,
        message: 'unknown field',
        code: issue.keyword,
      }));
    }
    return [{ path: base, message: issue.message ?? 'invalid', code: issue.keyword }];
  });
}

/** The multipart parser (busboy) throws plain errors on a body that is cut short or malformed. */
const MULTIPART_FAILURES =
  /^(Unexpected end of (multipart data|form)|Multipart: Boundary not found|Malformed part header|Boundary required|Missing Content-Type-header)/;

function isMalformedMultipart(error: unknown): boolean {
  return error instanceof Error && MULTIPART_FAILURES.test(error.message);
}
