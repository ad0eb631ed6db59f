// The actor a demo account acts as, found by its login: the demo's history acts through the use
// cases as these accounts, and so do the browser tests that set a scene before a page opens.
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Repositories } from '../store.ts';

export async function demoActor(repos: Repositories, login: string): Promise<Actor> {
  const account = await repos.accounts.findByLogin(login);
  if (!account) throw new Error(`the demo account ${login} is missing`);
  return {
    kind: 'account',
    accountId: account.id,
    role: account.role,
    unitId: account.unitId,
    mustChangePassword: false,
  };
}
