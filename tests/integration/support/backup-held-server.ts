// Run as a child process by backup-interrupted.test.ts: a server's PGlite backup that is stopped for
// good in its second pass, while it holds the engine. Saves probe rows first (each acknowledged),
// prints a digest of every row, starts the backup the way `duban serve` takes it (a copy of the
// folder, read by a `duban backup` child) and prints `held` once the second pass holds the engine;
// there it waits until the parent kills it with SIGKILL.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { backupFromCopy } from '../../../src/cli/backup-from-copy.ts';
import { folderCatalog } from '../../../src/db/backup/backup-catalog.ts';
import { openDatabase } from '../../../src/db/client.ts';
import { everyRow } from './backup-fixture.ts';

const [dataDir, backupDir] = process.argv.slice(2) as [string, string];
const database = await openDatabase({ dataDir, minFreeBytes: 0 });
for (let id = 1; id <= 50; id += 1) await database.db.execute(sql`INSERT INTO kill_probe VALUES (${id})`);
const rows = JSON.stringify([...(await everyRow(database)).entries()]);
process.stdout.write(`rows ${createHash('sha256').update(rows).digest('hex')}\n`);
const catalog = folderCatalog({
  database,
  directory: backupDir,
  filesRoot: dataDir,
  schedule: null,
  writer: (file, { now }) =>
    backupFromCopy(database, file, {
      now,
      reserveBytes: 0,
      whileHeld: async () => {
        process.stdout.write('held\n');
        await new Promise(() => setInterval(() => {}, 1000));
      },
    }),
});
await catalog.take('scheduled');
