// Changing one's own password (required after an initial or reset password) and resetting another's.
import { invalid } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import type { Secrets } from '../support/secrets.ts';
import type { Store } from '../store.ts';
import { accountSnapshot, assertPasswordAcceptable, getAccountById } from './account-support.ts';
import type { AccountRecord } from './accounts.types.ts';

export async function changePassword(input: {
  actor: Actor;
  /** The session making the change stays signed in; every other session of the account ends. */
  sessionId: number | null;
  currentPassword: string;
  newPassword: string;
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
}): Promise<{ account: AccountRecord }> {
  const { actor } = input;
  assertCan(actor, 'account.change_own_password');
  const account = await getAccountById(input.store.repos, actor.kind === 'account' ? actor.accountId : -1);
  if (!(await input.hasher.verify(account.passwordHash, input.currentPassword))) {
    throw invalid('account.wrong_password', 'the current password is wrong', { field: 'currentPassword' });
  }
  assertPasswordAcceptable({
    password: input.newPassword,
    login: account.login,
    currentPassword: input.currentPassword,
  });
  const passwordHash = await input.hasher.hash(input.newPassword);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const updated = await repos.accounts.update(account.id, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
    });
    await repos.sessions.revokeAllForAccount(account.id, now, input.sessionId ?? undefined);
    await repos.audit.append(
      auditEvent({
        actor,
        at: now,
        action: 'account.change_password',
        entityType: 'account',
        entityId: account.id,
        before: {
          mustChangePassword: account.mustChangePassword,
          passwordChangedAt: account.passwordChangedAt,
        },
        after: { mustChangePassword: false, passwordChangedAt: now },
      }),
    );
    return { account: updated };
  });
}

/** An admin gives an account a new initial password: its sign-in delay lifted, signed out everywhere, must change it. */
export async function resetPassword(input: {
  actor: Actor;
  accountId: number;
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  secrets: Secrets;
}): Promise<{ account: AccountRecord; initialPassword: string }> {
  assertCan(input.actor, 'account.manage');
  const before = await getAccountById(input.store.repos, input.accountId);
  const initialPassword = input.secrets.initialPassword();
  const passwordHash = await input.hasher.hash(initialPassword);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const patch = { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null };
    const account = await repos.accounts.update(before.id, patch);
    await repos.loginAttempts.clearFailures({ login: before.login }, now);
    await repos.sessions.revokeAllForAccount(before.id, now);
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'account.reset_password',
        entityType: 'account',
        entityId: before.id,
        before: accountSnapshot(before),
        after: accountSnapshot(account),
      }),
    );
    return { account, initialPassword };
  });
}
