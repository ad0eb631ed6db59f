// `duban migrate`: applies pending migrations to the configured database.
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { databaseOptions } from '../database-options.ts';
import type { CommandRun } from '../main.ts';

export const run: CommandRun = async (args, io) => {
  const { values } = parseArgs({ args, options: { data: { type: 'string' } }, strict: true });
  const database = await openDatabase(databaseOptions(values, process.env));
  try {
    await applyMigrations(database);
    io.stdout(`migrations applied (${database.kind}: ${database.location})\n`);
    return 0;
  } finally {
    await database.close();
  }
};
