import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { folderCatalog } from '../../src/db/backup/backup-catalog.ts';
import { parseDuration, startBackupSchedule } from '../../src/cli/backup-schedule.ts';
import type { BackupEntry } from '../../src/services/backups/backups.types.ts';
import { tempFolder } from './support/backup-fixture.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('scheduled backups', () => {
  let testDb: TestDatabase;
  let directory: string;
  before(async () => {
    testDb = await openTestDatabase();
    directory = await tempFolder('schedule');
  });
  after(async () => {
    await testDb.close();
    await rm(directory, { recursive: true, force: true });
  });

  test('durations read as 90s, 30m, 24h, 7d; anything else is refused', () => {
    assert.deepEqual(['90s', '30m', '24h', '7d', '0h', '24', 'h', '-1d'].map(parseDuration), [
      90_000,
      1_800_000,
      86_400_000,
      604_800_000,
      null,
      null,
      null,
      null,
    ]);
  });

  test('with none in the folder the first is taken at once, then every interval, keeping the newest N', async () => {
    const catalog = folderCatalog({ database: testDb.database, directory, filesRoot: null, schedule: null });
    const manual = await catalog.takeNow();
    const taken: BackupEntry[] = [];
    await new Promise<void>((resolve, reject) => {
      const handle = startBackupSchedule({
        catalog,
        everyMs: 50,
        keep: 2,
        onBackup: (entry) => {
          taken.push(entry);
          if (taken.length === 3) void handle.stop().then(resolve, reject);
        },
        onError: reject,
      });
    });
    const left = await catalog.list();
    const scheduled = left.filter((entry) => entry.origin === 'scheduled').map((entry) => entry.name);
    assert.deepEqual(scheduled, [taken[2]!.name, taken[1]!.name], 'the two newest scheduled backups');
    assert.ok(
      left.some((entry) => entry.name === manual.name),
      "the admin's backup is kept",
    );
  });
});
