// Signing in: the throttle (a delay, never a lockout; login-throttle.ts), argon2id verification,
// a new session. A success clears the login's counted failures.
import { DEFAULT_THROTTLE_RULE, type ThrottleRule } from '../../core/account/login-throttle.ts';
import { normaliseLogin } from '../../core/account/password-rules.ts';
import { DomainError } from '../../core/errors.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import { hashToken, type Secrets } from '../support/secrets.ts';
import type { Store } from '../store.ts';
import { actorFor } from './account-support.ts';
import type { AccountRecord } from './accounts.types.ts';
import { admitAttempt, afterFailure } from './login-throttle.ts';

export const DEFAULT_SESSION_TTL_MINUTES = 12 * 60;
/** Verified against when the login is unknown, so both answers take as long. */
const UNKNOWN_ACCOUNT_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$tIjeH8C6NlzlGxRsi8ze7w$smBqvJCHeGi1qesu8Cb4Mweu9e5IzXWSp82gdcgPZi4';

export interface LoginInput {
  login: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  secrets: Secrets;
  throttle?: ThrottleRule;
  sessionTtlMinutes?: number;
}

export interface OpenedSession {
  id: number;
  /** Goes to the browser in the HttpOnly cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function login(input: LoginInput): Promise<{ account: AccountRecord; session: OpenedSession }> {
  const attempt = {
    login: normaliseLogin(input.login),
    ip: input.ip,
    now: input.clock(),
    rule: input.throttle ?? DEFAULT_THROTTLE_RULE,
  };
  const attemptId = await admitAttempt(input.store, attempt);
  const account = await input.store.repos.accounts.findByLogin(attempt.login);
  // Verified before asking whether the account exists: an unknown login costs one argon2 check too.
  const matches = await passwordMatches(input.hasher, account, input.password);
  if (!account || !matches) {
    const next = await afterFailure(input.store, attempt);
    // The next attempt waits: said now, so the page can tell how long.
    const details = next.throttled
      ? { retryAfterSeconds: next.retryAfterSeconds, throttledUntil: next.until.toISOString() }
      : {};
    throw new DomainError('auth.invalid_credentials', 'unauthenticated', 'wrong login or password', details);
  }
  const session = await openSession({ ...input, account, now: attempt.now, attemptId });
  return { account, session };
}

async function passwordMatches(hasher: PasswordHasher, account: AccountRecord | null, password: string) {
  const matches = await hasher.verify(account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
  return matches && account !== null && account.disabledAt === null;
}

async function openSession(
  input: LoginInput & { account: AccountRecord; now: Date; attemptId: number },
): Promise<OpenedSession> {
  const { account, now } = input;
  const token = input.secrets.token();
  const csrfToken = input.secrets.token();
  const ttlMs = (input.sessionTtlMinutes ?? DEFAULT_SESSION_TTL_MINUTES) * 60_000;
  const expiresAt = new Date(now.getTime() + ttlMs);
  const session = await input.store.transaction(async (repos) => {
    await repos.loginAttempts.markSucceeded(input.attemptId);
    await repos.loginAttempts.clearFailures({ login: account.login }, now);
    await repos.accounts.update(account.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
    const created = await repos.sessions.insert({
      accountId: account.id,
      tokenHash: hashToken(token),
      csrfToken,
      createdAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await repos.audit.append(
      auditEvent({
        actor: actorFor(account),
        at: now,
        label: account.login,
        action: 'session.login',
        entityType: 'session',
        entityId: created.id,
        after: { accountId: account.id, expiresAt, ip: input.ip },
      }),
    );
    return created;
  });
  return { id: session.id, token, csrfToken, expiresAt };
}
