// Opens the database: embedded PGlite in a data folder by default, PostgreSQL when given a URL.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

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
}

type Driver =
  | { kind: 'pglite'; db: PgliteDatabase<Schema>; client: PGlite }
  | { kind: 'postgres'; db: NodePgDatabase<Schema>; client: pg.Pool };

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, for logs: the folder, 'memory' or the server's host/database. */
  location: string;
  driver: Driver;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const driver = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? DEFAULT_DATA_DIR);
  const db: Db = driver.db;
  let closing: Promise<void> | null = null;
  return {
    db,
    kind: driver.kind,
    location: describeLocation(options),
    driver,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    // Closing twice is harmless: both drivers throw on a second close, callers should not care.
    close: () => (closing ??= driver.kind === 'pglite' ? driver.client.close() : driver.client.end()),
  };
}

function openPostgres(databaseUrl: string): Driver {
  const client = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env['DUBAN_PG_POOL'] ?? 10),
  });
  // An idle connection the server ends (a restart, an administrator) is dropped from the pool and
  // replaced on the next query; without this handler it would crash the process.
  client.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') process.stderr.write(`database connection lost: ${error.message}\n`);
  });
  return { kind: 'postgres', client, db: drizzlePg({ client, schema }) };
}

async function openPglite(dataDir: string): Promise<Driver> {
  const location = dataDir === MEMORY ? MEMORY : resolve(dataDir);
  if (location !== MEMORY) await mkdir(location, { recursive: true });
  const client = await PGlite.create(location);
  return { kind: 'pglite', client, db: drizzlePglite({ client, schema }) };
}

function describeLocation(options: OpenDatabaseOptions): string {
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  return dataDir === MEMORY ? 'memory' : resolve(dataDir);
}
