// What the server knows of its backups: the folder it writes them to, the schedule, and each file's
// header (read from the file itself). db/backup/backup-catalog.ts implements it over a folder.

export type BackupOrigin = 'scheduled' | 'manual' | 'before-migration' | 'before-restore';

export interface BackupEntry {
  /** The file name in the backup folder; the only handle the API accepts. */
  name: string;
  origin: BackupOrigin;
  takenAt: Date;
  sizeBytes: number;
  planYears: number[];
  /** Rows per table in the backup. */
  tables: Record<string, number>;
  files: number;
  schema: string | null;
}

export interface BackupSchedule {
  everyMs: number;
  keep: number;
}

export interface BackupFile {
  entry: BackupEntry;
  stream: NodeJS.ReadableStream;
}

export interface BackupCatalog {
  directory: string;
  schedule: BackupSchedule | null;
  /** Newest first; files that are not readable backups are left out. */
  list(): Promise<BackupEntry[]>;
  open(name: string): Promise<BackupFile | null>;
  /** Takes a backup now, as the schedule would. */
  takeNow(): Promise<BackupEntry>;
}
