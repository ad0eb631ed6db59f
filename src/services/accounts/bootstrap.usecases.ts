// One reporter (填报员) and one approver (审核/签发) account for every unit that reports under a plan.
import { cityDate } from '../../core/period/city-date.ts';
import { notFound } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { UnitSummary } from '../directory/directory.types.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import type { Secrets } from '../support/secrets.ts';
import type { Repositories, Store } from '../store.ts';
import { accountSnapshot } from './account-support.ts';

const UNIT_ACCOUNT_ROLES = ['reporter', 'approver'] as const;
type UnitAccountRole = (typeof UNIT_ACCOUNT_ROLES)[number];

export interface UnitAccountLine {
  unitId: number;
  unitName: string;
  role: UnitAccountRole;
  login: string;
  /** Present for accounts created now; shown once and never stored in clear. */
  initialPassword: string | null;
}

interface Planned extends UnitAccountLine {
  initialPassword: string;
  passwordHash: string;
}

/** Re-running is safe: units that already have the account are listed as skipped, not duplicated. */
export async function bootstrapUnitAccounts(input: {
  actor: Actor;
  planYear: number;
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  secrets: Secrets;
}): Promise<{ created: UnitAccountLine[]; skipped: UnitAccountLine[] }> {
  assertCan(input.actor, 'account.manage');
  const { repos } = input.store;
  const planId = await repos.directory.findPlanIdByYear(input.planYear);
  if (planId === null) {
    throw notFound('plan.not_found', `no plan for ${input.planYear}`, { planYear: input.planYear });
  }
  const now = input.clock();
  const units = await repos.directory.findReportingUnits(planId, cityDate(now));
  const { missing, skipped } = await splitExisting(repos, units, input.secrets);
  // Hash before the transaction: argon2 is slow on purpose and should not hold the transaction open.
  const planned = await Promise.all(missing.map((line) => withPassword(line, input)));
  const created = await input.store.transaction((txRepos) =>
    insertAccounts(txRepos, planned, input.actor, now),
  );
  return { created, skipped };
}

async function splitExisting(repos: Repositories, units: UnitSummary[], secrets: Secrets) {
  const missing: UnitAccountLine[] = [];
  const skipped: UnitAccountLine[] = [];
  for (const unit of units) {
    const existing = await repos.accounts.findAll({ unitId: unit.id });
    for (const role of UNIT_ACCOUNT_ROLES) {
      const found = existing.find((account) => account.role === role);
      const line = {
        unitId: unit.id,
        unitName: unit.name,
        role,
        login: found?.login ?? unitLogin(unit, role, secrets),
      };
      (found ? skipped : missing).push({ ...line, initialPassword: null });
    }
  }
  return { missing, skipped };
}

async function withPassword(line: UnitAccountLine, deps: { secrets: Secrets; hasher: PasswordHasher }) {
  const initialPassword = deps.secrets.initialPassword();
  return { ...line, initialPassword, passwordHash: await deps.hasher.hash(initialPassword) };
}

async function insertAccounts(repos: Repositories, planned: Planned[], actor: Actor, now: Date) {
  const created: UnitAccountLine[] = [];
  for (const { passwordHash, ...line } of planned) {
    const account = await repos.accounts.insert({
      login: line.login,
      displayName: `${line.unitName} ${line.role === 'reporter' ? '填报员' : '审核人'}`,
      passwordHash,
      role: line.role,
      unitId: line.unitId,
      mustChangePassword: true,
      createdAt: now,
    });
    await repos.audit.append(
      auditEvent({
        actor,
        at: now,
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        after: accountSnapshot(account),
      }),
    );
    created.push(line);
  }
  return created;
}

const SUFFIX_LENGTH = 6;

/**
 * Logins follow the unit's code when it has one that fits a login, else its id, and end with a random
 * suffix (fgw-reporter-k3x9q2): a login that could be guessed from the directory is half a password.
 */
export function unitLogin(unit: UnitSummary, role: UnitAccountRole, secrets: Pick<Secrets, 'token'>): string {
  const base = unit.code && /^[a-z0-9][a-z0-9_-]{0,40}$/.test(unit.code) ? unit.code : `unit-${unit.id}`;
  return `${base}-${role}-${randomSuffix(secrets)}`;
}

function randomSuffix(secrets: Pick<Secrets, 'token'>): string {
  const characters = secrets
    .token()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return characters.slice(-SUFFIX_LENGTH).padStart(SUFFIX_LENGTH, '0');
}
