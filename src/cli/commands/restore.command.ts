// `duban restore FILE [--data DIR | --database-url URL] [--force]`: checks the file, restores it
// into an empty database (with --force, backs the target up first and replaces it), checks counts.
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isDomainError } from '../../core/errors.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { backupFileName } from '../../db/backup/backup-format.ts';
import { verifyBackup } from '../../db/backup/backup-read.ts';
import { restoreBackup, targetHoldsData } from '../../db/backup/backup-restore.ts';
import { writeBackup } from '../../db/backup/backup-write.ts';
import { backupTarget, describeBackup, type BackupTarget } from '../backup-target.ts';
import type { CommandIo, CommandRun } from '../main.ts';

const USAGE = 'Usage: duban restore FILE [--data DIR | --database-url URL] [--force]\n';
const OPTIONS = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  const target = backupTarget(values, process.env);
  let database: Database | null = null;
  try {
    const header = await verifyBackup(file);
    io.stdout(`checksum verified: ${file} (taken ${header.createdAt} from ${header.source})\n`);
    database = await openDatabase(target.options);
    if (values.force && (await targetHoldsData(database))) await backUpTarget(database, target, file, io);
    const { counts } = await restoreBackup(file, database, {
      force: values.force ?? false,
      filesRoot: target.filesRoot,
    });
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    io.stdout(
      `restored ${rows} rows in ${Object.keys(counts).length} tables into ${database.location}; every count matches the backup\n`,
    );
    io.stdout('done\n');
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    io.stderr(`duban restore: ${error.message} (${error.code})\n`);
    return 1;
  } finally {
    await database?.close();
  }
};

async function backUpTarget(
  database: Database,
  target: BackupTarget,
  file: string,
  io: CommandIo,
): Promise<void> {
  const out = join(dirname(resolve(file)), backupFileName(new Date(), 'duban-before-restore'));
  io.stdout(`the target holds data; backing it up first\n`);
  io.stdout(describeBackup(await writeBackup(database, out, { filesRoot: target.filesRoot })));
}
