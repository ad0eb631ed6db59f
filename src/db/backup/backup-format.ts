// The backup file: gzip'd JSON lines. The first line describes the backup (format, schema level,
// plan years, rows per table); then each table's column list and its rows as row_to_json objects;
// then any attachment files kept on disk; the last line holds the SHA-256 of every line before it.
export const BACKUP_FORMAT = 1;
export const BACKUP_EXTENSION = '.duban-backup.jsonl.gz';

export interface BackupHeader {
  duban: 'backup';
  format: number;
  createdAt: string;
  source: 'pglite' | 'postgres';
  schema: { applied: number; last: string | null };
  planYears: number[];
  /** Rows per table, counted in the same snapshot the rows are read from. */
  tables: Record<string, number>;
  /** Attachment files stored under the data folder rather than in the database. */
  files: number;
}

export type BackupLine =
  | { table: string; columns: string[] }
  | { row: Record<string, unknown> }
  | { file: string; sha256: string; base64: string }
  | { end: { sha256: string; lines: number } };

export interface BackupSummary {
  file: string;
  header: BackupHeader;
  sizeBytes: number;
  /** How long the database was held in the backup's snapshot. */
  snapshotMs: number;
}

/** `duban-20240630T020000123Z.duban-backup.jsonl.gz` (to the millisecond): sorts by time, ends recognisably. */
export function backupFileName(at: Date, prefix = 'duban'): string {
  return `${prefix}-${at.toISOString().replace(/[-:.]/g, '')}${BACKUP_EXTENSION}`;
}
