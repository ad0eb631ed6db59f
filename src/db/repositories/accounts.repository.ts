// Accounts table <-> AccountRecord.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { ACCOUNT_ROLES, type AccountRole } from '../../core/policy/policy.types.ts';
import type {
  AccountPatch,
  AccountRecord,
  AccountsRepository,
  NewAccount,
} from '../../services/accounts/accounts.types.ts';
import type { Db } from '../client.ts';
import { accounts } from '../schema/index.ts';

type AccountRow = typeof accounts.$inferSelect;

export function toAccountRole(value: string): AccountRole {
  const role = ACCOUNT_ROLES.find((candidate) => candidate === value);
  if (!role) throw new Error(`unknown role '${value}' in accounts`);
  return role;
}

export function toAccountRecord(row: AccountRow): AccountRecord {
  return { ...row, role: toAccountRole(row.role) };
}

export function accountsRepository(db: Db): AccountsRepository {
  return {
    async findById(id) {
      const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
      return row ? toAccountRecord(row) : null;
    },
    async findByLogin(login, options) {
      const query = db.select().from(accounts).where(eq(accounts.login, login));
      const [row] = options?.forUpdate ? await query.for('update') : await query;
      return row ? toAccountRecord(row) : null;
    },
    async findAll(filter = {}) {
      const conditions: SQL[] = [];
      if (filter.unitId !== undefined) conditions.push(eq(accounts.unitId, filter.unitId));
      if (filter.role !== undefined) conditions.push(eq(accounts.role, filter.role));
      const rows = await db
        .select()
        .from(accounts)
        .where(and(...conditions))
        .orderBy(asc(accounts.id));
      return rows.map(toAccountRecord);
    },
    async insert(account: NewAccount) {
      const [row] = await db.insert(accounts).values(account).returning();
      if (!row) throw new Error('insert into accounts returned no row');
      return toAccountRecord(row);
    },
    async update(id: number, patch: AccountPatch) {
      const [row] = await db.update(accounts).set(patch).where(eq(accounts.id, id)).returning();
      if (!row) throw new Error(`no account ${id} to update`);
      return toAccountRecord(row);
    },
  };
}
