// Rules that slow down password guessing: per account (lockout) and per client address.

export interface ThrottleRule {
  /** Consecutive failures on one account that lock it. */
  maxFailures: number;
  lockMinutes: number;
  /**
   * Failures from one address within the window that block it. Higher than maxFailures because a
   * government office's clerks usually share one outgoing address.
   */
  maxFailuresPerAddress: number;
  addressWindowMinutes: number;
}

export const DEFAULT_THROTTLE_RULE: ThrottleRule = {
  maxFailures: 5,
  lockMinutes: 15,
  maxFailuresPerAddress: 20,
  addressWindowMinutes: 15,
};

const MINUTE_MS = 60_000;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** The account's counters after one more wrong password; the count restarts once a lock has expired. */
export function afterFailedLogin(input: {
  failedAttempts: number;
  lockedUntil: Date | null;
  now: Date;
  rule: ThrottleRule;
}): { failedAttempts: number; lockedUntil: Date | null; lockedNow: boolean } {
  const lockExpired = input.lockedUntil !== null && !isLocked(input.lockedUntil, input.now);
  const failedAttempts = (lockExpired ? 0 : input.failedAttempts) + 1;
  if (failedAttempts >= input.rule.maxFailures) {
    const lockedUntil = new Date(input.now.getTime() + input.rule.lockMinutes * MINUTE_MS);
    return { failedAttempts, lockedUntil, lockedNow: true };
  }
  return { failedAttempts, lockedUntil: lockExpired ? null : input.lockedUntil, lockedNow: false };
}

/** The start of the window in which an address's failures are counted. */
export function addressWindowStart(now: Date, rule: ThrottleRule): Date {
  return new Date(now.getTime() - rule.addressWindowMinutes * MINUTE_MS);
}

export function isAddressBlocked(recentFailures: number, rule: ThrottleRule): boolean {
  return recentFailures >= rule.maxFailuresPerAddress;
}
