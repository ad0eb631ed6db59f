// Account administration: create, change, list. Initial passwords are generated and shown once.
import { normaliseLogin } from '../../core/account/password-rules.ts';
import { conflict } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { AccountRole, Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import type { Secrets } from '../support/secrets.ts';
import type { Store } from '../store.ts';
import { accountSnapshot, assertLoginFormat, assertRoleUnit, getAccountById } from './account-support.ts';
import type { AccountRecord } from './accounts.types.ts';

interface AccountDeps {
  actor: Actor;
  store: Store;
  clock: Clock;
}

export async function createAccount(
  input: AccountDeps & {
    login: string;
    displayName: string;
    role: AccountRole;
    unitId: number | null;
    hasher: PasswordHasher;
    secrets: Secrets;
  },
): Promise<{ account: AccountRecord; initialPassword: string }> {
  assertCan(input.actor, 'account.manage');
  const login = normaliseLogin(input.login);
  assertLoginFormat(login);
  await assertRoleUnit(input.store.repos, input.role, input.unitId);
  const initialPassword = input.secrets.initialPassword();
  const passwordHash = await input.hasher.hash(initialPassword);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    if (await repos.accounts.findByLogin(login)) {
      throw conflict('account.login_taken', `the login '${login}' is taken`, { field: 'login', login });
    }
    const account = await repos.accounts.insert({
      login,
      displayName: input.displayName.trim(),
      passwordHash,
      role: input.role,
      unitId: input.unitId,
      mustChangePassword: true,
      createdAt: now,
    });
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        after: accountSnapshot(account),
      }),
    );
    return { account, initialPassword };
  });
}

export interface AccountChanges {
  displayName?: string;
  role?: AccountRole;
  unitId?: number | null;
  /** true disables the account and ends its sessions; false enables it again. */
  disabled?: boolean;
}

export async function updateAccount(
  input: AccountDeps & { accountId: number; changes: AccountChanges },
): Promise<{ account: AccountRecord }> {
  assertCan(input.actor, 'account.manage');
  const before = await getAccountById(input.store.repos, input.accountId);
  const { changes } = input;
  const role = changes.role ?? before.role;
  const unitId = changes.unitId === undefined ? before.unitId : changes.unitId;
  await assertRoleUnit(input.store.repos, role, unitId);
  assertKeepsOwnAccess(input.actor, before, { role, disabled: changes.disabled });
  const now = input.clock();
  const disabledAt =
    changes.disabled === undefined ? before.disabledAt : changes.disabled ? (before.disabledAt ?? now) : null;
  return input.store.transaction(async (repos) => {
    const displayName = changes.displayName?.trim() ?? before.displayName;
    const account = await repos.accounts.update(before.id, { displayName, role, unitId, disabledAt });
    if (disabledAt !== null || role !== before.role || unitId !== before.unitId) {
      // Rights changed: open sessions must not keep the old ones.
      await repos.sessions.revokeAllForAccount(before.id, now);
    }
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'account.update',
        entityType: 'account',
        entityId: before.id,
        before: accountSnapshot(before),
        after: accountSnapshot(account),
      }),
    );
    return { account };
  });
}

/** An admin cannot disable or demote themselves, so the system always keeps an admin who can act. */
function assertKeepsOwnAccess(
  actor: Actor,
  account: AccountRecord,
  next: { role: AccountRole; disabled?: boolean },
) {
  if (actor.kind !== 'account' || actor.accountId !== account.id) return;
  if (next.disabled === true || next.role !== account.role) {
    throw conflict('account.own_access', 'you cannot disable your own account or change your own role', {
      accountId: account.id,
    });
  }
}

export async function findAccounts(input: {
  actor: Actor;
  store: Store;
  filter?: { unitId?: number; role?: AccountRole };
}): Promise<{ accounts: AccountRecord[] }> {
  assertCan(input.actor, 'account.manage');
  return { accounts: await input.store.repos.accounts.findAll(input.filter) };
}

export async function getAccount(input: {
  actor: Actor;
  accountId: number;
  store: Store;
}): Promise<{ account: AccountRecord }> {
  assertCan(input.actor, 'account.manage');
  return { account: await getAccountById(input.store.repos, input.accountId) };
}
