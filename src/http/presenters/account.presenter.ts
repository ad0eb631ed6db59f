// Turns account records into the API's Account shape (never the hash, counters or raw rows).
import type { z } from 'zod';
import type { AccountRecord } from '../../services/accounts/accounts.types.ts';
import type { AccountSchema } from '../../contracts/account.schema.ts';

export type AccountView = z.output<typeof AccountSchema>;

export function presentAccount(account: AccountRecord): AccountView {
  return {
    id: account.id,
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    unitId: account.unitId,
    mustChangePassword: account.mustChangePassword,
    lockedUntil: account.lockedUntil?.toISOString() ?? null,
    disabled: account.disabledAt !== null,
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}
