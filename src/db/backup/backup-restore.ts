// `duban restore`: verify the whole file first, then bring the target to the backup's schema level,
// write every table's rows in one transaction (user triggers off, identities kept, sequences reset),
// check the counts, and only then upgrade the schema to this version's level.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { makeFolder } from '../make-folder.ts';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { DomainError } from '../../core/errors.ts';
import type { Database } from '../client.ts';
import { applyMigrations } from '../migrate.ts';
import type { BackupHeader } from './backup-format.ts';
import { BackupChecker, backupLines, verifyBackup } from './backup-read.ts';
import { countRows, readTableShapes, SEEDED_BY_MIGRATIONS, type TableShape } from './backup-tables.ts';
import { migrateTo, migrationLevel } from './migration-level.ts';
import { inTransaction, queryOnce, quoteIdent, type SqlSession } from './sql-session.ts';

export interface RestoreOptions {
  /** Replace a target that holds data (the caller backs it up first). */
  force?: boolean;
  /** Where attachment files go (the target's data folder). */
  filesRoot?: string | null;
}

export interface RestoreResult {
  header: BackupHeader;
  /** Rows per table found in the target after the restore, before the schema upgrade. */
  counts: Record<string, number>;
}

type TableLine = { table: string; columns: string[] };
type FileLine = { file: string; sha256: string; base64: string };

const BATCH_ROWS = 500;
const BATCH_CHARS = 8 * 1024 * 1024;

export async function restoreBackup(
  file: string,
  database: Database,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const header = await verifyBackup(file);
  if (await targetHoldsData(database)) {
    if (!options.force) {
      throw new DomainError(
        'restore.target_not_empty',
        'conflict',
        'the target database already holds data; restore only into an empty one (or use --force)',
      );
    }
    await wipe(database);
  } else if ((await migrationLevel(database)).applied > header.schema.applied) {
    await wipe(database);
  }
  await migrateTo(database, header.schema.applied);
  const counts = await inTransaction(database, 'write', (session) =>
    writeRows(session, file, options.filesRoot ?? null),
  );
  await applyMigrations(database);
  return { header, counts };
}

/** Any row in any table, besides the ones the migrations write themselves. */
export async function targetHoldsData(database: Database): Promise<boolean> {
  if ((await migrationLevel(database)).applied === 0) return tablesExist(database);
  return inTransaction(database, 'snapshot', async (session) => {
    for (const shape of await readTableShapes(session)) {
      if (SEEDED_BY_MIGRATIONS.has(shape.name)) continue;
      const [row] = await session.query(`SELECT 1 FROM ${quoteIdent(shape.name)} LIMIT 1`);
      if (row) return true;
    }
    return false;
  });
}

async function tablesExist(database: Database): Promise<boolean> {
  const [row] = await queryOnce<{ n: number }>(
    database,
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
  );
  return (row?.n ?? 0) > 0;
}

/** Drops the schema and the migration record: the target starts over (only after checks or a backup). */
async function wipe(database: Database): Promise<void> {
  await inTransaction(database, 'write', async (session) => {
    await session.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
    await session.query('DROP SCHEMA IF EXISTS public CASCADE');
    await session.query('CREATE SCHEMA public');
  });
}

async function writeRows(
  session: SqlSession,
  file: string,
  filesRoot: string | null,
): Promise<Record<string, number>> {
  const shapes = new Map((await readTableShapes(session)).map((shape) => [shape.name, shape]));
  for (const name of shapes.keys())
    await session.query(`ALTER TABLE ${quoteIdent(name)} DISABLE TRIGGER USER`);
  for (const name of [...shapes.keys()].reverse()) await session.query(`DELETE FROM ${quoteIdent(name)}`);
  const checker = new BackupChecker();
  const batch = new RowBatch(session);
  for await (const line of backupLines(file)) {
    checker.take(line);
    if (line.startsWith('{"row":')) await batch.add(line.slice(7, -1));
    else if (line.startsWith('{"table":'))
      await batch.startTable(shapeOf(shapes, JSON.parse(line) as TableLine));
    else if (line.startsWith('{"file":')) {
      await batch.flush();
      await restoreFile(session, filesRoot, JSON.parse(line) as FileLine);
    }
  }
  await batch.flush();
  const header = checker.finish();
  await resetSequences(session);
  for (const name of shapes.keys())
    await session.query(`ALTER TABLE ${quoteIdent(name)} ENABLE TRIGGER USER`);
  return checkCounts(session, header, [...shapes.keys()]);
}

function shapeOf(shapes: Map<string, TableShape>, line: TableLine): TableShape {
  const shape = shapes.get(line.table);
  const same =
    shape &&
    shape.columns.length === line.columns.length &&
    shape.columns.every((c, i) => c === line.columns[i]);
  if (!shape || !same) {
    throw new DomainError(
      'backup.schema_mismatch',
      'conflict',
      `table ${line.table} in the backup does not match the schema at its migration level`,
    );
  }
  return shape;
}

class RowBatch {
  private shape: TableShape | null = null;
  private rows: string[] = [];
  private chars = 0;
  constructor(private readonly session: SqlSession) {}

  async startTable(shape: TableShape): Promise<void> {
    await this.flush();
    this.shape = shape;
  }

  async add(rowJson: string): Promise<void> {
    this.rows.push(rowJson);
    this.chars += rowJson.length;
    if (this.rows.length >= BATCH_ROWS || this.chars >= BATCH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.shape || this.rows.length === 0) return;
    const table = quoteIdent(this.shape.name);
    const columns = this.shape.columns.map(quoteIdent).join(', ');
    await this.session.query(
      `INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE
       SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`,
      [`[${this.rows.join(',')}]`],
    );
    this.rows = [];
    this.chars = 0;
  }
}

/**
 * An attachment kept as a file: written under the target's data folder, or, for a target without
 * one (PostgreSQL), put back inline in its row, which is how that database keeps evidence files.
 */
async function restoreFile(session: SqlSession, root: string | null, line: FileLine): Promise<void> {
  const relative = normalize(line.file);
  if (isAbsolute(relative) || relative.startsWith('..'))
    throw new DomainError('backup.corrupt', 'invalid', `attachment path ${line.file} leaves the data folder`);
  const bytes = Buffer.from(line.base64, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== line.sha256) {
    throw new DomainError('backup.checksum_mismatch', 'invalid', `attachment file ${line.file} is damaged`);
  }
  if (root === null) {
    await session.query('UPDATE attachments SET content = $1, storage_path = NULL WHERE storage_path = $2', [
      bytes,
      line.file,
    ]);
    return;
  }
  const target = join(root, relative);
  await makeFolder(dirname(target));
  await writeFile(target, bytes);
}

async function resetSequences(session: SqlSession): Promise<void> {
  const owned = await session.query<{ table_name: string; column_name: string; seq: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
       FROM information_schema.columns
      WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const { table_name, column_name, seq } of owned) {
    const max = `(SELECT max(${quoteIdent(column_name)}) FROM ${quoteIdent(table_name)})`;
    await session.query(`SELECT setval($1, COALESCE(${max}, 0) + 1, false)`, [seq]);
  }
}

async function checkCounts(
  session: SqlSession,
  header: BackupHeader,
  tables: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await countRows(session, table);
  for (const [table, expected] of Object.entries(header.tables)) {
    if (counts[table] !== expected) {
      throw new DomainError(
        'restore.count_mismatch',
        'conflict',
        `table ${table} holds ${counts[table] ?? 0} rows after the restore, the backup ${expected}`,
      );
    }
  }
  return counts;
}
