// The serving server's backups on PGlite. PGlite has one connection, so a backup read from it holds
// every request for the whole read (2.6 s and more for a year of filings). Instead the data folder
// is copied in a moment (db/backup/pglite-copy.ts) and `duban backup` reads the copy in a child
// process, on the other core, with its own memory; the server only waits for the copy.
// The child lives no longer than the backup is wanted: the server stopping (SIGTERM, SIGINT) stops
// it through `signal`, and the server dying closes the IPC channel, on which the child stops too
// (backup.command.ts). Neither leaves a file with a backup's name.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minFreeFromEnv, type Database } from '../db/client.ts';
import type { BackupSummary } from '../db/backup/backup-format.ts';
import { readBackupHeader } from '../db/backup/backup-read.ts';
import { partialFileOf } from '../db/backup/backup-write.ts';
import { copyPgliteFolder } from '../db/backup/pglite-copy.ts';

const DUBAN_BIN = fileURLToPath(new URL('../../bin/duban.mjs', import.meta.url));
/** A child that has not finished by then is stopped and the backup counts as failed. */
const CHILD_LIMIT_MS = 60 * 60_000;
const COPY_PREFIX = '.copy-';

export async function backupFromCopy(
  database: Database,
  outFile: string,
  options: {
    now?: () => Date;
    reserveBytes?: number;
    signal?: AbortSignal;
    whileHeld?: () => Promise<void>;
  } = {},
): Promise<BackupSummary> {
  const takenAt = (options.now ?? (() => new Date()))();
  options.signal?.throwIfAborted();
  await removeLeftCopies(dirname(outFile));
  const copy = await mkdtemp(join(dirname(outFile), `${COPY_PREFIX}${process.pid}-`));
  try {
    const reserve = options.reserveBytes ?? minFreeFromEnv();
    const { heldMs } = await copyPgliteFolder(database, join(copy, 'data'), reserve, options.whileHeld);
    const args = [
      'backup',
      '--data',
      join(copy, 'data'),
      '--out',
      outFile,
      '--taken-at',
      takenAt.toISOString(),
    ];
    options.signal?.throwIfAborted();
    await runChild(args, options.signal).catch(async (error: unknown) => {
      await rm(partialFileOf(outFile), { force: true });
      throw error;
    });
    const header = await readBackupHeader(outFile);
    return { file: outFile, header, sizeBytes: (await stat(outFile)).size, snapshotMs: heldMs };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function runChild(args: string[], signal: AbortSignal | undefined): Promise<void> {
  const child = spawn(process.execPath, [DUBAN_BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const stop = () => child.kill('SIGTERM');
  signal?.addEventListener('abort', stop, { once: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const limit = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
  try {
    const [code, ended] = (await once(child, 'exit')) as [number | null, string | null];
    if (code !== 0) throw new Error(`duban backup of the copy stopped (${ended ?? code}): ${output.trim()}`);
  } finally {
    clearTimeout(limit);
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * Copies left by a server stopped mid-backup (kill -9, power): ones whose server is gone, or is this
 * one (it takes one backup at a time), and any older than a backup may run.
 */
async function removeLeftCopies(directory: string): Promise<void> {
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    if (!name.startsWith(COPY_PREFIX)) continue;
    const info = await stat(join(directory, name)).catch(() => null);
    const owner = Number(/^\.copy-(\d+)-/.exec(name)?.[1] ?? Number.NaN);
    const left = Number.isInteger(owner) && (owner === process.pid || !processRuns(owner));
    if (info && (left || Date.now() - info.mtimeMs > CHILD_LIMIT_MS))
      await rm(join(directory, name), { recursive: true, force: true });
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
