// Backups around `duban serve` and `duban migrate`: where they go, the one taken before migrating a
// database that holds data, and the schedule the server keeps.
import { dirname, join, resolve } from 'node:path';
import type { Database, OpenDatabaseOptions } from '../db/client.ts';
import { folderCatalog } from '../db/backup/backup-catalog.ts';
import { targetHoldsData } from '../db/backup/backup-restore.ts';
import { pendingMigrations } from '../db/backup/migration-level.ts';
import { backupFromCopy } from './backup-from-copy.ts';
import { filesRootOf, formatBytes } from './backup-target.ts';
import { parseDuration, startBackupSchedule, type BackupScheduleHandle } from './backup-schedule.ts';
import type { CommandIo } from './main.ts';

export const BACKUP_OPTIONS = {
  'backup-dir': { type: 'string' },
  'backup-every': { type: 'string' },
  'backup-keep': { type: 'string' },
} as const;

export interface BackupFlags {
  'backup-dir'?: string | undefined;
  'backup-every'?: string | undefined;
  'backup-keep'?: string | undefined;
}

/** --backup-dir, DUBAN_BACKUP_DIR, else `backups` beside PGlite's data folder (or in the working folder). */
export function backupDirectory(
  flags: BackupFlags,
  env: NodeJS.ProcessEnv,
  options: OpenDatabaseOptions,
): string {
  const chosen = flags['backup-dir'] ?? env['DUBAN_BACKUP_DIR'];
  if (chosen) return resolve(chosen);
  if (options.dataDir) return join(dirname(resolve(options.dataDir)), 'backups');
  return resolve('backups');
}

/** Before migrations change a database that holds data, a backup of it as it was. */
export async function backupBeforeMigrating(
  database: Database,
  options: OpenDatabaseOptions,
  directory: string,
  io: CommandIo,
): Promise<void> {
  if (database.location === 'memory') return;
  const pending = await pendingMigrations(database);
  if (pending === 0 || !(await targetHoldsData(database))) return;
  const catalog = folderCatalog({ database, directory, filesRoot: filesRootOf(options), schedule: null });
  io.stdout(`the database holds data and ${pending} migration(s) are pending: backing it up first\n`);
  const entry = await catalog.take('before-migration');
  io.stdout(`backup before migrating: ${join(directory, entry.name)} (${formatBytes(entry.sizeBytes)})\n`);
}

export type ServeBackups = {
  catalog: ReturnType<typeof folderCatalog> | null;
  schedule: BackupScheduleHandle | null;
  /** The server is stopping: a backup being taken stops too (its child process ends, its files go). */
  abort(): void;
};

/** The admin page's catalog, and the schedule when --backup-every (or DUBAN_BACKUP_EVERY) is given. */
export function serveBackups(
  flags: BackupFlags,
  env: NodeJS.ProcessEnv,
  database: Database,
  options: OpenDatabaseOptions,
  io: CommandIo,
): ServeBackups | string {
  if (database.location === 'memory') return { catalog: null, schedule: null, abort: () => {} };
  const everyText = flags['backup-every'] ?? env['DUBAN_BACKUP_EVERY'];
  const everyMs = everyText === undefined ? null : parseDuration(everyText);
  if (everyText !== undefined && everyMs === null)
    return `'${everyText}' is not a duration such as 24h, 30m or 7d`;
  const keep = Number(flags['backup-keep'] ?? env['DUBAN_BACKUP_KEEP'] ?? '7');
  if (!Number.isInteger(keep) || keep < 1) return `--backup-keep must be a whole number of 1 or more`;
  const directory = backupDirectory(flags, env, options);
  const schedule = everyMs === null ? null : { everyMs, keep };
  // PGlite on disk: read a copy of the folder in a child, so filers are held only for the copy.
  const stopping = new AbortController();
  const abort = () => stopping.abort();
  const writer =
    database.kind === 'pglite'
      ? {
          writer: (file: string, { now }: { now: () => Date }) =>
            backupFromCopy(database, file, { now, signal: stopping.signal }),
        }
      : {};
  const catalog = folderCatalog({
    database,
    directory,
    filesRoot: filesRootOf(options),
    schedule,
    ...writer,
  });
  if (!schedule) return { catalog, schedule: null, abort };
  io.stdout(`backups: every ${everyText}, keeping ${keep}, in ${directory}\n`);
  const handle = startBackupSchedule({
    catalog,
    ...schedule,
    onBackup: (entry, removed) =>
      io.stdout(
        `backup taken: ${entry.name} (${formatBytes(entry.sizeBytes)})${removed.length ? `; removed ${removed.join(', ')}` : ''}\n`,
      ),
    onError: (error) =>
      io.stderr(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  return { catalog, schedule: handle, abort };
}
