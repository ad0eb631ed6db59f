// A fresh, migrated database per suite: in-memory PGlite by default, a throwaway PostgreSQL
// database when DUBAN_TEST_PG=1 (created on the server in DUBAN_TEST_PG_URL and dropped after).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MEMORY, openDatabase, type Database } from '../../../src/db/client.ts';
import { applyMigrations } from '../../../src/db/migrate.ts';
import { createStore } from '../../../src/db/store.ts';
import type { Store } from '../../../src/services/store.ts';

const ADMIN_URL = process.env['DUBAN_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const usingPostgres = process.env['DUBAN_TEST_PG'] === '1';

export interface TestDatabase {
  database: Database;
  store: Store;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  return usingPostgres ? openPostgresDatabase() : openMemoryDatabase();
}

async function openMemoryDatabase(): Promise<TestDatabase> {
  const database = await openDatabase({ dataDir: MEMORY });
  await applyMigrations(database);
  return { database, store: createStore(database.db), close: () => database.close() };
}

async function openPostgresDatabase(): Promise<TestDatabase> {
  const name = `duban_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await applyMigrations(database);
  } catch (error) {
    await database.close();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  return {
    database,
    store: createStore(database.db),
    close: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
