// Accounts written straight to the tables with a ready session, for suites over a plan imported
// through the real import path: no password sign-in, so no argon2 per account.
import type { AccountRole } from '../../../src/core/policy/policy.types.ts';
import type { Db } from '../../../src/db/client.ts';
import { accounts, sessions } from '../../../src/db/schema/index.ts';
import { hashToken } from '../../../src/services/support/secrets.ts';
import { T0 } from './deterministic.ts';
import type { SignedInAccount } from './loop-fixture.ts';

export interface SeedAccount {
  login: string;
  role: AccountRole;
  unitId?: number | null;
}

export async function seedSignedIn(
  db: Db,
  list: readonly SeedAccount[],
): Promise<Map<string, SignedInAccount>> {
  const result = new Map<string, SignedInAccount>();
  for (const account of list) {
    const unitId = account.unitId ?? null;
    const [row] = await db
      .insert(accounts)
      .values({
        login: account.login,
        displayName: account.login,
        passwordHash: 'not-a-hash: signs in by seeded session',
        role: account.role,
        unitId,
        mustChangePassword: false,
        createdAt: T0,
      })
      .returning({ id: accounts.id });
    if (!row) throw new Error(`no account row for ${account.login}`);
    const token = `session-${account.login}`;
    const csrf = `csrf-${account.login}`;
    await db.insert(sessions).values({
      accountId: row.id,
      tokenHash: hashToken(token),
      csrfToken: csrf,
      createdAt: T0,
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    });
    result.set(account.login, {
      actor: { kind: 'account', accountId: row.id, role: account.role, unitId, mustChangePassword: false },
      headers: { cookie: `duban_session=${token}`, 'x-csrf-token': csrf },
    });
  }
  return result;
}
