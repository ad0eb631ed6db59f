// The schema level of a database: how many of the migrations in drizzle/ it has applied. A backup
// records it, and a restore brings the target to that level before writing rows, then upgrades.
import { mkdtemp, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../core/errors.ts';
import type { Database } from '../client.ts';
import { applyMigrations, MIGRATIONS_FOLDER } from '../migrate.ts';
import { queryOnce } from './sql-session.ts';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface MigrationLevel {
  /** Migrations applied, counted from the first. 0: a database nothing has migrated. */
  applied: number;
  /** The tag of the last one applied (`0008_unit_filing_generations`), null at 0. */
  last: string | null;
}

export async function journal(): Promise<JournalEntry[]> {
  const text = await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8');
  return (JSON.parse(text) as { entries: JournalEntry[] }).entries;
}

export async function migrationLevel(database: Database): Promise<MigrationLevel> {
  const [table] = await queryOnce<{ name: string | null }>(
    database,
    `SELECT to_regclass('drizzle.__drizzle_migrations')::text AS name`,
  );
  if (!table?.name) return { applied: 0, last: null };
  const [row] = await queryOnce<{ created_at: string | number }>(
    database,
    'SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1',
  );
  if (!row) return { applied: 0, last: null };
  const entries = await journal();
  const index = entries.findIndex((entry) => entry.when === Number(row.created_at));
  if (index < 0) {
    throw new DomainError(
      'backup.unknown_schema',
      'conflict',
      'the database was migrated by a newer Duban than this one; upgrade Duban first',
    );
  }
  return { applied: index + 1, last: entries[index]!.tag };
}

export async function pendingMigrations(database: Database): Promise<number> {
  const level = await migrationLevel(database);
  return (await journal()).length - level.applied;
}

/** Applies the first `count` migrations only (through a copy of drizzle/ with a shortened journal). */
export async function migrateTo(database: Database, count: number): Promise<void> {
  const entries = await journal();
  if (count > entries.length) {
    throw new DomainError(
      'backup.newer_schema',
      'conflict',
      `the backup's schema is at migration ${count}, this Duban knows ${entries.length}; upgrade Duban first`,
    );
  }
  const folder = await mkdtemp(join(tmpdir(), 'duban-migrations-'));
  try {
    await mkdir(join(folder, 'meta'));
    const kept = entries.slice(0, count);
    const journalFile = join(MIGRATIONS_FOLDER, 'meta', '_journal.json');
    const original = JSON.parse(await readFile(journalFile, 'utf8')) as Record<string, unknown>;
    await writeFile(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...original, entries: kept }));
    for (const entry of kept)
      await copyFile(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    await applyMigrations(database, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
