// A running PGlite's data folder, copied so a backup can be read from the copy by another process
// while the server goes on answering. PGlite has one connection: a backup read from it holds every
// request for as long as the read takes (seconds for a year of filings).
//
// The copy is taken in two passes. The first copies every file while requests go on. The second
// holds the engine (inside a transaction PGlite runs nothing else), checkpoints, and copies again
// only what the first pass may have missed: files changed, added or removed since, and the log from
// the checkpoint to its end. No statement runs during the second pass, so the copy is the folder as
// it stood at that moment, and PGlite opens it as after a crash, replaying the log from there.
// Evidence files are not copied: each is written once under its SHA-256 and never changed, so the
// copy points at the live folder's.
import { copyFile as copyOne, mkdir, open, readdir, rm, stat, statfs, symlink } from 'node:fs/promises';
import { makeFolder } from '../make-folder.ts';
import type { Dirent } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DomainError } from '../../core/errors.ts';
import { ATTACHMENTS_FOLDER } from '../attachment-files.ts';
import type { Database } from '../client.ts';
import { LOCK_FILE } from '../data-lock.ts';

export interface FolderCopy {
  /** How long requests waited on the engine while the second pass ran. */
  heldMs: number;
  /** Bytes copied in the second pass. */
  heldBytes: number;
}

interface Seen {
  mtimeMs: number;
  size: number;
  /** When it was looked at, just before it was read. */
  at: number;
}

const SKIPPED = new Set([LOCK_FILE, ATTACHMENTS_FOLDER]);
const WAL = 'pg_wal';
const WAL_SEGMENT = /^[0-9A-F]{24}$/;
/** A file changed this close to when it was read may change again within the clock's resolution. */
const SETTLED_MS = 1000;

/**
 * Copies `database`'s PGlite folder into the empty folder `into`, when that leaves `reserveBytes`
 * free on its disk: a copy that filled the disk would turn the filers' saves away.
 */
export async function copyPgliteFolder(
  database: Database,
  into: string,
  reserveBytes: number,
  /** Called while the engine is held, before the second pass: how tests stop a server right there. */
  whileHeld?: () => Promise<void>,
): Promise<FolderCopy> {
  const { driver } = database;
  if (driver.kind !== 'pglite' || database.filesRoot === null)
    throw new Error('only a PGlite database kept in a folder can be copied');
  const from = database.filesRoot;
  await refuseWithoutRoom(from, into, reserveBytes);
  // Pages the engine holds go to the files now, and settle, so the second pass finds few changed.
  await driver.client.query('CHECKPOINT');
  await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
  const first = new Map<string, Seen>();
  for (const folder of await foldersUnder(from)) await mkdir(join(into, folder), { recursive: true });
  for (const path of await filesUnder(from)) {
    const info = await stat(join(from, path));
    first.set(path, { mtimeMs: info.mtimeMs, size: info.size, at: Date.now() });
    await copyFile(from, into, path);
  }
  const started = performance.now();
  let heldBytes = 0;
  await driver.client.transaction(async (tx) => {
    await whileHeld?.();
    await tx.query('CHECKPOINT');
    const [log] = (
      await tx.query<{ redo: string; current: string; lsn: string }>(
        `SELECT redo_wal_file AS redo, pg_walfile_name(pg_current_wal_insert_lsn()) AS current,
                pg_current_wal_insert_lsn()::text AS lsn
           FROM pg_control_checkpoint()`,
      )
    ).rows;
    if (!log) throw new Error('PGlite did not say where its log ends');
    const now = await filesUnder(from);
    for (const path of first.keys()) if (!now.includes(path)) await rm(join(into, path), { force: true });
    for (const path of now) {
      const segment = walSegment(path);
      if (segment !== null) {
        if (segment < log.redo || segment > log.current) await rm(join(into, path), { force: true });
        else if (segment === log.current) heldBytes += await copyLogTo(from, into, path, log.lsn);
        else heldBytes += await copyFile(from, into, path);
      } else if (await changedSince(join(from, path), first.get(path))) {
        heldBytes += await copyFile(from, into, path);
      }
    }
  });
  const heldMs = performance.now() - started;
  if ((await readdir(from)).includes(ATTACHMENTS_FOLDER))
    await symlink(join(from, ATTACHMENTS_FOLDER), join(into, ATTACHMENTS_FOLDER), 'dir');
  return { heldMs, heldBytes };
}

async function refuseWithoutRoom(from: string, into: string, reserveBytes: number): Promise<void> {
  let needed = 0;
  for (const path of await filesUnder(from)) needed += (await stat(join(from, path))).size;
  await makeFolder(into);
  const disk = await statfs(into);
  const free = disk.bavail * disk.bsize;
  if (free - needed < reserveBytes)
    throw new DomainError(
      'backup.no_room',
      'storage_full',
      `copying the data folder (${needed} bytes) would leave less than ${reserveBytes} bytes free in ${into}`,
      { neededBytes: needed, freeBytes: free },
    );
}

/** Every file under the folder, as paths relative to it, but the lock and the evidence files. */
async function filesUnder(root: string): Promise<string[]> {
  return entriesUnder(root, (entry) => entry.isFile());
}

/** Every folder, empty ones included: PostgreSQL expects its empty folders to be there. */
async function foldersUnder(root: string): Promise<string[]> {
  return entriesUnder(root, (entry) => entry.isDirectory());
}

async function entriesUnder(root: string, keep: (entry: Dirent) => boolean): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter(keep)
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !SKIPPED.has(path.split('/')[0]!));
}

async function changedSince(path: string, seen: Seen | undefined): Promise<boolean> {
  if (!seen || seen.at - seen.mtimeMs < SETTLED_MS) return true;
  const info = await stat(path);
  return info.mtimeMs !== seen.mtimeMs || info.size !== seen.size;
}

function walSegment(path: string): string | null {
  const [folder, name, ...rest] = path.split('/');
  return folder === WAL && rest.length === 0 && name && WAL_SEGMENT.test(name) ? name : null;
}

async function copyFile(from: string, into: string, path: string): Promise<number> {
  await mkdir(dirname(join(into, path)), { recursive: true });
  await copyOne(join(from, path), join(into, path), COPY_MODE);
  return (await stat(join(from, path))).size;
}

/** The log segment being written: its pages up to the end of the log; the rest reads as zeros. */
async function copyLogTo(from: string, into: string, path: string, lsn: string): Promise<number> {
  const size = (await stat(join(from, path))).size;
  const [high, low] = lsn.split('/').map((part) => BigInt(`0x${part}`));
  const offset = Number(((high! << 32n) | low!) % BigInt(size));
  const length = Math.min(size, Math.ceil((offset + 1) / PAGE) * PAGE);
  const source = await open(join(from, path), 'r');
  const target = await open(join(into, path), 'w');
  try {
    const bytes = Buffer.alloc(length);
    await source.read(bytes, 0, length, 0);
    await target.write(bytes, 0, length, 0);
    await target.truncate(size);
  } finally {
    await source.close();
    await target.close();
  }
  return length;
}

const PAGE = 8192;
/** fs.constants.COPYFILE_FICLONE: a reflink where the file system can, else an ordinary copy. */
const COPY_MODE = 2;
