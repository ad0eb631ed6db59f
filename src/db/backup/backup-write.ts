// `duban backup`: one consistent snapshot of every table (REPEATABLE READ, read only), streamed
// table by table through a cursor into a self-describing file (see backup-format.ts).
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Database } from '../client.ts';
import { BACKUP_FORMAT, type BackupHeader, type BackupSummary } from './backup-format.ts';
import { openLineSink, type LineSink } from './backup-sink.ts';
import { countRows, readTableShapes, selectRowsSql, type TableShape } from './backup-tables.ts';
import { migrationLevel } from './migration-level.ts';
import { quoteIdent, type SqlSession, inTransaction } from './sql-session.ts';

export interface WriteBackupOptions {
  /** The data folder attachment files are kept under (PGlite's folder, or the one configured for files). */
  filesRoot?: string | null;
  now?: () => Date;
}

/** Where a backup is written until it is complete; only a complete one gets the final name. */
export function partialFileOf(outFile: string): string {
  return `${outFile}.partial`;
}

export async function writeBackup(
  database: Database,
  outFile: string,
  options: WriteBackupOptions = {},
): Promise<BackupSummary> {
  const schema = await migrationLevel(database);
  const partial = partialFileOf(outFile);
  await rm(partial, { force: true });
  const sink = openLineSink(partial);
  try {
    const started = performance.now();
    const { header, filePaths } = await inTransaction(database, 'snapshot', async (session) => {
      const shapes = await readTableShapes(session);
      const filePaths = await storedFilePaths(session, shapes);
      const header = await describe(session, shapes, database, schema, options, filePaths.length);
      await sink.write(JSON.stringify(header));
      for (const shape of shapes) await writeTable(session, shape, sink);
      return { header, filePaths };
    });
    const snapshotMs = performance.now() - started;
    for (const path of filePaths) await writeStoredFile(sink, options.filesRoot ?? null, path);
    await sink.close(JSON.stringify({ end: sink.digest() }));
    await rename(partial, outFile);
    return { file: outFile, header, sizeBytes: (await stat(outFile)).size, snapshotMs };
  } catch (error) {
    await sink.abort();
    await rm(partial, { force: true });
    throw error;
  }
}

async function describe(
  session: SqlSession,
  shapes: TableShape[],
  database: Database,
  schema: BackupHeader['schema'],
  options: WriteBackupOptions,
  files: number,
): Promise<BackupHeader> {
  const tables: Record<string, number> = {};
  for (const shape of shapes) tables[shape.name] = await countRows(session, shape.name);
  const years = shapes.some((s) => s.name === 'plans')
    ? await session.query<{ year: number }>('SELECT year FROM plans ORDER BY year')
    : [];
  return {
    duban: 'backup',
    format: BACKUP_FORMAT,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    source: database.kind,
    schema,
    planYears: years.map((row) => Number(row.year)),
    tables,
    files,
  };
}

async function writeTable(session: SqlSession, shape: TableShape, sink: LineSink): Promise<void> {
  await sink.write(JSON.stringify({ table: shape.name, columns: shape.columns }));
  const cursor = `backup_${shape.name}`;
  await session.query(`DECLARE ${quoteIdent(cursor)} NO SCROLL CURSOR FOR ${selectRowsSql(shape)}`);
  const batch = shape.heavy ? 4 : 1000;
  for (;;) {
    const rows = await session.query<{ j: string }>(`FETCH ${batch} FROM ${quoteIdent(cursor)}`);
    for (const row of rows) await sink.write(`{"row":${row.j}}`);
    if (rows.length < batch) break;
  }
  await session.query(`CLOSE ${quoteIdent(cursor)}`);
}

/** Attachment contents kept as files under the data folder (storage_path), when the schema has them. */
async function storedFilePaths(session: SqlSession, shapes: TableShape[]): Promise<string[]> {
  const attachments = shapes.find((shape) => shape.name === 'attachments');
  if (!attachments?.columns.includes('storage_path')) return [];
  const rows = await session.query<{ path: string }>(
    'SELECT DISTINCT storage_path AS path FROM attachments WHERE storage_path IS NOT NULL ORDER BY 1',
  );
  return rows.map((row) => row.path);
}

async function writeStoredFile(sink: LineSink, root: string | null, path: string): Promise<void> {
  if (root === null)
    throw new Error(`attachment file ${path} is stored on disk but no data folder was given`);
  const bytes = await readFile(join(root, path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await sink.write(JSON.stringify({ file: path, sha256, base64: bytes.toString('base64') }));
}
