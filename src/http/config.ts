// Settings of the HTTP layer; the serve command fills them from flags and environment.
import { DEFAULT_THROTTLE_RULE, type ThrottleRule } from '../core/account/login-throttle.ts';
import { DEFAULT_SESSION_TTL_MINUTES } from '../services/accounts/login.usecases.ts';
import { DEFAULT_ATTACHMENT_LIMIT_BYTES } from '../services/reports/attachments.usecases.ts';

export interface HttpConfig {
  /** Mark the session cookie Secure; on when the public address is https. */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (for the client address used in throttling). */
  trustProxy: boolean;
  /** Largest accepted request body; larger ones get 413. */
  bodyLimitBytes: number;
  /** Largest evidence file (multipart upload); larger ones get 413 attachment.too_large. */
  attachmentLimitBytes: number;
  sessionTtlMinutes: number;
  throttle: ThrottleRule;
  /** The request log (pino JSON, one line per request); off in tests. */
  logger: boolean;
  /** Where the log goes (stdout when null); tests hand a collector. */
  logStream: { write(line: string): void } | null;
  /** A bearer token that lets /metrics be read from another machine; loopback only when null. */
  metricsToken: string | null;
  /** Folder of the built web app (web/dist); null serves the API only. */
  webRoot: string | null;
  /** Also check every response against its schema (the test suites); off in service. */
  checkResponses: boolean;
}

export const DEFAULT_HTTP_CONFIG: HttpConfig = {
  secureCookies: false,
  trustProxy: false,
  bodyLimitBytes: 1024 * 1024,
  attachmentLimitBytes: DEFAULT_ATTACHMENT_LIMIT_BYTES,
  sessionTtlMinutes: DEFAULT_SESSION_TTL_MINUTES,
  throttle: DEFAULT_THROTTLE_RULE,
  logger: false,
  logStream: null,
  metricsToken: null,
  webRoot: null,
  checkResponses: false,
};
