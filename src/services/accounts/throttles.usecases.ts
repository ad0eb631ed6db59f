// The admin's view of login throttling: which logins and which addresses are being held back (or
// are counting failures towards it), and lifting the delay of one login or one address. Lifting
// stops counting their failures (the log keeps them, marked cleared) and is audited.
import { throttledUntil, throttleWindows, type ThrottleRule } from '../../core/account/login-throttle.ts';
import { normaliseLogin } from '../../core/account/password-rules.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { AddressFailureGroup, FailingLogin } from './accounts.types.ts';
import { refreshAccountCounters } from './login-throttle.ts';

export interface ThrottledLogin extends FailingLogin {
  /** Until when it is held back from addresses where it is not known; null when it is not. */
  delayedUntil: Date | null;
}

export interface ThrottledAddress extends AddressFailureGroup {
  delayedUntil: Date | null;
}

export interface Throttles {
  logins: ThrottledLogin[];
  addresses: ThrottledAddress[];
}

interface ThrottleDeps {
  actor: Actor;
  store: Store;
  clock: Clock;
  rule: ThrottleRule;
}

/** Logins with a counted failure and addresses failing on two logins or more, those held back now first. */
export async function findThrottles(input: ThrottleDeps): Promise<Throttles> {
  assertCan(input.actor, 'account.manage');
  const now = input.clock();
  const windows = throttleWindows(now, input.rule);
  const repos = input.store.repos;
  const [failing, spraying] = await Promise.all([
    repos.loginAttempts.failingLogins(windows, 1),
    // One login failing from an address is that login's row; an address shows once it tries several.
    repos.loginAttempts.sprayingAddresses(windows, 2),
  ]);
  const logins = failing.map((group): ThrottledLogin => {
    const until = throttledUntil(
      { failures: group.failures, lastFailureAt: group.lastFailureAt },
      input.rule.login,
    );
    return { ...group, delayedUntil: stillAhead(until, now) };
  });
  const addresses = spraying.map((group): ThrottledAddress => {
    const until = throttledUntil(
      { failures: group.logins, lastFailureAt: group.lastFailureAt },
      input.rule.address,
    );
    return { ...group, delayedUntil: stillAhead(until, now) };
  });
  return { logins: heldFirst(logins), addresses: heldFirst(addresses) };
}

export type ThrottleTarget = { login: string } | { address: string };

/** Stops counting the failures of one login (from every address) or from one address; lifting twice is harmless. */
export async function liftThrottle(
  input: ThrottleDeps & { target: ThrottleTarget },
): Promise<{ cleared: number; logins: string[] }> {
  assertCan(input.actor, 'account.manage');
  const now = input.clock();
  const target = 'login' in input.target ? { login: normaliseLogin(input.target.login) } : input.target;
  return input.store.transaction(async (repos) => {
    const cleared = await repos.loginAttempts.clearFailures(target, now);
    // Already lifted (or never counted): nothing to do, and nothing to audit.
    if (cleared.length === 0) return { cleared: 0, logins: [] };
    for (const { login } of cleared) await refreshAccountCounters(repos, { login, now, rule: input.rule });
    const failures = cleared.reduce((sum, row) => sum + row.failures, 0);
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'account.throttle_lift',
        entityType: 'login_throttle',
        entityId: null,
        after: { ...target, failures, logins: cleared.map((row) => row.login) },
      }),
    );
    return { cleared: failures, logins: cleared.map((row) => row.login) };
  });
}

function stillAhead(until: Date | null, now: Date): Date | null {
  return until && until.getTime() > now.getTime() ? until : null;
}

function heldFirst<T extends { delayedUntil: Date | null; lastFailureAt: Date }>(rows: T[]): T[] {
  const rank = (row: T) => (row.delayedUntil ? 0 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || b.lastFailureAt.getTime() - a.lastFailureAt.getTime());
}
