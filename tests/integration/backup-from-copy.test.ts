// The serving server's backups on PGlite: the data folder copied in two passes, the second holding
// the engine only for what changed, then read by `duban backup` in a child process. Saves made while
// it is taken are either all in it or not at all; every row and evidence file comes back.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { backupFromCopy } from '../../src/cli/backup-from-copy.ts';
import { attachmentFiles } from '../../src/db/attachment-files.ts';
import { folderCatalog } from '../../src/db/backup/backup-catalog.ts';
import { restoreBackup } from '../../src/db/backup/backup-restore.ts';
import { copyPgliteFolder } from '../../src/db/backup/pglite-copy.ts';
import { queryOnce } from '../../src/db/backup/sql-session.ts';
import type { DomainError } from '../../src/core/errors.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createStore } from '../../src/db/store.ts';
import { EVIDENCE, everyRow, seedDemoYear, tempFolder } from './support/backup-fixture.ts';

async function folderBytes(root: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

async function probeIds(database: Database): Promise<number[]> {
  const rows = await queryOnce<{ id: number }>(database, 'SELECT id FROM copy_probe ORDER BY id');
  return rows.map((row) => Number(row.id));
}

describe("a running PGlite's backup, read from a copy of its folder", () => {
  let folder: string;
  let live: Database;
  before(async () => {
    folder = await tempFolder('from-copy');
    live = await openDatabase({ dataDir: join(folder, 'live') });
    await applyMigrations(live);
    await seedDemoYear({
      database: live,
      store: createStore(live.db),
      options: { dataDir: join(folder, 'live') },
      close: () => live.close(),
    });
    const sha256 = createHash('sha256').update(EVIDENCE).digest('hex');
    const path = await attachmentFiles(live.filesRoot!).put(EVIDENCE, sha256);
    await live.db.execute(
      sql`UPDATE attachments SET content = NULL, storage_path = ${path} WHERE file_name = '佐证.bin'`,
    );
    await live.db.execute(sql`CREATE TABLE copy_probe (id integer PRIMARY KEY)`);
  });
  after(async () => {
    await live.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('saves acknowledged before the copy are in it, none started after it, and it opens', async () => {
    let next = 1;
    let writing = true;
    const acknowledged: number[] = [];
    const writer = (async () => {
      while (writing) {
        const id = next++;
        await live.db.execute(sql`INSERT INTO copy_probe VALUES (${id})`);
        acknowledged.push(id);
        // PGlite answers within the same turn: let timers and the copy's file work run between saves.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = [...acknowledged];
    const copy = await copyPgliteFolder(live, join(folder, 'copy'), 0);
    const startedBy = next - 1;
    writing = false;
    await writer;

    const copied = await openDatabase({ dataDir: join(folder, 'copy') });
    try {
      const ids = await probeIds(copied);
      assert.deepEqual(
        ids,
        Array.from({ length: ids.length }, (_, i) => i + 1),
        'no gap: one moment',
      );
      assert.ok(ids.length >= before.length, `${ids.length} rows, ${before.length} acknowledged before`);
      assert.ok(ids.length <= startedBy, `${ids.length} rows, ${startedBy} started before it ended`);
      const { copy_probe: _probe, ...copiedRows } = Object.fromEntries(await everyRow(copied));
      const { copy_probe: _live, ...liveRows } = Object.fromEntries(await everyRow(live));
      assert.deepEqual(copiedRows, liveRows);
    } finally {
      await copied.close();
    }
    // Only the migrated tables restore: the probe goes before the next test backs the folder up.
    await live.db.execute(sql`DROP TABLE copy_probe`);
    // The second pass copies what changed and the log's end, not the folder again.
    const whole = await folderBytes(join(folder, 'live'));
    assert.ok(copy.heldBytes < whole / 2, `held for ${copy.heldBytes} of ${whole} bytes`);
  });

  test('a copy that would leave the disk less than its reserve is refused before anything is copied', async () => {
    const into = join(folder, 'no-room');
    await assert.rejects(copyPgliteFolder(live, into, Number.MAX_SAFE_INTEGER), (error: DomainError) => {
      assert.equal(error.code, 'backup.no_room');
      assert.equal(error.kind, 'storage_full');
      return true;
    });
    assert.deepEqual(await readdir(into), []);
    await live.db.execute(sql`UPDATE accounts SET display_name = display_name WHERE id = 1`);
  });

  test('the backup read by `duban backup` from the copy restores every row and the evidence file', async () => {
    const backups = join(folder, 'backups');
    const catalog = folderCatalog({
      database: live,
      directory: backups,
      filesRoot: live.filesRoot,
      schedule: null,
      writer: (file, options) => backupFromCopy(live, file, options),
    });
    const [first, second] = await Promise.all([catalog.takeNow(), catalog.take('scheduled')]);
    assert.notEqual(first.name, second.name);
    assert.deepEqual(
      (await readdir(backups)).sort(),
      [first.name, second.name].sort(),
      'the copies are gone',
    );
    assert.equal(first.files, 1);

    const restored = await openDatabase({ dataDir: join(folder, 'restored') });
    try {
      await restoreBackup(join(backups, second.name), restored, { filesRoot: restored.filesRoot });
      assert.deepEqual(await everyRow(restored), await everyRow(live));
      const [row] = await restored.db.query.attachments.findMany({
        where: (a, { eq }) => eq(a.fileName, '佐证.bin'),
      });
      const content = row!.storagePath
        ? await attachmentFiles(restored.filesRoot!).read(row!.storagePath, row!.sha256)
        : row!.content!;
      assert.deepEqual(new Uint8Array(content), EVIDENCE);
    } finally {
      await restored.close();
    }
  });
});
