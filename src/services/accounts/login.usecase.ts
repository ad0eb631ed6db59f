// Signing in: argon2id verification, lockout per account, throttling per address, a new session.
import {
  DEFAULT_THROTTLE_RULE,
  addressWindowStart,
  afterFailedLogin,
  isAddressBlocked,
  isLocked,
  type ThrottleRule,
} from '../../core/account/login-throttle.ts';
import { normaliseLogin } from '../../core/account/password-rules.ts';
import { DomainError } from '../../core/errors.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import { hashToken, type Secrets } from '../support/secrets.ts';
import type { Store } from '../store.ts';
import { actorFor } from './account-support.ts';
import type { AccountRecord } from './accounts.types.ts';

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
  const rule = input.throttle ?? DEFAULT_THROTTLE_RULE;
  const now = input.clock();
  const loginName = normaliseLogin(input.login);
  await refuseBlockedAddress(input, rule, now);
  const account = await input.store.repos.accounts.findByLogin(loginName);
  if (account && isLocked(account.lockedUntil, now)) {
    await input.store.transaction((repos) =>
      repos.loginAttempts.record({ login: loginName, ip: input.ip, at: now, succeeded: false }),
    );
    throw lockedError(account.lockedUntil, now);
  }
  // Verified before asking whether the account exists: an unknown login costs one argon2 check too.
  const matches = await passwordMatches(input.hasher, account, input.password);
  if (!account || !matches) {
    const lockedUntil = await recordFailure({ ...input, loginName, rule, now });
    if (lockedUntil) throw lockedError(lockedUntil, now);
    throw new DomainError('auth.invalid_credentials', 'unauthenticated', 'wrong login or password');
  }
  return { account, session: await openSession({ ...input, account, now }) };
}

async function refuseBlockedAddress(input: LoginInput, rule: ThrottleRule, now: Date): Promise<void> {
  if (input.ip === null) return;
  const failures = await input.store.repos.loginAttempts.countFailuresFrom(
    input.ip,
    addressWindowStart(now, rule),
  );
  if (isAddressBlocked(failures, rule)) {
    throw new DomainError(
      'auth.too_many_attempts',
      'rate_limited',
      'too many failed sign-ins from this address',
      {
        retryAfterSeconds: rule.addressWindowMinutes * 60,
      },
    );
  }
}

async function passwordMatches(hasher: PasswordHasher, account: AccountRecord | null, password: string) {
  const matches = await hasher.verify(account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
  return matches && account !== null && account.disabledAt === null;
}

/** Records the failure and, on the account, counts it; returns the lock's end when this one locked it. */
async function recordFailure(
  input: LoginInput & { loginName: string; rule: ThrottleRule; now: Date },
): Promise<Date | null> {
  const { loginName, now } = input;
  return input.store.transaction(async (repos) => {
    await repos.loginAttempts.record({ login: loginName, ip: input.ip, at: now, succeeded: false });
    const account = await repos.accounts.findByLogin(loginName, { forUpdate: true });
    if (!account) return null;
    const next = afterFailedLogin({ ...account, now, rule: input.rule });
    await repos.accounts.update(account.id, {
      failedAttempts: next.failedAttempts,
      lockedUntil: next.lockedUntil,
    });
    if (!next.lockedNow) return null;
    await repos.audit.append(
      auditEvent({
        actor: { kind: 'anonymous', role: 'public' },
        at: now,
        label: input.ip,
        action: 'account.lock',
        entityType: 'account',
        entityId: account.id,
        before: { failedAttempts: account.failedAttempts, lockedUntil: account.lockedUntil },
        after: { failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil },
      }),
    );
    return next.lockedUntil;
  });
}

async function openSession(
  input: LoginInput & { account: AccountRecord; now: Date },
): Promise<OpenedSession> {
  const { account, now } = input;
  const token = input.secrets.token();
  const csrfToken = input.secrets.token();
  const ttlMs = (input.sessionTtlMinutes ?? DEFAULT_SESSION_TTL_MINUTES) * 60_000;
  const expiresAt = new Date(now.getTime() + ttlMs);
  const session = await input.store.transaction(async (repos) => {
    await repos.loginAttempts.record({ login: account.login, ip: input.ip, at: now, succeeded: true });
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

function lockedError(lockedUntil: Date | null, now: Date): DomainError {
  const retryAfterSeconds = lockedUntil
    ? Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000))
    : 60;
  return new DomainError('account.locked', 'rate_limited', 'too many wrong passwords; try again later', {
    lockedUntil: lockedUntil?.toISOString() ?? null,
    retryAfterSeconds,
  });
}
