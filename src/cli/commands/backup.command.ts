// `duban backup [--data DIR | --database-url URL] --out FILE|DIR`: one consistent, self-describing
// backup file of the whole database (see db/backup/backup-format.ts).
import { rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isDomainError } from '../../core/errors.ts';
import { openDatabase } from '../../db/client.ts';
import { backupFileName } from '../../db/backup/backup-format.ts';
import { partialFileOf, writeBackup } from '../../db/backup/backup-write.ts';
import { backupTarget, describeBackup } from '../backup-target.ts';
import type { CommandRun } from '../main.ts';

const USAGE = 'Usage: duban backup [--data DIR | --database-url URL] --out FILE|DIR\n';
const OPTIONS = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  out: { type: 'string' },
  // The moment the data was copied, when the server backs up a copy of its PGlite folder.
  'taken-at': { type: 'string' },
} as const;

export const run: CommandRun = async (args, io) => {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true });
  if (!values.out) {
    io.stderr(USAGE);
    return 2;
  }
  const takenAt = values['taken-at'] === undefined ? new Date() : new Date(values['taken-at']);
  if (Number.isNaN(takenAt.getTime())) {
    io.stderr(`duban backup: --taken-at '${values['taken-at']}' is not a time\n`);
    return 2;
  }
  const out = await outputFile(values.out, takenAt);
  stopWithTheServer(out);
  const target = backupTarget(values, process.env);
  const database = await openDatabase(target.options);
  try {
    io.stdout(
      describeBackup(await writeBackup(database, out, { filesRoot: target.filesRoot, now: () => takenAt })),
    );
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    io.stderr(`duban backup: ${error.message} (${error.code})\n`);
    return 1;
  } finally {
    await database.close();
  }
};

/** A folder gets a file named by the time; anything else is the file itself. */
async function outputFile(out: string, at: Date): Promise<string> {
  const info = await stat(out).catch(() => null);
  return info?.isDirectory() ? join(out, backupFileName(at)) : out;
}

/**
 * Run by a serving server (backup-from-copy.ts) over an IPC channel: when the channel closes, the
 * server has stopped or died (kill -9 included), and the backup it asked for stops too, leaving no
 * partial file. The channel does not keep this process alive otherwise.
 */
function stopWithTheServer(out: string): void {
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => {
    rmSync(partialFileOf(out), { force: true });
    process.exit(1);
  });
}
