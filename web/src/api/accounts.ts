// Account administration (admin): list, create, change, reset a password.
import type { Role } from './auth.ts';
import { api } from './client.ts';

export interface AccountView {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

/** The answer to a create or a reset: the initial password is shown once and never again. */
export interface AccountWithPassword {
  account: AccountView;
  initialPassword: string;
}

/** Roles that belong to a unit; the others are city-wide. */
export const UNIT_ROLES: readonly Role[] = ['reporter', 'approver'];

export const findAccounts = async (query: { role?: Role } = {}): Promise<AccountView[]> => {
  const suffix = query.role ? `?role=${query.role}` : '';
  return (await api<{ accounts: AccountView[] }>('GET', `/api/accounts${suffix}`)).accounts;
};

export const createAccount = (body: {
  login: string;
  displayName: string;
  role: Role;
  unitId: number | null;
}): Promise<AccountWithPassword> => api<AccountWithPassword>('POST', '/api/accounts', body);

export const updateAccount = async (
  accountId: number,
  changes: { displayName?: string; role?: Role; unitId?: number | null; disabled?: boolean },
): Promise<AccountView> =>
  (await api<{ account: AccountView }>('PATCH', `/api/accounts/${accountId}`, changes)).account;

export const resetPassword = (accountId: number): Promise<AccountWithPassword> =>
  api<AccountWithPassword>('POST', `/api/accounts/${accountId}/password-reset`);
