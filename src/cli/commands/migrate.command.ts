// `duban migrate`: applies pending migrations to the configured database.
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { databaseOptions } from '../database-options.ts';
import type { CommandRun } from '../main.ts';
import { BACKUP_OPTIONS, backupBeforeMigrating, backupDirectory } from '../serve-backups.ts';

export const run: CommandRun = async (args, io) => {
  const options = { data: { type: 'string' }, 'backup-dir': BACKUP_OPTIONS['backup-dir'] } as const;
  const { values } = parseArgs({ args, options, strict: true });
  const target = databaseOptions(values, process.env);
  const database = await openDatabase(target);
  try {
    await backupBeforeMigrating(database, target, backupDirectory(values, process.env, target), io);
    await applyMigrations(database);
    io.stdout(`migrations applied (${database.kind}: ${database.location})\n`);
    return 0;
  } finally {
    await database.close();
  }
};
