// Which database `duban backup` / `restore` act on: --data DIR (PGlite), --database-url URL, or
// the environment as every command reads it (DATABASE_URL, else DUBAN_DATA_DIR, else ./data).
import { resolve } from 'node:path';
import { MEMORY, type OpenDatabaseOptions } from '../db/client.ts';
import type { BackupSummary } from '../db/backup/backup-format.ts';
import { databaseOptions } from './database-options.ts';

export interface BackupTarget {
  options: OpenDatabaseOptions;
  /** The folder attachment files live under (PGlite's data folder), null for PostgreSQL. */
  filesRoot: string | null;
}

export function backupTarget(
  flags: { data?: string | undefined; 'database-url'?: string | undefined },
  env: NodeJS.ProcessEnv,
): BackupTarget {
  const options: OpenDatabaseOptions = flags['database-url']
    ? { databaseUrl: flags['database-url'] }
    : flags.data
      ? { dataDir: flags.data }
      : databaseOptions({}, env);
  return { options, filesRoot: filesRootOf(options) };
}

export function filesRootOf(options: OpenDatabaseOptions): string | null {
  if (options.databaseUrl || options.dataDir === MEMORY) return null;
  return resolve(options.dataDir ?? './data');
}

export function describeBackup(summary: BackupSummary): string {
  const { header } = summary;
  const rows = Object.values(header.tables).reduce((sum, n) => sum + n, 0);
  const tables = Object.keys(header.tables).length;
  const years = header.planYears.length > 0 ? header.planYears.join(', ') : 'none';
  return (
    `backup written: ${summary.file}\n` +
    `  ${formatBytes(summary.sizeBytes)}, ${rows} rows in ${tables} tables, ${header.files} attachment files, ` +
    `plan years ${years}, schema ${header.schema.last ?? 'empty'} (${header.source}), ` +
    `snapshot held ${Math.round(summary.snapshotMs)} ms\n`
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
