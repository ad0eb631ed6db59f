// A fresh, migrated database per suite: in-memory PGlite by default (loaded from a migrated
// template, pglite-template.ts), a throwaway PostgreSQL database when DUBAN_TEST_PG=1 (created on
// the server in DUBAN_TEST_PG_URL and dropped after).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MEMORY, openDatabase, type Database, type OpenDatabaseOptions } from '../../../src/db/client.ts';
import { applyMigrations } from '../../../src/db/migrate.ts';
import { createStore } from '../../../src/db/store.ts';
import type { Store } from '../../../src/services/store.ts';
import { migratedPgliteTemplate } from './pglite-template.ts';

const ADMIN_URL = process.env['DUBAN_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const usingPostgres = process.env['DUBAN_TEST_PG'] === '1';

export interface TestDatabase {
  database: Database;
  store: Store;
  /** How another handle (a CLI run) reaches the same database; PGlite needs `database` closed first. */
  options: OpenDatabaseOptions;
  close(): Promise<void>;
}

/** onDisk: PGlite in a temporary folder instead of memory, so a second handle can open it. */
export async function openTestDatabase(settings: { onDisk?: boolean } = {}): Promise<TestDatabase> {
  if (usingPostgres) return openPostgresDatabase();
  if (settings.onDisk) return openFolderDatabase();
  return openPglite({ dataDir: MEMORY }, async () => {}, await migratedPgliteTemplate());
}

async function openFolderDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-test-'));
  return openPglite({ dataDir }, () => rm(dataDir, { recursive: true, force: true }));
}

async function openPglite(
  options: OpenDatabaseOptions,
  cleanUp: () => Promise<void>,
  startFrom?: Blob,
): Promise<TestDatabase> {
  const database = await openDatabase({ ...options, startFrom });
  // From the template this finds every migration applied; it still adds any the template lacks.
  await applyMigrations(database);
  const close = async () => {
    await database.close();
    await cleanUp();
  };
  return { database, store: createStore(database.db, database), options, close };
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
    store: createStore(database.db, database),
    options: { databaseUrl: url.toString() },
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
