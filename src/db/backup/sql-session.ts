// Raw SQL over either driver for backup and restore: cursors, isolation levels and table-wide
// statements that the repositories never need. One connection per session, inside one transaction.
import type { Database } from '../client.ts';

export interface SqlSession {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export type TransactionMode = 'snapshot' | 'write';

const BEGIN: Record<TransactionMode, string> = {
  // A read-only snapshot: every table as of one moment; PostgreSQL writers never wait on it.
  snapshot: 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY',
  write: 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED',
};

/** Runs `work` in one transaction on one connection; commits when it returns, rolls back when it throws. */
export async function inTransaction<T>(
  database: Database,
  mode: TransactionMode,
  work: (session: SqlSession) => Promise<T>,
): Promise<T> {
  const { driver } = database;
  if (driver.kind === 'pglite') {
    return driver.client.transaction(async (tx) => {
      const session: SqlSession = {
        query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
      };
      await session.query(BEGIN[mode]);
      await session.query(`SET LOCAL TIME ZONE 'UTC'`);
      return work(session);
    });
  }
  const client = await driver.client.connect();
  const session: SqlSession = {
    query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
  };
  try {
    await client.query('BEGIN');
    await session.query(BEGIN[mode]);
    await session.query(`SET LOCAL TIME ZONE 'UTC'`);
    const result = await work(session);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A statement outside any transaction (schema checks before the work starts). */
export async function queryOnce<T = Record<string, unknown>>(
  database: Database,
  text: string,
  params?: unknown[],
): Promise<T[]> {
  const { driver } = database;
  if (driver.kind === 'pglite') return (await driver.client.query<T>(text, params)).rows;
  return (await driver.client.query(text, params)).rows as T[];
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
