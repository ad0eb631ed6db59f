// Upgrading: `duban migrate` (and `duban serve`, through the same step) backs a database that holds
// data up before applying pending migrations, into the backup folder, at the level it was; an empty
// database or one with nothing pending is migrated without one.
import assert from 'node:assert/strict';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main, type CommandIo } from '../../src/cli/main.ts';
import { readBackupHeader } from '../../src/db/backup/backup-read.ts';
import { journal, migrateTo, migrationLevel } from '../../src/db/backup/migration-level.ts';
import { queryOnce } from '../../src/db/backup/sql-session.ts';
import { openDatabase } from '../../src/db/client.ts';
import { units } from '../../src/db/schema/index.ts';
import { tempFolder } from './support/backup-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

function captureIo(): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTty: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

describe('a backup before migrating a database that holds data', () => {
  let folder: string;
  const opened: TestDatabase[] = [];
  before(async () => {
    folder = await tempFolder('before-migration');
  });
  after(async () => {
    for (const database of opened) await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** A database one migration behind, with or without a unit in it; the flags that reach it. */
  async function oneBehind(name: string, withData: boolean): Promise<string[]> {
    const all = (await journal()).length;
    let flags: string[];
    let database;
    if (usingPostgres) {
      const testDb = await openTestDatabase();
      opened.push(testDb);
      database = testDb.database;
      flags = [];
      process.env['DATABASE_URL'] = testDb.options.databaseUrl!;
      // Back to a database nothing has migrated, then up to one behind.
      for (const statement of [
        'DROP SCHEMA public CASCADE',
        'CREATE SCHEMA public',
        'DROP SCHEMA IF EXISTS drizzle CASCADE',
      ])
        await queryOnce(database, statement);
    } else {
      database = await openDatabase({ dataDir: join(folder, name) });
      flags = ['--data', join(folder, name)];
    }
    await migrateTo(database, all - 1);
    if (withData) await database.db.insert(units).values({ code: 'fgw', createdAt: new Date() });
    if (!usingPostgres) await database.close();
    return flags;
  }

  test('one migration pending over data: the backup is written first, at the old level, and named', async () => {
    const flags = await oneBehind('with-data', true);
    const backups = join(folder, 'backups-with-data');
    const io = captureIo();
    try {
      assert.equal(await main(['migrate', ...flags, '--backup-dir', backups], io), 0, io.err);
    } finally {
      delete process.env['DATABASE_URL'];
    }
    assert.match(io.out, /holds data and 1 migration\(s\) are pending: backing it up first/);
    const names = await readdir(backups);
    assert.equal(names.length, 1);
    assert.match(names[0]!, /^duban-before-migration-\d{8}T\d{9}Z\.duban-backup\.jsonl\.gz$/);
    assert.match(io.out, new RegExp(`backup before migrating: .*${names[0]!.replaceAll('.', '\\.')}`));
    const header = await readBackupHeader(join(backups, names[0]!));
    const entries = await journal();
    assert.equal(header.schema.applied, entries.length - 1);
    assert.equal(header.tables['units'], 1);

    const again = captureIo();
    const noBackups = join(folder, 'backups-again');
    if (usingPostgres) process.env['DATABASE_URL'] = opened.at(-1)!.options.databaseUrl!;
    try {
      assert.equal(await main(['migrate', ...flags, '--backup-dir', noBackups], again), 0, again.err);
    } finally {
      delete process.env['DATABASE_URL'];
    }
    assert.deepEqual(await readdir(noBackups).catch(() => []), [], 'nothing pending: no backup');
  });

  test('an empty database one migration behind is migrated without a backup', async () => {
    const flags = await oneBehind('empty', false);
    const backups = join(folder, 'backups-empty');
    const io = captureIo();
    try {
      assert.equal(await main(['migrate', ...flags, '--backup-dir', backups], io), 0, io.err);
    } finally {
      delete process.env['DATABASE_URL'];
    }
    assert.deepEqual(await readdir(backups).catch(() => []), []);
    if (!usingPostgres) {
      const database = await openDatabase({ dataDir: join(folder, 'empty') });
      try {
        assert.equal((await migrationLevel(database)).applied, (await journal()).length);
      } finally {
        await database.close();
      }
    }
  });
});
