// Opens the database: embedded PGlite in a data folder by default, PostgreSQL when given a URL.
import { makeFolder } from './make-folder.ts';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { lockDataFolder, type DataLock } from './data-lock.ts';
import { DEFAULT_MIN_FREE_BYTES, guardPglite, type PgliteGuard } from './pglite-guard.ts';
import { initialisePgliteFolder, pgliteOptions } from './pglite-memory.ts';

export type Schema = typeof schema;
/** A Drizzle handle over either driver; repositories only use what both share. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export const DEFAULT_DATA_DIR = './data';
export const MEMORY = 'memory://';

export interface OpenDatabaseOptions {
  /** postgres://… ; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder (default ./data); 'memory://' keeps everything in memory. */
  dataDir?: string;
  /** PGlite: below this much free disk space writes are refused (DUBAN_MIN_FREE_MB, default 64 MB). */
  minFreeBytes?: number;
  /** PGlite in memory only: start from this dump (`dumpDataDir`) instead of an empty cluster. */
  startFrom?: Blob;
}

type Driver =
  | {
      kind: 'pglite';
      db: PgliteDatabase<Schema>;
      client: PGlite;
      guard: PgliteGuard | null;
      lock: DataLock | null;
    }
  | { kind: 'postgres'; db: NodePgDatabase<Schema>; client: pg.Pool };

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, for logs: the folder, 'memory' or the server's host/database. */
  location: string;
  driver: Driver;
  ping(): Promise<void>;
  /** PGlite's data folder on disk (evidence files live under it); null for memory and PostgreSQL. */
  filesRoot: string | null;
  /** 'full' while the data folder's disk is too full to take writes (PGlite on disk). */
  storage(): 'ok' | 'full';
  /** The PostgreSQL pool's connections, for /metrics; null for PGlite. */
  poolStats(): PoolStats | null;
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const driver = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(
        options.dataDir ?? DEFAULT_DATA_DIR,
        options.minFreeBytes ?? minFreeFromEnv(),
        options.startFrom,
      );
  const db: Db = driver.db;
  const guard = driver.kind === 'pglite' ? driver.guard : null;
  let closing: Promise<void> | null = null;
  return {
    db,
    kind: driver.kind,
    location: describeLocation(options),
    driver,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    filesRoot: driver.kind === 'pglite' && driver.guard ? resolve(options.dataDir ?? DEFAULT_DATA_DIR) : null,
    storage: () => guard?.storage() ?? 'ok',
    poolStats: () => (driver.kind === 'postgres' ? poolStats(driver.client) : null),
    // Closing twice is harmless: both drivers throw on a second close, callers should not care.
    close: () => (closing ??= closeDriver(driver)),
  };
}

async function closeDriver(driver: Driver): Promise<void> {
  if (driver.kind === 'postgres') return driver.client.end();
  driver.guard?.stop();
  try {
    await driver.client.close();
  } finally {
    driver.lock?.release();
  }
}

function poolStats(pool: pg.Pool): PoolStats {
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

/** DUBAN_MIN_FREE_MB: the free space PGlite's disk keeps (writes are refused below it). */
export function minFreeFromEnv(): number {
  const megabytes = Number(process.env['DUBAN_MIN_FREE_MB']);
  return Number.isFinite(megabytes) && megabytes >= 0 ? megabytes * 1024 * 1024 : DEFAULT_MIN_FREE_BYTES;
}

function openPostgres(databaseUrl: string): Driver {
  const client = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env['DUBAN_PG_POOL'] ?? 10),
    // A server that does not answer (a dead host, a partition) fails the request instead of holding it.
    connectionTimeoutMillis: Number(process.env['DUBAN_PG_CONNECT_TIMEOUT_MS'] ?? 5000),
  });
  // An idle connection the server ends (a restart, an administrator) is dropped from the pool and
  // replaced on the next query; without this handler it would crash the process. A client that
  // fails under a query is not queryable any more, and the pool discards it when it comes back.
  client.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') process.stderr.write(`database connection lost: ${error.message}\n`);
  });
  return { kind: 'postgres', client, db: drizzlePg({ client, schema }) };
}

async function openPglite(dataDir: string, minFreeBytes: number, startFrom?: Blob): Promise<Driver> {
  const location = dataDir === MEMORY ? MEMORY : resolve(dataDir);
  if (location === MEMORY) {
    const client = await PGlite.create(location, startFrom ? { loadDataDir: startFrom } : {});
    return { kind: 'pglite', client, guard: null, lock: null, db: drizzlePglite({ client, schema }) };
  }
  if (startFrom) throw new Error('startFrom is for an in-memory database');
  await makeFolder(location);
  // Refuse before PGlite touches a folder another process has open.
  const lock = lockDataFolder(location);
  try {
    await initialisePgliteFolder(location);
    const client = await PGlite.create(location, pgliteOptions());
    const guard = guardPglite(client, location, minFreeBytes);
    await guard.check();
    return { kind: 'pglite', client, guard, lock, db: drizzlePglite({ client, schema }) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function describeLocation(options: OpenDatabaseOptions): string {
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  return dataDir === MEMORY ? 'memory' : resolve(dataDir);
}
