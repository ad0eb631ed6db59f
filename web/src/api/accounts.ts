// Account administration (admin): list, create, change, reset a password.
import type {
  Account,
  AccountWithPassword,
  CreateAccountBody,
  UpdateAccountBody,
} from '../../../src/contracts/account.schema.ts';
import { UNIT_ROLES as ROLES_OF_A_UNIT } from '../../../src/core/policy/policy.types.ts';
import type { Role } from './auth.ts';
import { api } from './client.ts';

export type { Account as AccountView, AccountWithPassword } from '../../../src/contracts/account.schema.ts';

/** Roles that belong to a unit; the others are city-wide. */
export const UNIT_ROLES: readonly Role[] = ROLES_OF_A_UNIT;

export const findAccounts = async (query: { role?: Role } = {}): Promise<Account[]> => {
  const suffix = query.role ? `?role=${query.role}` : '';
  return (await api<{ accounts: Account[] }>('GET', `/api/accounts${suffix}`)).accounts;
};

export const createAccount = (body: CreateAccountBody): Promise<AccountWithPassword> =>
  api<AccountWithPassword>('POST', '/api/accounts', body);

export const updateAccount = async (accountId: number, changes: UpdateAccountBody): Promise<Account> =>
  (await api<{ account: Account }>('PATCH', `/api/accounts/${accountId}`, changes)).account;

export const resetPassword = (accountId: number): Promise<AccountWithPassword> =>
  api<AccountWithPassword>('POST', `/api/accounts/${accountId}/password-reset`);
