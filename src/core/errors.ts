// The one error type every layer throws; only the HTTP error handler turns `kind` into a status.

export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rate_limited'
  /** The database cannot be reached for now (a restart, a dropped connection): try again shortly. */
  | 'unavailable'
  /** The database's disk is full: nothing was written. */
  | 'storage_full';

export type ErrorDetails = Readonly<Record<string, unknown>>;

export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** Stable, dotted code such as 'report.already_accepted'; clients switch on it. */
  readonly code: string;
  readonly kind: ErrorKind;
  readonly details: ErrorDetails;

  constructor(code: string, kind: ErrorKind, message: string, details: ErrorDetails = {}) {
    super(message);
    this.code = code;
    this.kind = kind;
    this.details = details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

export function notFound(code: string, message: string, details?: ErrorDetails): DomainError {
  return new DomainError(code, 'not_found', message, details);
}

export function invalid(code: string, message: string, details?: ErrorDetails): DomainError {
  return new DomainError(code, 'invalid', message, details);
}

export function conflict(code: string, message: string, details?: ErrorDetails): DomainError {
  return new DomainError(code, 'conflict', message, details);
}
