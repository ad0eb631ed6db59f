// Small pieces the account use cases share: the actor an account acts as, audit snapshots, lookups.
import { isValidLogin, passwordProblems } from '../../core/account/password-rules.ts';
import { roleUnitProblem } from '../../core/account/account-rules.ts';
import { invalid, notFound } from '../../core/errors.ts';
import type { AccountRole, Actor } from '../../core/policy/policy.types.ts';
import type { Repositories } from '../store.ts';
import type { AccountRecord } from './accounts.types.ts';

export function actorFor(account: AccountRecord): Actor {
  return {
    kind: 'account',
    accountId: account.id,
    role: account.role,
    unitId: account.unitId,
    mustChangePassword: account.mustChangePassword,
  };
}

/** What the audit trail keeps of an account: everything but the password hash. */
export function accountSnapshot(account: AccountRecord): Record<string, unknown> {
  const snapshot: Partial<AccountRecord> = { ...account };
  delete snapshot.passwordHash;
  return snapshot;
}

export async function getAccountById(repos: Repositories, accountId: number): Promise<AccountRecord> {
  const account = await repos.accounts.findById(accountId);
  if (!account) throw notFound('account.not_found', `no account ${accountId}`, { accountId });
  return account;
}

export function assertLoginFormat(login: string): void {
  if (!isValidLogin(login)) {
    throw invalid('account.invalid_login', 'a login is 2-63 letters, digits, dots, dashes or underscores', {
      field: 'login',
    });
  }
}

export async function assertRoleUnit(
  repos: Repositories,
  role: AccountRole,
  unitId: number | null,
): Promise<void> {
  const problem = roleUnitProblem(role, unitId);
  if (problem) {
    throw invalid(
      `account.${problem}`,
      `the ${role} role ${problem === 'unit_required' ? 'needs' : 'takes no'} unit`,
      {
        field: 'unitId',
        role,
      },
    );
  }
  if (unitId !== null && !(await repos.directory.findUnitById(unitId))) {
    throw notFound('unit.not_found', `no unit ${unitId}`, { unitId });
  }
}

export function assertPasswordAcceptable(input: {
  password: string;
  login: string;
  currentPassword?: string;
}): void {
  const problems = passwordProblems(input);
  if (problems.length > 0) {
    throw invalid('account.weak_password', `the new password is not acceptable: ${problems.join(', ')}`, {
      field: 'newPassword',
      problems,
    });
  }
}
