// Acting as a demo account straight through the services, to set the scene a browser test starts
// from (the office's decisions, another window's save) without clicking through other pages.
import type { Actor } from '../../../src/core/policy/policy.types.ts';
import type { Store } from '../../../src/services/store.ts';

export async function actorFor(store: Store, login: string): Promise<Actor> {
  const account = await store.repos.accounts.findByLogin(login);
  if (!account) throw new Error(`no account ${login}`);
  return {
    kind: 'account',
    accountId: account.id,
    role: account.role,
    unitId: account.unitId,
    mustChangePassword: false,
  };
}
