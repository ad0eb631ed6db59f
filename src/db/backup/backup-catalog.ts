// A folder of backup files as the server sees it: scheduled ones named by time, the ones taken
// before a migration or a restore, and the admin's. Each entry is read from the file's own header.
import { createReadStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { makeFolder } from '../make-folder.ts';
import { join } from 'node:path';
import type {
  BackupCatalog,
  BackupEntry,
  BackupOrigin,
  BackupSchedule,
} from '../../services/backups/backups.types.ts';
import type { Database } from '../client.ts';
import { BACKUP_EXTENSION, backupFileName } from './backup-format.ts';
import { readBackupHeader } from './backup-read.ts';
import type { BackupSummary } from './backup-format.ts';
import { writeBackup } from './backup-write.ts';

/** Writes one backup file of the database; the catalog's own is writeBackup, in this process. */
export type BackupWriter = (outFile: string, options: { now: () => Date }) => Promise<BackupSummary>;

const PREFIXES: Record<BackupOrigin, string> = {
  scheduled: 'duban',
  manual: 'duban-manual',
  'before-migration': 'duban-before-migration',
  'before-restore': 'duban-before-restore',
};
const NAME = /^(duban(?:-manual|-before-migration|-before-restore)?)-\d{8}T\d{9}Z\.duban-backup\.jsonl\.gz$/;

export interface FolderCatalogOptions {
  database: Database;
  directory: string;
  filesRoot: string | null;
  schedule: BackupSchedule | null;
  now?: () => Date;
  writer?: BackupWriter;
}

export function originOf(name: string): BackupOrigin | null {
  const prefix = NAME.exec(name)?.[1];
  const found = Object.entries(PREFIXES).find(([, p]) => p === prefix);
  return found ? (found[0] as BackupOrigin) : null;
}

export function folderCatalog(options: FolderCatalogOptions): BackupCatalog & {
  take(origin: BackupOrigin): Promise<BackupEntry>;
  prune(keep: number): Promise<string[]>;
} {
  const now = options.now ?? (() => new Date());
  const write: BackupWriter =
    options.writer ??
    ((file, { now }) => writeBackup(options.database, file, { filesRoot: options.filesRoot, now }));
  // One backup at a time: the admin's click while the schedule runs waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  const take = (origin: BackupOrigin) => {
    const taking = queue.then(async () => {
      await makeFolder(options.directory);
      const at = now();
      const file = join(options.directory, backupFileName(at, PREFIXES[origin]));
      await write(file, { now: () => at });
      return (await entryOf(options.directory, file.slice(options.directory.length + 1)))!;
    });
    queue = taking.catch(() => {});
    return taking;
  };
  return {
    directory: options.directory,
    schedule: options.schedule,
    list: () => listBackups(options.directory),
    open: async (name) => {
      const entry = await entryOf(options.directory, name);
      return entry ? { entry, stream: createReadStream(join(options.directory, name)) } : null;
    },
    takeNow: () => take('manual'),
    take,
    /** Removes the oldest scheduled backups beyond `keep`; the others are the operator's to remove. */
    prune: async (keep) => {
      const scheduled = (await listBackups(options.directory)).filter(
        (entry) => entry.origin === 'scheduled',
      );
      const removed = scheduled.slice(keep).map((entry) => entry.name);
      for (const name of removed) await rm(join(options.directory, name), { force: true });
      return removed;
    },
  };
}

export async function listBackups(directory: string): Promise<BackupEntry[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const entries = await Promise.all(
    names.filter((n) => n.endsWith(BACKUP_EXTENSION)).map((n) => entryOf(directory, n)),
  );
  return entries
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

/** Null for a name that is not one of ours or a file that does not read as a backup. */
async function entryOf(directory: string, name: string): Promise<BackupEntry | null> {
  const origin = originOf(name);
  if (!origin) return null;
  try {
    const path = join(directory, name);
    const [header, info] = await Promise.all([readBackupHeader(path), stat(path)]);
    const { tables, planYears, files, schema, createdAt } = header;
    return {
      name,
      origin,
      takenAt: new Date(createdAt),
      sizeBytes: info.size,
      planYears,
      tables,
      files,
      schema: schema.last,
    };
  } catch {
    return null;
  }
}
