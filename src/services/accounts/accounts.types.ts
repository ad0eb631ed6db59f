// Accounts, sessions and login attempts as the use cases see them, and the repositories they need.
import type { ThrottleFacts } from '../../core/account/login-throttle.ts';
import type { AccountRole } from '../../core/policy/policy.types.ts';
import type { ReportStanding } from '../reports/reports.types.ts';

export interface AccountRecord {
  id: number;
  login: string;
  displayName: string;
  passwordHash: string;
  role: AccountRole;
  unitId: number | null;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  passwordChangedAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export type NewAccount = Pick<
  AccountRecord,
  'login' | 'displayName' | 'passwordHash' | 'role' | 'unitId' | 'mustChangePassword' | 'createdAt'
>;

export type AccountPatch = Partial<
  Pick<
    AccountRecord,
    | 'displayName'
    | 'passwordHash'
    | 'role'
    | 'unitId'
    | 'mustChangePassword'
    | 'failedAttempts'
    | 'lockedUntil'
    | 'disabledAt'
    | 'passwordChangedAt'
    | 'lastLoginAt'
  >
>;

export interface AccountsRepository {
  findById(id: number): Promise<AccountRecord | null>;
  /** `login` must already be normalised; forUpdate locks the row until the transaction ends. */
  findByLogin(login: string, options?: { forUpdate?: boolean }): Promise<AccountRecord | null>;
  findAll(filter?: { unitId?: number; role?: AccountRole }): Promise<AccountRecord[]>;
  insert(account: NewAccount): Promise<AccountRecord>;
  update(id: number, patch: AccountPatch): Promise<AccountRecord>;
}

export interface SessionRecord {
  id: number;
  accountId: number;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface NewSession {
  accountId: number;
  tokenHash: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** What a request names that its session's query reads too. */
export interface SessionReadsNamed {
  taskId?: number;
  standings?: { periodKey: string; unitId: number | null };
}

/** A filing's standing with its period, as the session's query reads a unit's (see findActive). */
export type PeriodStanding = ReportStanding & { periodId: number };

export interface SessionsRepository {
  insert(session: NewSession): Promise<SessionRecord>;
  /**
   * A session that is neither revoked nor expired at `now`, with its account and, read in the same
   * query, the reference version (see reference.types.ts) and the generation of the account's
   * unit's filings (for an account without a unit, the city's: the sum over every unit, which
   * every write to anyone's filings increases); with `named.taskId`, also that task's filing
   * generation ('0' before its first filing or card); with `named.standings`, where the unit's
   * filings stand in the periods of that key (the unit named, else the account's).
   */
  findActive(
    tokenHash: string,
    now: Date,
    named?: SessionReadsNamed,
  ): Promise<{
    session: SessionRecord;
    account: AccountRecord;
    referenceVersion: string;
    filingGeneration: string;
    taskGeneration: string;
    standings: PeriodStanding[] | null;
  } | null>;
  revoke(id: number, at: Date): Promise<void>;
  /** Revokes every open session of the account except `keepSessionId`; returns how many. */
  revokeAllForAccount(accountId: number, at: Date, keepSessionId?: number): Promise<number>;
}

export interface LoginAttempt {
  login: string;
  ip: string | null;
  at: Date;
  succeeded: boolean;
}

/** One login's counted failures, for the admin's list of delays. */
export interface LoginFailureGroup {
  login: string;
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  /** Different addresses the failures came from. */
  addresses: number;
}

/** A failing login with the account that has it; null when nobody has it (guessing at names). */
export interface FailingLogin extends LoginFailureGroup {
  account: { id: number; displayName: string } | null;
}

/** One address's counted failures against logins not known at it. */
export interface AddressFailureGroup {
  address: string;
  /** Different logins tried. */
  logins: number;
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
}

export interface ThrottleWindows {
  failuresFrom: Date;
  sprayFrom: Date;
  knownFrom: Date;
}

export interface LoginAttemptsRepository {
  /** Records an attempt; returns its id. */
  record(attempt: LoginAttempt): Promise<number>;
  markSucceeded(id: number): Promise<void>;
  /** Holds other attempts on this login, then from this address, until the transaction ends. */
  serialize(login: string, ip: string | null): Promise<void>;
  /** The counted failures that decide whether `login` may try from `ip` (see login-throttle.ts). */
  facts(login: string, ip: string | null, windows: ThrottleWindows): Promise<ThrottleFacts>;
  /** Stops counting the failures of a login or from an address; returns how many per login. */
  clearFailures(
    of: { login: string } | { address: string },
    at: Date,
  ): Promise<{ login: string; failures: number }[]>;
  /** Logins with at least `minFailures` counted failures within the window, each with its account. */
  failingLogins(windows: ThrottleWindows, minFailures: number): Promise<FailingLogin[]>;
  /** Addresses that failed on at least `minLogins` logins not known at them within the spray window. */
  sprayingAddresses(windows: ThrottleWindows, minLogins: number): Promise<AddressFailureGroup[]>;
}
