// `duban demo [--data DIR] [--backup-dir DIR]`: what `duban serve --demo` does before it serves:
// migrates (backing up a database with data first) and seeds the demo into a database that holds no
// other data, then prints the outcome as one JSON line. `serve --demo` runs it as a child process,
// so the work and garbage of seeding a year (several hundred megabytes at its peak) never weigh on
// the serving process.
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { createStore } from '../../db/store.ts';
import { systemClock } from '../../services/support/clock.ts';
import { argon2Hasher } from '../../services/support/password-hasher.ts';
import { databaseOptions } from '../database-options.ts';
import { prepareDemo } from '../demo.ts';
import type { CommandRun } from '../main.ts';
import { backupBeforeMigrating, backupDirectory } from '../serve-backups.ts';

const OPTIONS = {
  data: { type: 'string' },
  'backup-dir': { type: 'string' },
} as const;

export const run: CommandRun = async (args, io) => {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true });
  const options = databaseOptions(values, process.env);
  const database = await openDatabase(options);
  try {
    // stdout carries the outcome alone; what the backup says goes to stderr.
    const said = { ...io, stdout: io.stderr };
    await backupBeforeMigrating(database, options, backupDirectory(values, process.env, options), said);
    await applyMigrations(database);
    const store = createStore(database.db, database);
    const outcome = await prepareDemo({ store, clock: systemClock, hasher: argon2Hasher(), live: true });
    io.stdout(`${JSON.stringify(outcome)}\n`);
    return 0;
  } finally {
    await database.close();
  }
};
