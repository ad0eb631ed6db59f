// A throwaway PostgreSQL database for the API benchmark: created, migrated, given the 2024 plan
// through the real import, and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Actor } from '../../src/core/policy/policy.types.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createStore } from '../../src/db/store.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { commitPlanImport, previewPlanImport } from '../../src/services/plans/plan-import.usecases.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import type { Store } from '../../src/services/store.ts';

export const ADMIN_URL = process.env['DUBAN_BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const OPERATOR: Actor = { kind: 'system', role: 'admin', label: 'bench' };

export interface BenchDatabase {
  url: string;
  database: Database;
  store: Store;
  planId: number;
  drop(): Promise<void>;
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

/** An empty, migrated throwaway database on the PostgreSQL server. */
export async function createEmptyBenchDatabase(): Promise<Omit<BenchDatabase, 'store' | 'planId'>> {
  const name = `duban_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  const drop = async () => {
    await database.close();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await applyMigrations(database);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), database, drop };
}

/**
 * The bundled notice imported as the 2024 plan; with `before`, first imported as each earlier year
 * and handed to `before` (which fills that year) in order, oldest first.
 */
export async function createBenchDatabase(
  before: { years: number[]; fill(bench: BenchParts, plan: { id: number; year: number }): Promise<void> } = {
    years: [],
    fill: async () => {},
  },
): Promise<BenchDatabase> {
  const { url, database, drop } = await createEmptyBenchDatabase();
  try {
    const store = createStore(database.db);
    for (const year of before.years)
      await before.fill({ database, store }, { id: await importSeed(store, year), year });
    const planId = await importSeed(store, 2024);
    return { url, database, store, planId, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

export type BenchParts = Pick<BenchDatabase, 'database' | 'store'>;

async function importSeed(store: Store, year: number): Promise<number> {
  const bytes = readFileSync(new URL('../../samples/wuhu-2024-notice.txt', import.meta.url));
  const deps = { actor: OPERATOR, store, clock: systemClock };
  const { preview } = await previewPlanImport({
    ...deps,
    bytes,
    fileName: 'wuhu-2024-notice.txt',
    readNotice: importNotice,
  });
  const { plan } = await commitPlanImport({ ...deps, previewId: preview.id, year, acceptInferred: true });
  return plan.id;
}
