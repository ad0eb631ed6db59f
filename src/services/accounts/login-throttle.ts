// The throttle around the password check: an attempt is let through (and logged as failed until it
// succeeds) or refused with 429 before the check; a failure updates the account's counters. Every
// step reads the attempt log by login name, so an unknown login is throttled exactly like a known one.
import {
  delaySeconds,
  throttleVerdict,
  throttleWindows,
  throttledUntil,
  type ThrottleRule,
  type ThrottleVerdict,
} from '../../core/account/login-throttle.ts';
import { DomainError } from '../../core/errors.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Repositories, Store } from '../store.ts';

export interface AttemptContext {
  /** Normalised. */
  login: string;
  ip: string | null;
  now: Date;
  rule: ThrottleRule;
}

/**
 * Lets the attempt through and logs it as a failure (it becomes a success after the check), or
 * refuses it. One attempt at a time per login and per address decides, so parallel guesses cannot
 * all slip through the moment a delay ends.
 */
export async function admitAttempt(store: Store, attempt: AttemptContext): Promise<number> {
  return store.transaction(async (repos) => {
    await repos.loginAttempts.serialize(attempt.login, attempt.ip);
    const verdict = await verdictFor(repos, attempt);
    if (verdict.throttled) throw throttledError(verdict);
    return repos.loginAttempts.record({
      login: attempt.login,
      ip: attempt.ip,
      at: attempt.now,
      succeeded: false,
    });
  });
}

/** After a wrong password: the account's counters and, if this failure began a delay, the audit. */
export async function afterFailure(store: Store, attempt: AttemptContext): Promise<ThrottleVerdict> {
  return store.transaction(async (repos) => {
    const verdict = await verdictFor(repos, attempt);
    await refreshAccountCounters(repos, attempt, { auditAs: attempt.ip });
    return verdict;
  });
}

async function verdictFor(repos: Repositories, attempt: AttemptContext): Promise<ThrottleVerdict> {
  const windows = throttleWindows(attempt.now, attempt.rule);
  const facts = await repos.loginAttempts.facts(attempt.login, attempt.ip, windows);
  return throttleVerdict(facts, attempt.now, attempt.rule);
}

/**
 * Writes an account's failure count and the end of its delay (from addresses where it is not known)
 * from the log; audits `account.throttle` when the first delay of a run of failures begins. Nothing for an unknown login.
 */
export async function refreshAccountCounters(
  repos: Repositories,
  attempt: Omit<AttemptContext, 'ip'>,
  /** Audit a delay that begins, labelled with the address the failure came from. */
  options: { auditAs?: string | null } = {},
): Promise<void> {
  const account = await repos.accounts.findByLogin(attempt.login, { forUpdate: true });
  if (!account) return;
  const windows = throttleWindows(attempt.now, attempt.rule);
  const { login } = await repos.loginAttempts.facts(attempt.login, null, windows);
  const lockedUntil = throttledUntil(login, attempt.rule.login);
  await repos.accounts.update(account.id, { failedAttempts: login.failures, lockedUntil });
  // Audited once per run of failures: when the first delay begins, not at each doubling.
  const begins = delaySeconds(account.failedAttempts, attempt.rule.login) === 0 && lockedUntil !== null;
  if (options.auditAs === undefined || !begins) return;
  await repos.audit.append(
    auditEvent({
      actor: { kind: 'anonymous', role: 'public' },
      at: attempt.now,
      label: options.auditAs,
      action: 'account.throttle',
      entityType: 'account',
      entityId: account.id,
      before: { failedAttempts: account.failedAttempts, lockedUntil: account.lockedUntil },
      after: { failedAttempts: login.failures, lockedUntil },
    }),
  );
}

export function throttledError(verdict: ThrottleVerdict & { throttled: true }): DomainError {
  const details = {
    retryAfterSeconds: verdict.retryAfterSeconds,
    throttledUntil: verdict.until.toISOString(),
  };
  return verdict.scope === 'address'
    ? new DomainError(
        'auth.address_throttled',
        'rate_limited',
        'too many failed sign-ins on different logins from this address; wait before trying again',
        details,
      )
    : new DomainError(
        'auth.throttled',
        'rate_limited',
        'too many wrong passwords for this login; wait before trying again',
        details,
      );
}
