// Login throttling: delays that grow with failures and end by themselves, never a lockout. Three
// tallies, all of counted (not yet cleared) failures: one login from every address, one login from
// one address, and one address against logins that are not known there (spraying). A login is known
// at an address when it signed in from it recently: there only the login-at-this-address tally
// applies, so neither a distant attacker nor a colleague's typos keep the owner out.

export interface DelaySchedule {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The delay after the first failure past the free ones; it doubles with each further one. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

export interface ThrottleRule {
  /** One login's consecutive failures: from every address, and from one address. */
  login: DelaySchedule;
  /** Different logins failing from one address, not counting logins known at that address. */
  address: DelaySchedule;
  /** Failures older than this are forgotten. */
  forgetAfterHours: number;
  /** The window in which an address's different failed logins are counted. */
  sprayWindowMinutes: number;
  /** A login that signed in from an address within this many days is known there. */
  knownForDays: number;
}

export const DEFAULT_THROTTLE_RULE: ThrottleRule = {
  login: { freeFailures: 5, firstDelaySeconds: 10, maxDelaySeconds: 300 },
  address: { freeFailures: 10, firstDelaySeconds: 10, maxDelaySeconds: 300 },
  forgetAfterHours: 24,
  sprayWindowMinutes: 60,
  knownForDays: 90,
};

/** Counted failures and the last one; for an address, `failures` counts different logins. */
export interface FailureTally {
  failures: number;
  lastFailureAt: Date | null;
}

export interface ThrottleFacts {
  /** This login, from every address. */
  login: FailureTally;
  /** This login, from this address. */
  pair: FailureTally;
  /** This address, against logins not known at it. */
  address: FailureTally;
  /** The login signed in from this address within `knownForDays`. */
  knownHere: boolean;
}

export type ThrottleScope = 'login' | 'address';

export type ThrottleVerdict =
  { throttled: false } | { throttled: true; scope: ThrottleScope; until: Date; retryAfterSeconds: number };

export const NO_FAILURES: FailureTally = { failures: 0, lastFailureAt: null };

const SECOND_MS = 1000;

/** Nothing for the free failures, then firstDelaySeconds doubling with each failure, up to the cap. */
export function delaySeconds(failures: number, schedule: DelaySchedule): number {
  const past = failures - schedule.freeFailures;
  if (past < 0) return 0;
  if (past >= 30) return schedule.maxDelaySeconds;
  return Math.min(schedule.firstDelaySeconds * 2 ** past, schedule.maxDelaySeconds);
}

/** Until when a tally holds attempts back (null when it does not). */
export function throttledUntil(tally: FailureTally, schedule: DelaySchedule): Date | null {
  const delay = delaySeconds(tally.failures, schedule);
  if (delay === 0 || tally.lastFailureAt === null) return null;
  return new Date(tally.lastFailureAt.getTime() + delay * SECOND_MS);
}

/** Whether an attempt may go ahead now; when not, the latest end among the tallies that apply. */
export function throttleVerdict(facts: ThrottleFacts, now: Date, rule: ThrottleRule): ThrottleVerdict {
  const holds: { scope: ThrottleScope; until: Date | null }[] = [
    { scope: 'login', until: throttledUntil(facts.pair, rule.login) },
  ];
  if (!facts.knownHere) {
    holds.push({ scope: 'login', until: throttledUntil(facts.login, rule.login) });
    holds.push({ scope: 'address', until: throttledUntil(facts.address, rule.address) });
  }
  let latest: { scope: ThrottleScope; until: Date } | null = null;
  for (const hold of holds) {
    if (hold.until === null || hold.until.getTime() <= now.getTime()) continue;
    if (!latest || hold.until.getTime() > latest.until.getTime())
      latest = { scope: hold.scope, until: hold.until };
  }
  if (!latest) return { throttled: false };
  return { throttled: true, ...latest, retryAfterSeconds: secondsUntil(latest.until, now) };
}

export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / SECOND_MS));
}

/** The starts of the windows the tallies are counted in. */
export function throttleWindows(
  now: Date,
  rule: ThrottleRule,
): { failuresFrom: Date; sprayFrom: Date; knownFrom: Date } {
  const t = now.getTime();
  return {
    failuresFrom: new Date(t - rule.forgetAfterHours * 3_600_000),
    sprayFrom: new Date(t - rule.sprayWindowMinutes * 60_000),
    knownFrom: new Date(t - rule.knownForDays * 86_400_000),
  };
}
