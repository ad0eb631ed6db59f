import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { main, type CommandIo } from '../../src/cli/main.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createStore } from '../../src/db/store.ts';
import { attachmentFiles } from '../../src/db/attachment-files.ts';
import { writeBackup } from '../../src/db/backup/backup-write.ts';
import { restoreBackup } from '../../src/db/backup/backup-restore.ts';
import type { BackupHeader } from '../../src/db/backup/backup-format.ts';
import type { DomainError } from '../../src/core/errors.ts';
import { EVIDENCE, everyRow, seedDemoYear, tempFolder } from './support/backup-fixture.ts';
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

/** A PGlite database in a folder of its own, whatever the suite's database is. */
async function openPgliteFolder(): Promise<TestDatabase> {
  const dataDir = await tempFolder('pglite');
  const database = await openDatabase({ dataDir });
  await applyMigrations(database);
  return {
    database,
    store: createStore(database.db),
    options: { dataDir },
    close: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A target another handle (the command) can open: a PGlite folder, or a PostgreSQL database. */
const openTarget = () => (usingPostgres ? openTestDatabase() : openPgliteFolder());

const targetFlags = (testDb: TestDatabase) =>
  testDb.options.databaseUrl
    ? ['--database-url', testDb.options.databaseUrl]
    : ['--data', testDb.options.dataDir!];

async function withClosed<T>(
  testDb: TestDatabase,
  work: () => Promise<T>,
): Promise<{ result: T; reopened: Database }> {
  // PGlite serves one handle per folder: the CLI opens it itself.
  if (testDb.database.kind === 'pglite') await testDb.database.close();
  const result = await work();
  const reopened = testDb.database.kind === 'pglite' ? await openDatabase(testDb.options) : testDb.database;
  return { result, reopened };
}

describe('backup and restore', () => {
  let source: TestDatabase;
  let folder: string;
  let file: string;
  let sourceRows: Map<string, string[]>;

  before(async () => {
    source = await openTestDatabase();
    await seedDemoYear(source);
    folder = await tempFolder('backups');
    file = join(folder, 'demo.duban-backup.jsonl.gz');
    const summary = await writeBackup(source.database, file);
    assert.deepEqual(summary.header.planYears, [2024]);
    sourceRows = await everyRow(source.database);
  });
  after(async () => {
    await source.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('the header describes the backup: format, schema level, plan years and every table with its row count', async () => {
    const [first] = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n', 1);
    const header = JSON.parse(first!) as BackupHeader;
    assert.equal(header.duban, 'backup');
    assert.equal(header.format, 1);
    assert.equal(header.source, source.database.kind);
    assert.match(header.schema.last ?? '', /^\d{4}_/);
    assert.deepEqual(header.planYears, [2024]);
    for (const [table, rows] of sourceRows) assert.equal(header.tables[table], rows.length, table);
    assert.ok((header.tables['report_revisions'] ?? 0) > 1000, 'a year of filings is in it');
  });

  test('a backup of the demo database restores into an empty folder with every table identical, row by row', async () => {
    // On PostgreSQL this is also the way across: a PostgreSQL backup into a PGlite folder.
    const target = await openPgliteFolder();
    try {
      const io = captureIo();
      const { result, reopened } = await withClosed(target, () =>
        main(['restore', file, ...targetFlags(target)], io),
      );
      assert.equal(result, 0, io.err);
      assert.match(io.out, /checksum verified[\s\S]*every count matches[\s\S]*done/);
      target.database = reopened;
      assert.deepEqual(await everyRow(reopened), sourceRows);
    } finally {
      await target.close();
    }
  });

  test('evidence bytes come back exactly, and new rows get fresh ids after a restore', async () => {
    const target = await openTestDatabase();
    try {
      await restoreBackup(file, target.database);
      const [row] = await target.database.db.query.attachments.findMany({
        where: (a, { eq }) => eq(a.fileName, '佐证.bin'),
      });
      assert.deepEqual(new Uint8Array(row!.content!), EVIDENCE);
      const units = await target.database.db.query.units.findMany();
      assert.ok(units.length > 10);
      const before = await everyRow(target.database);
      const [unit] = units;
      const { attachments } = await import('../../src/db/schema/index.ts');
      const [inserted] = await target.database.db
        .insert(attachments)
        .values({
          unitId: unit!.id,
          fileName: 'n',
          mediaType: 'text/plain',
          sizeBytes: 1,
          sha256: 'x',
          content: new Uint8Array([1]),
          uploadedAt: new Date(),
        })
        .returning();
      assert.equal(
        inserted!.id,
        Math.max(...before.get('attachments')!.map((j) => (JSON.parse(j) as { id: number }).id)) + 1,
      );
    } finally {
      await target.close();
    }
  });

  test('restore refuses a target that already holds data and leaves it as it was', async () => {
    await assert.rejects(
      restoreBackup(file, source.database),
      (error: DomainError) => error.code === 'restore.target_not_empty',
    );
    assert.deepEqual(await everyRow(source.database), sourceRows);
  });

  test('a damaged file is refused before anything is written: a changed byte fails the checksum, a cut one the end', async () => {
    const lines = gunzipSync(await readFile(file)).toString('utf8');
    const altered = join(folder, 'altered.jsonl.gz');
    await writeFile(altered, gzipSync(lines.replace('"login":"admin"', '"login":"admim"')));
    const cut = join(folder, 'cut.jsonl.gz');
    await writeFile(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2))));
    const garbled = join(folder, 'garbled.jsonl.gz');
    const bytes = await readFile(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    await writeFile(garbled, bytes);
    const target = await openTestDatabase();
    try {
      await assert.rejects(
        restoreBackup(altered, target.database),
        (e: DomainError) => e.code === 'backup.checksum_mismatch',
      );
      await assert.rejects(
        restoreBackup(cut, target.database),
        (e: DomainError) => e.code === 'backup.corrupt',
      );
      await assert.rejects(
        restoreBackup(garbled, target.database),
        (e: DomainError) => e.code === 'backup.corrupt',
      );
      const rows = await everyRow(target.database);
      assert.deepEqual(
        [...rows].filter(([table, r]) => table !== 'directory_version' && r.length > 0),
        [],
      );
    } finally {
      await target.close();
    }
  });

  test('the command says why it refuses: a non-empty target, with exit code 1', async () => {
    const target = await openTarget();
    try {
      const io = captureIo();
      const { reopened } = await withClosed(target, async () => {
        assert.equal(await main(['restore', file, ...targetFlags(target)], io), 0);
        assert.equal(await main(['restore', file, ...targetFlags(target)], io), 1);
      });
      target.database = reopened;
      assert.match(io.err, /already holds data.*\(restore\.target_not_empty\)/);
    } finally {
      await target.close();
    }
  });

  test('--force backs the target up beside the file first, then replaces it', async () => {
    const target = await openTarget();
    try {
      await restoreBackup(file, target.database);
      const io = captureIo();
      await target.database.db.execute(sql`UPDATE accounts SET display_name = display_name || '*'`);
      const changed = await everyRow(target.database);
      const { reopened } = await withClosed(target, async () => {
        assert.equal(await main(['restore', file, ...targetFlags(target), '--force'], io), 0, io.err);
      });
      target.database = reopened;
      const saved = /backup written: (\S+)/.exec(io.out)?.[1];
      assert.ok(saved?.startsWith(folder) && saved.includes('before-restore'), io.out);
      assert.deepEqual(await everyRow(reopened), sourceRows);
      const again = await openTestDatabase();
      await restoreBackup(saved!, again.database);
      assert.deepEqual(await everyRow(again.database), changed);
      await again.close();
    } finally {
      await target.close();
    }
  });
});

if (usingPostgres) {
  describe('across databases', () => {
    test('a PGlite backup restores into PostgreSQL with every table identical', async () => {
      const pglite = await openPgliteFolder();
      const postgres = await openTestDatabase();
      const folder = await tempFolder('cross');
      try {
        await seedDemoYear(pglite);
        const file = join(folder, 'pglite.duban-backup.jsonl.gz');
        await writeBackup(pglite.database, file);
        const io = captureIo();
        assert.equal(await main(['restore', file, ...targetFlags(postgres)], io), 0, io.err);
        assert.deepEqual(await everyRow(postgres.database), await everyRow(pglite.database));
      } finally {
        await pglite.close();
        await postgres.close();
        await rm(folder, { recursive: true, force: true });
      }
    });

    test('evidence kept as a file in a PGlite folder comes back inline in PostgreSQL, byte for byte', async () => {
      const pglite = await openPgliteFolder();
      const postgres = await openTestDatabase();
      const folder = await tempFolder('cross-files');
      try {
        await seedDemoYear(pglite);
        const sha256 = createHash('sha256').update(EVIDENCE).digest('hex');
        const path = await attachmentFiles(pglite.options.dataDir!).put(EVIDENCE, sha256);
        await pglite.database.db.execute(
          sql`UPDATE attachments SET content = NULL, storage_path = ${path} WHERE file_name = '佐证.bin'`,
        );
        const file = join(folder, 'pglite-files.duban-backup.jsonl.gz');
        await writeBackup(pglite.database, file, { filesRoot: pglite.options.dataDir! });
        const io = captureIo();
        assert.equal(await main(['restore', file, ...targetFlags(postgres)], io), 0, io.err);
        const [row] = await postgres.database.db.query.attachments.findMany({
          where: (a, { eq }) => eq(a.fileName, '佐证.bin'),
        });
        assert.equal(row!.storagePath, null);
        assert.deepEqual(new Uint8Array(row!.content!), EVIDENCE);
      } finally {
        await pglite.close();
        await postgres.close();
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
}
